import { addDays, endOfCivilDay } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { DeadlineRule, Regime } from '../procedure/types';
import type { DossierState } from './state';

export interface ActiveDeadline {
  rule: DeadlineRule;
  anchorOn: CivilDate;
  dueOn: CivilDate;
  /** End of the due day, Vietnam time (BLDS art. 148). */
  dueAt: string;
  calendarVersion: string;
  /** The period runs through a year whose schedule is not yet published. */
  provisional: boolean;
}

export function dueDate(rule: DeadlineRule, anchorOn: CivilDate, amount: number, calendar: WorkingCalendar): CivilDate {
  switch (rule.unit) {
    case 'working':
      return calendar.addWorkingDays(anchorOn, amount);
    case 'calendar':
      return calendar.endOfCalendarPeriod(anchorOn, amount);
    case 'months':
      return calendar.endOfMonthPeriod(anchorOn, amount);
    case 'years':
      return calendar.endOfMonthPeriod(anchorOn, amount * 12);
  }
}

/** Deadlines running at the dossier's current step: anchored, not stopped, not already lapsed. */
export function activeDeadlines(state: DossierState, regime: Regime, calendar: WorkingCalendar): ActiveDeadline[] {
  if (state.step === 'court' && state.courtSuspended) return [];
  return regime.steps[state.step].deadlines.flatMap((rule) => {
    const anchorOn = state.anchors[rule.from];
    if (!anchorOn || (rule.until && state.anchors[rule.until]) || state.lapsed.includes(rule.id)) return [];
    const amount = state.courtExtended && rule.extendedAmount ? rule.extendedAmount : rule.amount;
    const dueOn = dueDate(rule, anchorOn, amount, calendar);
    return [
      {
        rule,
        anchorOn,
        dueOn,
        dueAt: endOfCivilDay(dueOn).toISOString(),
        calendarVersion: calendar.version,
        provisional: !calendar.isPublishedBetween(anchorOn, dueOn),
      },
    ];
  });
}

/** Deadlines whose expiry still has to be handled (an overdue step is recorded once per due instant). */
export function pendingDeadlines(state: DossierState, regime: Regime, calendar: WorkingCalendar): ActiveDeadline[] {
  return activeDeadlines(state, regime, calendar).filter(
    (deadline) =>
      !state.overdue.some((record) => record.deadlineId === deadline.rule.id && record.dueAt === deadline.dueAt),
  );
}

/** The day after a window's last day: when a decision not complained of takes effect. */
export function dayAfter(dueOn: CivilDate): CivilDate {
  return addDays(dueOn, 1);
}
