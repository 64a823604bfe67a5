import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { availableActions } from '../../domain/dossier/available-actions';
import { countdownOf } from '../../domain/dossier/countdown';
import type { Actor } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import type { DossierViewResponse } from '../../domain/schemas/dossier-view';
import type { DossierView } from '../../workflows/dossier-view';
import { etagOfVersion } from './if-match';

/** The ETag of a dossier view (api/dossiers/if-match.ts). */
export const etagOf = (view: Pick<DossierView, 'version'>) => etagOfVersion(view.version);

/** A dossier as one caller reads it: each running deadline as a countdown, and what the caller may do now. */
export function presentDossier(view: DossierView, actor: Actor, calendar: WorkingCalendar, today: string): DossierViewResponse {
  return {
    ...view,
    deadlines: view.deadlines.map((deadline) => ({ ...deadline, ...countdownOf(calendar, deadline.dueOn, today) })),
    availableActions: availableActions(view, getRegime(view.regimeId), actor),
  };
}
