import { appliedCalendarYears, confirmProvisionalDay, defaultCalendar, publishedYears, statutoryYear, WorkingCalendar } from '../../domain/calendar';
import { year2026 } from '../../domain/calendar/years/2026';

// 24/11/2026, "Ngày Văn hóa Việt Nam": policy of NQ 80-NQ/TW, with no amendment of BLLĐ art. 112 found
// (docs/legal-review.md). Shipped as a provisional day, applied only once an administrator names its instrument.
const instrument = 'Luật sửa đổi, bổ sung Bộ luật Lao động (giả định cho kiểm thử) — https://vbpl.vn/…';

describe('a provisional day off: announced, not backed by a binding instrument (issue 14, part 7)', () => {
  it('ships 24/11/2026 as provisional, with the policy it comes from', () => {
    expect(year2026.daysOff).toContainEqual(expect.objectContaining({ date: '2026-11-24', status: 'provisional', source: expect.stringContaining('80-NQ/TW') }));
  });

  it('does not count 24/11/2026 as a day off while it is provisional', () => {
    const calendar = defaultCalendar();
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
    // Friday 20/11/2026 + 2 working days: Monday 23/11, Tuesday 24/11.
    expect(calendar.addWorkingDays('2026-11-20', 2)).toBe('2026-11-24');
    // 5 days from Thursday 19/11/2026 end on Tuesday 24/11, a working day.
    expect(calendar.endOfCalendarPeriod('2026-11-19', 5)).toBe('2026-11-24');
  });

  it('counts it once an administrator confirms it with its source', () => {
    const confirmed = confirmProvisionalDay(year2026, '2026-11-24', instrument);
    expect(confirmed?.daysOff).toContainEqual({ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', status: 'published', source: instrument });
    const calendar = new WorkingCalendar([...publishedYears.filter((year) => year.year !== 2026), confirmed!]);
    expect(calendar.isWorkingDay('2026-11-24')).toBe(false);
    expect(calendar.addWorkingDays('2026-11-20', 2)).toBe('2026-11-25');
    expect(calendar.endOfCalendarPeriod('2026-11-19', 5)).toBe('2026-11-25');
    expect(calendar.version).not.toBe(defaultCalendar().version);
  });

  it('confirms only a day that is provisional', () => {
    expect(confirmProvisionalDay(year2026, '2026-09-02', instrument)).toBeUndefined();
    expect(confirmProvisionalDay(year2026, '2026-11-25', instrument)).toBeUndefined();
  });

  it('never gives the dossier workflow a provisional day, and leaves a year without one as it is', () => {
    const applied = appliedCalendarYears(publishedYears);
    expect(applied.flatMap((year) => year.daysOff).map((day) => day.date)).not.toContain('2026-11-24');
    expect(applied.find((year) => year.year === 2025)).toBe(publishedYears[0]);
    // What the workflow computes with gives the same deadlines and version as the full schedule.
    expect(new WorkingCalendar(applied).version).toBe(defaultCalendar().version);
  });

  it('counts a provisional year on the statutory rule until it is published', () => {
    const announced = {
      ...statutoryYear(2027),
      status: 'provisional' as const,
      daysOff: [...statutoryYear(2027).daysOff, { date: '2027-02-12', name: 'Nghỉ hoán đổi (dự kiến)' }],
      source: 'Dự thảo phương án nghỉ Tết 2027 (giả định cho kiểm thử)',
    };
    const calendar = new WorkingCalendar([...publishedYears, announced]);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
    expect(calendar.scheduleOf(2027).status).toBe('statutory');
    expect(calendar.version).toBe(defaultCalendar().version);
  });
});
