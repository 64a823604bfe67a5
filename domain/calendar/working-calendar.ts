import { appliedCalendarYears } from './applied-years';
import { addDays, addMonths, parseCivilDate, weekday } from './civil-date';
import { lunarCalendarYears } from './lunar';
import { statutoryRuleVersion, statutoryYear } from './statutory-year';
import type { CalendarYear, CivilDate, DayOff } from './types';

interface YearIndex {
  schedule: CalendarYear;
  daysOff: ReadonlySet<CivilDate>;
  workingWeekendDays: ReadonlySet<CivilDate>;
}

/**
 * The working-day calendar of state bodies: Monday–Friday, minus the days off each year's schedule lists,
 * plus its make-up weekend days. A year without a given schedule, or whose schedule is only provisional, follows
 * the statutory rule (`statutoryYear`: BLLĐ 2019 art. 112 holidays and art. 111(3) compensatory days); a provisional
 * day is never counted as a day off (`appliedCalendarYears`).
 */
export class WorkingCalendar {
  private readonly given = new Map<number, CalendarYear>();
  /** Built on first use; statutory years are computed only when a date in them is asked about. */
  private readonly index = new Map<number, YearIndex>();
  /**
   * Identifies the data used, recorded with every computed deadline: the applied schedules and the version of the
   * statutory rule, so it does not depend on which statutory years happen to have been computed.
   */
  readonly version: string;

  /**
   * Schedules are checked (`validateCalendarYear`) where they are entered, not here: this also runs inside
   * workflows, where throwing would stall the dossier. A date outside its schedule's year is ignored, and of two
   * schedules for one year the later wins.
   */
  constructor(years: readonly CalendarYear[]) {
    const applied = appliedCalendarYears(years);
    for (const year of applied) this.given.set(year.year, year);
    const sorted = [...applied].sort((a, b) => a.year - b.year);
    this.version = `vn-${fingerprint(JSON.stringify([statutoryRuleVersion, sorted]))}`;
  }

  isWorkingDay(date: CivilDate): boolean {
    parseCivilDate(date);
    const year = this.yearIndex(Number(date.slice(0, 4)));
    if (year.workingWeekendDays.has(date)) return true;
    const day = weekday(date);
    return day !== 0 && day !== 6 && !year.daysOff.has(date);
  }

  /** The schedule governing a year: the one given and applied, or else the statutory one. */
  scheduleOf(year: number): CalendarYear {
    return this.yearIndex(year).schedule;
  }

  /** The schedules governing each year from `from` to `to`, e.g. to name the unpublished years a period touches. */
  schedulesBetween(from: CivilDate, to: CivilDate): CalendarYear[] {
    const schedules: CalendarYear[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) schedules.push(this.scheduleOf(year));
    return schedules;
  }

  /** Whether every day in the range is covered by a published schedule (statutory years are not). */
  isPublishedBetween(from: CivilDate, to: CivilDate): boolean {
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      if (this.given.get(year)?.status !== 'published') return false;
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

  private yearIndex(year: number): YearIndex {
    let index = this.index.get(year);
    if (!index) {
      const schedule = this.given.get(year) ?? statutoryOrWeekendsOnly(year);
      const inYear = (days: readonly DayOff[]) =>
        new Set(days.map((day) => day.date).filter((date) => date.startsWith(`${year}-`)));
      index = { schedule, daysOff: inYear(schedule.daysOff), workingWeekendDays: inYear(schedule.workingWeekendDays) };
      this.index.set(year, index);
    }
    return index;
  }
}

/** Outside the years the lunar calendar is computed for, only weekends can be known. */
function statutoryOrWeekendsOnly(year: number): CalendarYear {
  if (year >= lunarCalendarYears.first && year <= lunarCalendarYears.last) return statutoryYear(year);
  return {
    year,
    status: 'statutory',
    daysOff: [],
    workingWeekendDays: [],
    source: `Chỉ tính thứ Bảy, Chủ nhật: ngoài phạm vi lịch Âm lịch tính được (${lunarCalendarYears.first}–${lunarCalendarYears.last})`,
  };
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
