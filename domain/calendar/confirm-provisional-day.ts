import type { CalendarYear, CivilDate } from './types';

/**
 * The year with its provisional day `date` confirmed by the instrument that gives it: published, and so applied.
 * `undefined` when the year lists no provisional day on that date.
 */
export function confirmProvisionalDay(year: CalendarYear, date: CivilDate, source: string): CalendarYear | undefined {
  const confirm = (days: CalendarYear['daysOff']) =>
    days.map((day) => (day.date === date && day.status === 'provisional' ? { ...day, status: 'published' as const, source } : day));
  const daysOff = confirm(year.daysOff);
  const workingWeekendDays = confirm(year.workingWeekendDays);
  const changed = daysOff.some((day, index) => day !== year.daysOff[index]) || workingWeekendDays.some((day, index) => day !== year.workingWeekendDays[index]);
  return changed ? { ...year, daysOff, workingWeekendDays } : undefined;
}
