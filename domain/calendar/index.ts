import { WorkingCalendar } from './working-calendar';
import { year2025 } from './years/2025';
import { year2026 } from './years/2026';

export * from './types';
export * from './civil-date';
export { WorkingCalendar } from './working-calendar';
export { lunarCalendarYears, lunarDateOf, lunarNewYear, leapMonthOf, solarDateOfLunar, type LunarDate } from './lunar';
export { statutoryRuleVersion, statutorySource, statutoryYear } from './statutory-year';
export { validateCalendarYear } from './validate-calendar-year';
export { appliedCalendarYears } from './applied-years';
export { confirmProvisionalDay } from './confirm-provisional-day';

export const publishedYears = [year2025, year2026] as const;

/** The shipped years (their provisional days are not applied); any other year follows the statutory rule, and deadlines counted on it are flagged provisional. */
export function defaultCalendar(): WorkingCalendar {
  return new WorkingCalendar(publishedYears);
}
