import type { CalendarYear, DayOff } from './types';

const isApplied = (day: DayOff) => day.status !== 'provisional';

/**
 * What deadlines count on: the schedules as given, without a provisional year (the statutory rule governs it until it
 * is published) and without the provisional days of the others. Only this reaches the dossier workflow, so a day
 * nobody has confirmed never moves a deadline. A year with nothing provisional is returned as it is.
 */
export function appliedCalendarYears(years: readonly CalendarYear[]): CalendarYear[] {
  return years
    .filter((year) => year.status !== 'provisional')
    .map((year) =>
      year.daysOff.every(isApplied) && year.workingWeekendDays.every(isApplied)
        ? year
        : { ...year, daysOff: year.daysOff.filter(isApplied), workingWeekendDays: year.workingWeekendDays.filter(isApplied) },
    );
}
