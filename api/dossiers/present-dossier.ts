import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { availableActions } from '../../domain/dossier/available-actions';
import { countdownOf } from '../../domain/dossier/countdown';
import type { Actor } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import type { DossierViewResponse } from '../../domain/schemas/dossier-view';
import { forms, isFormId } from '../../templates';
import type { DossierView } from '../../workflows/dossier-view';
import { etagOfVersion } from './if-match';

/** The ETag of a dossier view (api/dossiers/if-match.ts). */
export const etagOf = (view: Pick<DossierView, 'version'>) => etagOfVersion(view.version);

/** The units a dossier names: those it is assigned to, and those of everyone who acted on it. */
export const unitCodesOf = (view: DossierView): string[] => [
  ...Object.values(view.units).filter((code): code is string => typeof code === 'string'),
  ...view.timeline.flatMap((event) => (event.actor ? [event.actor.unitCode] : [])),
];

const titleOf = (formId: string) => (isFormId(formId) ? forms[formId].title : formId);

/**
 * A dossier as one caller reads it: each running deadline as a countdown, what the caller may do now, and the names
 * of the units it mentions (`unitNames`, from `unitCodesOf`), so that a page never shows a bare code.
 */
export function presentDossier(view: DossierView, actor: Actor, calendar: WorkingCalendar, today: string, unitNames: Record<string, string>): DossierViewResponse {
  const { formFailures, ...rest } = view;
  return {
    ...rest,
    unitNames,
    deadlines: view.deadlines.map((deadline) => ({ ...deadline, ...countdownOf(calendar, deadline.dueOn, today) })),
    availableActions: availableActions(view, getRegime(view.regimeId), actor),
    ...(formFailures ? { formFailures: formFailures.map((failure) => ({ ...failure, formTitle: titleOf(failure.formId) })) } : {}),
  };
}
