import { addDays, addMonths, parseCivilDate, weekday } from './civil-date';
import type { CalendarYear, CivilDate } from './types';

/**
 * The working-day calendar of state bodies: Monday–Friday, minus the days off each year's schedule lists,
 * plus its make-up weekend days. A year without a schedule counts only weekends and is reported as provisional.
 */
export class WorkingCalendar {
  private readonly daysOff = new Set<CivilDate>();
  private readonly workingWeekendDays = new Set<CivilDate>();
  private readonly years = new Map<number, CalendarYear>();
  /** Identifies the data used, recorded with every computed deadline. */
  readonly version: string;

  constructor(years: readonly CalendarYear[]) {
    for (const year of years) {
      this.years.set(year.year, year);
      for (const day of year.daysOff) this.daysOff.add(day.date);
      for (const day of year.workingWeekendDays) this.workingWeekendDays.add(day.date);
    }
    this.version = `vn-${fingerprint(JSON.stringify([...years].sort((a, b) => a.year - b.year)))}`;
  }

  isWorkingDay(date: CivilDate): boolean {
    parseCivilDate(date);
    if (this.workingWeekendDays.has(date)) return true;
    const day = weekday(date);
    return day !== 0 && day !== 6 && !this.daysOff.has(date);
  }

  /** Whether every day in the range is covered by a published schedule. */
  isPublishedBetween(from: CivilDate, to: CivilDate): boolean {
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      if (this.years.get(year)?.status !== 'published') return false;
    }
    return true;
  }

  /** The `amount`-th working day after `from` (the anchor day itself is never counted). */
  addWorkingDays(from: CivilDate, amount: number): CivilDate {
    let date = from;
    for (let counted = 0; counted < amount; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return date;
  }

  /** BLDS art. 147–148: first day not counted; a period ending on a day off ends on the next working day. */
  endOfCalendarPeriod(from: CivilDate, amount: number): CivilDate {
    return this.nextWorkingDayFrom(addDays(from, amount));
  }

  /** A period in months ends on the same day number (or the month's last day), rolled off days off. */
  endOfMonthPeriod(from: CivilDate, months: number): CivilDate {
    return this.nextWorkingDayFrom(addMonths(from, months));
  }

  private nextWorkingDayFrom(date: CivilDate): CivilDate {
    let day = date;
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
}

/** FNV-1a: a short, stable content hash that also runs inside the workflow sandbox. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
