import { addDays, addMonths } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';

/** The report periods offered by name: the last 6 months, the last 12 months, the year so far. */
export const namedPeriods = ['6m', '1y', 'ytd'] as const;
export type NamedPeriod = (typeof namedPeriods)[number];

/** A report period: both days included, in Vietnam's calendar. */
export interface Period {
  from: CivilDate;
  to: CivilDate;
}

/** The days a named period covers, ending today (so "6m" on 23/11 is 24/05 to 23/11). */
export function periodEndingOn(name: NamedPeriod, today: CivilDate): Period {
  switch (name) {
    case '6m':
      return { from: addDays(addMonths(today, -6), 1), to: today };
    case '1y':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case 'ytd':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The calendar years a period touches: plan targets are set per year. */
export function yearsOf(period: Period): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
