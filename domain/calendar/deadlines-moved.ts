import { activeDeadlines } from '../dossier/deadlines';
import type { DossierState } from '../dossier/state';
import { getRegime } from '../procedure';
import type { WorkingCalendar } from './working-calendar';

export interface MovedDeadline {
  dossierId: string;
  code: string;
  deadlineId: string;
  from: string;
  to: string;
}

/**
 * The running deadlines whose end a calendar change would move: what an administrator is shown before saving it.
 * The same comparison the dossier workflow makes when the new calendar reaches it (`calendarChanged`).
 */
export function deadlinesMoved(states: readonly DossierState[], before: WorkingCalendar, after: WorkingCalendar): MovedDeadline[] {
  return states.flatMap((state) => {
    const regime = getRegime(state.regimeId);
    const previous = new Map(activeDeadlines(state, regime, before).map((deadline) => [deadline.rule.id, deadline.dueAt]));
    return activeDeadlines(state, regime, after).flatMap((deadline) => {
      const from = previous.get(deadline.rule.id);
      return from && from !== deadline.dueAt ? [{ dossierId: state.dossierId, code: state.code, deadlineId: deadline.rule.id, from, to: deadline.dueAt }] : [];
    });
  });
}
