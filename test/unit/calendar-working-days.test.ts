import { defaultCalendar, endOfCivilDay } from '../../domain/calendar';

const calendar = defaultCalendar();

describe('working-day calendar of state bodies (legal-procedure.md B10)', () => {
  it('treats weekends, Tết 2026 and the 24/11/2026 day off as days off, and make-up Saturdays as working days', () => {
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-02-18')).toBe(false); // Tết Nguyên đán
    expect(calendar.isWorkingDay('2026-11-24')).toBe(false); // Ngày Văn hóa Việt Nam
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true); // làm bù for 02/01/2026
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true); // làm bù for 31/08/2026
  });

  it('counts working days from the day after the anchor and skips Tết', () => {
    // Friday 13/02/2026 + 5 working days: 16–20/02 are Tết, so 23, 24, 25, 26, 27/02.
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
  });

  it('skips the 24/11/2026 day off', () => {
    expect(calendar.addWorkingDays('2026-11-20', 2)).toBe('2026-11-25');
  });

  it('ends a calendar-day period on the next working day when its last day is off (BLDS art. 147–148)', () => {
    // 5 days from Monday 16/11/2026 end on Saturday 21/11, so on Monday 23/11.
    expect(calendar.endOfCalendarPeriod('2026-11-16', 5)).toBe('2026-11-23');
    // 5 days from Thursday 19/11/2026 end on Tuesday 24/11, a day off, so on Wednesday 25/11.
    expect(calendar.endOfCalendarPeriod('2026-11-19', 5)).toBe('2026-11-25');
  });

  it('ends a period at the end of its last day, Vietnam time', () => {
    expect(endOfCivilDay('2026-11-25').toISOString()).toBe('2026-11-25T16:59:59.999Z');
  });

  it('says when a period runs into a year without a published schedule', () => {
    expect(calendar.isPublishedBetween('2026-12-20', '2027-01-05')).toBe(false);
    expect(calendar.isPublishedBetween('2026-11-20', '2026-11-30')).toBe(true);
  });
});
