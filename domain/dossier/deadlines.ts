import { addDays, endOfCivilDay } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { DeadlineRule, DeadlineUnit, Regime } from '../procedure/types';
import { isMinorTrigger, type DossierState, type Pause } from './state';
import { termEnd } from './term';

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

export function addPeriod(unit: Exclude<DeadlineUnit, 'term'>, anchorOn: CivilDate, amount: number, calendar: WorkingCalendar): CivilDate {
  switch (unit) {
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

/** Deadlines running at the dossier's current step: anchored, not stopped, not paused, not already lapsed. */
export function activeDeadlines(state: DossierState, regime: Regime, calendar: WorkingCalendar): ActiveDeadline[] {
  if (state.step === 'court' && state.courtSuspended) return [];
  return regime.steps[state.step].deadlines.flatMap((rule) => {
    const anchored = state.anchors[rule.from];
    if (!anchored || (rule.until && state.anchors[rule.until]) || state.lapsed.includes(rule.id)) return [];
    const dueOn = dueOf(rule, anchored, state, calendar);
    if (!dueOn) return [];
    return [
      {
        rule,
        anchorOn: anchored,
        dueOn,
        dueAt: endOfCivilDay(dueOn).toISOString(),
        calendarVersion: calendar.version,
        provisional: !calendar.isPublishedBetween(anchored, dueOn),
      },
    ];
  });
}

/** The due date, or undefined while a pause that stops the period is still open. */
function dueOf(rule: DeadlineRule, anchored: CivilDate, state: DossierState, calendar: WorkingCalendar): CivilDate | undefined {
  if (rule.unit === 'term') return termEnd(state);
  const pauses = rule.pause ? state.pauses.filter((pause) => pause.step === state.step && (pause.endedOn ?? '9999') > anchored) : [];
  if (pauses.some((pause) => !pause.endedOn)) return undefined;
  const extended = rule.extension && state.extendedDeadlines.includes(rule.id) ? rule.extension : undefined;
  const unit = extended?.unit ?? rule.unit;
  let amount = extended?.amount ?? (isMinorTrigger(state.trigger) && rule.minorAmount !== undefined ? rule.minorAmount : rule.amount);
  let anchorOn = anchored;
  if (rule.pause === 'recount') {
    // The period runs again, in full, from the end of the last obstacle.
    anchorOn = pauses.reduce((latest, pause) => ((pause.endedOn as CivilDate) > latest ? (pause.endedOn as CivilDate) : latest), anchored);
  } else if (rule.pause === 'exclude') {
    amount += pauses.reduce((sum, pause) => sum + workingDaysWithin(pause, anchored, calendar), 0);
  }
  return unit === 'term' ? termEnd(state) : addPeriod(unit, anchorOn, amount, calendar);
}

/** Working days of a pause that fall after the anchor day. */
function workingDaysWithin(pause: Pause, anchored: CivilDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = pause.startedOn > anchored ? pause.startedOn : addDays(anchored, 1); day <= (pause.endedOn as CivilDate); day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count++;
  }
  return count;
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

/** Reminders go out at 08:00 Vietnam time on the working day before the due date. */
export function reminderAt(deadline: ActiveDeadline, calendar: WorkingCalendar): string {
  let day = addDays(deadline.dueOn, -1);
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return new Date(endOfCivilDay(addDays(day, -1)).getTime() + 1 + 8 * 3_600_000).toISOString();
}

export const reminderKey = (deadline: ActiveDeadline) => `${deadline.rule.id}@${deadline.dueAt}`;
