/** A date in the Vietnamese civil calendar, `YYYY-MM-DD`. */
export type CivilDate = string;

export interface DayOff {
  date: CivilDate;
  name: string;
}

/** One year's official schedule for state bodies, as the Government announced it. */
export interface CalendarYear {
  year: number;
  /** `published`: the Government's announced schedule; `provisional`: computed from the statutory rule. */
  status: 'published' | 'provisional';
  /** Weekdays off (holidays, compensatory and swapped days). Weekends need not be listed. */
  daysOff: readonly DayOff[];
  /** Saturdays or Sundays worked to make up a swapped day (làm bù). */
  workingWeekendDays: readonly DayOff[];
  source: string;
}
