/** A date in the Vietnamese civil calendar, `YYYY-MM-DD`. */
export type CivilDate = string;

/**
 * Where a schedule or one of its days comes from, and so whether deadlines count on it:
 * - `published`: an official instrument gives it (applied);
 * - `provisional`: announced or expected, not backed by a binding instrument yet (not applied until an
 *   administrator confirms it with its source);
 * - `statutory`: computed from the fixed holidays of Bộ luật Lao động 2019 art. 112 (applied, until a published
 *   schedule replaces it).
 */
export type ScheduleStatus = 'published' | 'provisional' | 'statutory';

export interface DayOff {
  date: CivilDate;
  name: string;
  /** Absent: the day is as its year's schedule. `provisional`: listed, not applied. `published`: confirmed by `source`. */
  status?: 'published' | 'provisional';
  /** The instrument that gives (or announced) this day, where it is not the year's own source. */
  source?: string;
}

/** One year's schedule for state bodies. */
export interface CalendarYear {
  year: number;
  /** A `provisional` year is not applied: its days count on the statutory rule until it is published. */
  status: ScheduleStatus;
  /** Weekdays off (holidays, compensatory and swapped days). Weekends need not be listed. */
  daysOff: readonly DayOff[];
  /** Saturdays or Sundays worked to make up a swapped day (làm bù). */
  workingWeekendDays: readonly DayOff[];
  source: string;
}
