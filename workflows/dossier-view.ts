import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { activeDeadlines } from '../domain/dossier/deadlines';
import type { DossierState } from '../domain/dossier/state';
import { termEnd } from '../domain/dossier/term';
import type { Regime } from '../domain/procedure/types';

export interface DeadlineView {
  id: string;
  description: string;
  owner: string;
  /** `overdue`: an office's deadline; `advance`/`lapse`: a legal period that moves the dossier on when it ends. */
  onExpiry: string;
  dueOn: string;
  dueAt: string;
  overdue: boolean;
  calendarVersion: string;
  provisional: boolean;
  legalBasis: string;
  confidence: string;
}

/** What readers see: the state plus the deadlines running now. */
export interface DossierView extends DossierState {
  stepTitle: string;
  deadlines: DeadlineView[];
  /** The earliest running office deadline, for lists sorted by urgency. */
  dueAt?: string;
  isOverdue: boolean;
  /** When the measure ends, once admitted (domain/dossier/term.ts); absent while suspended or absconded. */
  termEndsOn?: string;
}

export function viewOf(state: DossierState, regime: Regime, calendar: WorkingCalendar): DossierView {
  const deadlines = activeDeadlines(state, regime, calendar)
    .map((deadline) => ({
      id: deadline.rule.id,
      description: deadline.rule.description,
      owner: deadline.rule.owner,
      onExpiry: deadline.rule.onExpiry,
      dueOn: deadline.dueOn,
      dueAt: deadline.dueAt,
      overdue: state.overdue.some((record) => record.deadlineId === deadline.rule.id && record.dueAt === deadline.dueAt),
      calendarVersion: deadline.calendarVersion,
      provisional: deadline.provisional,
      legalBasis: deadline.rule.legalBasis,
      confidence: deadline.rule.confidence,
    }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const first = deadlines.find((deadline) => deadline.onExpiry === 'overdue');
  const termEndsOn = termEnd(state);
  return {
    ...state,
    stepTitle: regime.steps[state.step].title,
    deadlines,
    ...(first ? { dueAt: first.dueAt } : {}),
    isOverdue: deadlines.some((deadline) => deadline.overdue),
    ...(termEndsOn ? { termEndsOn } : {}),
  };
}
