import { addDays, lunarNewYear, type CivilDate } from '../../domain/calendar';

/** The years whose dates the timer suites are run from (issue 11). */
export const START_YEARS = [2026, 2027, 2028] as const;

/** Around a holiday: the days before it, the day itself, and the days after, where working days run out. */
const AROUND = [-3, -1, 0, 1, 3];

/**
 * Every date the time-dependent suites start from: the 15th of each month, and the days around each Tết (from the
 * domain's lunar calendar) and each New Year. Each starts at 08:00 Vietnam time, when offices open.
 */
export function startDates(): CivilDate[] {
  const dates = new Set<CivilDate>();
  for (const year of START_YEARS) {
    for (let month = 1; month <= 12; month++) dates.add(`${year}-${String(month).padStart(2, '0')}-15`);
    for (const offset of AROUND) {
      dates.add(addDays(lunarNewYear(year), offset));
      dates.add(addDays(`${year}-01-01`, offset));
      dates.add(addDays(`${year + 1}-01-01`, offset)); // the next New Year's eve falls in this year
    }
  }
  return [...dates].filter((date) => START_YEARS.some((year) => date.startsWith(`${year}-`))).sort();
}

/** The instant a start date's run begins: 08:00 in Vietnam (UTC+7). */
export function startInstant(date: CivilDate): string {
  return `${date}T01:00:00Z`;
}

/**
 * The few dates `npm test` runs on top of the real one: the eve of a Tết, and two that move with the day the
 * suite runs, so that over a few weeks CI has started from every date.
 */
export function sampleOf(dates: readonly CivilDate[], runDay: number): CivilDate[] {
  const eveOfTet = addDays(lunarNewYear(START_YEARS[1]), -1);
  const moving = [0, Math.floor(dates.length / 2)].map((offset) => dates[(runDay + offset) % dates.length]!);
  return [...new Set([eveOfTet, ...moving])];
}
