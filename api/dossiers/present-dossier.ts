import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { availableActions } from '../../domain/dossier/available-actions';
import { countdownOf } from '../../domain/dossier/countdown';
import type { Actor } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import type { DossierViewResponse } from '../../domain/schemas/dossier-view';
import type { DossierView } from '../../workflows/dossier-view';

/** The ETag of a dossier: its version, the number of events recorded. */
export const etagOf = (view: Pick<DossierView, 'version'>) => `"${view.version}"`;

/** A dossier as one caller reads it: each running deadline as a countdown, and what the caller may do now. */
export function presentDossier(view: DossierView, actor: Actor, calendar: WorkingCalendar, today: string): DossierViewResponse {
  return {
    ...view,
    deadlines: view.deadlines.map((deadline) => ({ ...deadline, ...countdownOf(calendar, deadline.dueOn, today) })),
    availableActions: availableActions(view, getRegime(view.regimeId), actor),
  };
}
