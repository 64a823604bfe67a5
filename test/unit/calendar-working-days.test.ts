import { defaultCalendar, endOfCivilDay, publishedYears, statutoryYear, WorkingCalendar } from '../../domain/calendar';

const calendar = defaultCalendar();

describe('working-day calendar of state bodies (docs/legal/README.md#counting-days)', () => {
  it('treats weekends and Tết 2026 as days off, and make-up Saturdays as working days', () => {
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-02-18')).toBe(false); // Tết Nguyên đán
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true); // làm bù for 02/01/2026
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true); // làm bù for 31/08/2026
  });

  it('counts working days from the day after the anchor and skips Tết', () => {
    // Friday 13/02/2026 + 5 working days: 16–20/02 are Tết, so 23, 24, 25, 26, 27/02.
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
  });

  it('ends a calendar-day period on the next working day when its last day is off (BLDS art. 147–148)', () => {
    // 5 days from Monday 16/11/2026 end on Saturday 21/11, so on Monday 23/11.
    expect(calendar.endOfCalendarPeriod('2026-11-16', 5)).toBe('2026-11-23');
    // 5 days from Sunday 15/02/2026 end on Friday 20/02, the last day of Tết, so on Monday 23/02.
    expect(calendar.endOfCalendarPeriod('2026-02-15', 5)).toBe('2026-02-23');
  });

  it('ends a period at the end of its last day, Vietnam time', () => {
    expect(endOfCivilDay('2026-11-25').toISOString()).toBe('2026-11-25T16:59:59.999Z');
  });

  it('says when a period runs into a year without a published schedule', () => {
    expect(calendar.isPublishedBetween('2026-12-20', '2027-01-05')).toBe(false);
    expect(calendar.isPublishedBetween('2026-11-20', '2026-11-30')).toBe(true);
  });

  it('counts five working days across Tết Nguyên đán 2025 on the published schedule', () => {
    // Friday 24/01/2025: 27–31/01 are Tết (Văn bản 8726/VPCP-KGVX), so 3, 4, 5, 6, 7/02.
    expect(calendar.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
  });

  it('counts the make-up Saturday 26/4/2025 and skips the days off 30/4–2/5/2025', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    // Friday 25/04/2025 + 3: Saturday 26/04 (làm bù), Monday 28/04, Tuesday 29/04.
    expect(calendar.addWorkingDays('2025-04-25', 3)).toBe('2025-04-29');
    // Tuesday 29/04/2025 + 2: 30/04, 01/05 and 02/05 are off, then the weekend, so Monday 5/5 and Tuesday 6/5.
    expect(calendar.addWorkingDays('2025-04-29', 2)).toBe('2025-05-06');
  });

  it('counts five working days across Tết Nguyên đán 2026 on the published schedule', () => {
    // Wednesday 11/02/2026 + 5: 12, 13/02, then 16–20/02 are Tết, so 23, 24, 25/02.
    expect(calendar.addWorkingDays('2026-02-11', 5)).toBe('2026-02-25');
    expect(calendar.isPublishedBetween('2026-02-11', '2026-02-25')).toBe(true);
  });

  it('counts five working days across Tết Nguyên đán 2027 on the statutory calendar', () => {
    // Thursday 04/02/2027 + 5: 05/02 is 29 Tết, 08–09/02 mùng 3–4, 10–11/02 compensate mùng 1–2 (a weekend),
    // so 12, 15, 16, 17, 18/02.
    expect(calendar.addWorkingDays('2027-02-04', 5)).toBe('2027-02-18');
    expect(calendar.isPublishedBetween('2027-02-04', '2027-02-18')).toBe(false);
  });

  it('counts across the new year into 2027 with Tết Dương lịch 01/01/2027 off, and flags the period provisional', () => {
    // Monday 28/12/2026 + 5: 29, 30, 31/12, then Friday 01/01/2027 is off, so Monday 4/1 and Tuesday 5/1.
    expect(calendar.addWorkingDays('2026-12-28', 5)).toBe('2027-01-05');
    expect(calendar.schedulesBetween('2026-12-28', '2027-01-05').map((year) => [year.year, year.status])).toEqual([
      [2026, 'published'],
      [2027, 'statutory'],
    ]);
  });

  it('ends a calendar-day period falling on a statutory day off on the next working day (2027)', () => {
    // 5 days from Monday 01/02/2027 end on Saturday 06/02 (mùng 1 Tết); 8–11/02 are off too, so Friday 12/02.
    expect(calendar.endOfCalendarPeriod('2027-02-01', 5)).toBe('2027-02-12');
  });

  it('uses a schedule an administrator enters for 2027 instead of the statutory one', () => {
    const announced = {
      ...statutoryYear(2027),
      status: 'published' as const,
      daysOff: [...statutoryYear(2027).daysOff, { date: '2027-02-12', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)' }],
      workingWeekendDays: [{ date: '2027-02-20', name: 'Làm bù cho ngày 12/02/2027' }],
      source: 'Thông báo giả định cho kiểm thử',
    };
    const withAnnounced = new WorkingCalendar([...publishedYears, announced]);
    expect(withAnnounced.isWorkingDay('2027-02-12')).toBe(false);
    expect(withAnnounced.isWorkingDay('2027-02-20')).toBe(true);
    expect(withAnnounced.isPublishedBetween('2027-02-04', '2027-02-18')).toBe(true);
    expect(withAnnounced.version).not.toBe(calendar.version);
  });

  it('keeps its version stable whichever statutory years it has computed', () => {
    const fresh = defaultCalendar();
    expect(fresh.version).toBe(calendar.version);
    fresh.addWorkingDays('2029-12-20', 30);
    expect(fresh.version).toBe(defaultCalendar().version);
    expect(fresh.version).toMatch(/^vn-[0-9a-f]{8}$/);
  });

  it('falls back to the statutory rule, provisionally, for every year when no schedule is given', () => {
    const statutoryOnly = new WorkingCalendar([]);
    expect(statutoryOnly.isWorkingDay('2025-04-07')).toBe(false); // Giỗ Tổ Hùng Vương 2025
    expect(statutoryOnly.isWorkingDay('2025-04-26')).toBe(false); // a Saturday: the làm bù is only in the published schedule
    expect(statutoryOnly.isPublishedBetween('2025-04-01', '2025-04-30')).toBe(false);
    expect(statutoryOnly.scheduleOf(2025).status).toBe('statutory');
  });
});
