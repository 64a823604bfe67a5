import { addDays } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';

/** Working days in `from`…`to`, both included (0 when `to` is before `from`). */
function workingDaysIn(calendar: WorkingCalendar, from: CivilDate, to: CivilDate): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count++;
  return count;
}

/**
 * A deadline as a countdown in working days, as an officer counts it: on its last day, "1 day left" (today counts
 * when it is a working day); the day after, "1 working day overdue". One of the two is null.
 */
export function countdownOf(calendar: WorkingCalendar, dueOn: CivilDate, today: CivilDate): { workingDaysLeft: number | null; overdueWorkingDays: number | null } {
  if (today <= dueOn) return { workingDaysLeft: workingDaysIn(calendar, today, dueOn), overdueWorkingDays: null };
  return { workingDaysLeft: null, overdueWorkingDays: workingDaysIn(calendar, addDays(dueOn, 1), today) };
}
