import { statutoryYear, validateCalendarYear, type CalendarYear } from '../../domain/calendar';
import { year2025 } from '../../domain/calendar/years/2025';
import { year2026 } from '../../domain/calendar/years/2026';

const schedule = (changes: Partial<CalendarYear>): CalendarYear => ({
  year: 2027,
  status: 'published',
  daysOff: [],
  workingWeekendDays: [],
  source: 'Thông báo thử',
  ...changes,
});

describe('checking a year schedule an administrator uploads', () => {
  it('accepts the published 2025 and 2026 schedules and the statutory ones', () => {
    expect(validateCalendarYear(year2025)).toEqual([]);
    expect(validateCalendarYear(year2026)).toEqual([]);
    expect(validateCalendarYear(statutoryYear(2027))).toEqual([]);
  });

  it('accepts a weekend listed as a day off', () => {
    expect(validateCalendarYear(schedule({ daysOff: [{ date: '2027-02-06', name: 'Tết Nguyên đán' }] }))).toEqual([]);
  });

  it('refuses a date outside the year, a date that does not exist and a day without a name', () => {
    expect(
      validateCalendarYear(
        schedule({
          daysOff: [
            { date: '2026-12-31', name: 'Tết Dương lịch' },
            { date: '2027-02-30', name: 'Tết Nguyên đán' },
            { date: '2027-04-16', name: ' ' },
          ],
        }),
      ),
    ).toEqual([
      'Ngày nghỉ 2026-12-31: không thuộc năm 2027',
      'Ngày nghỉ 2027-02-30: ngày không tồn tại',
      'Ngày nghỉ 2027-04-16: thiếu tên',
    ]);
  });

  it('refuses a date listed twice', () => {
    const day = { date: '2027-04-30', name: 'Ngày Chiến thắng' };
    expect(validateCalendarYear(schedule({ daysOff: [day, day] }))).toEqual(['Ngày nghỉ 2027-04-30: khai báo hai lần']);
  });

  it('refuses a make-up day (làm bù) that is not a Saturday or Sunday, or that is also a day off', () => {
    expect(
      validateCalendarYear(
        schedule({
          daysOff: [{ date: '2027-02-13', name: 'Tết Nguyên đán' }],
          workingWeekendDays: [
            { date: '2027-02-12', name: 'Làm bù' },
            { date: '2027-02-13', name: 'Làm bù' },
          ],
        }),
      ),
    ).toEqual([
      'Ngày làm bù 2027-02-12: không phải thứ Bảy hoặc Chủ nhật',
      'Ngày 2027-02-13: vừa là ngày nghỉ vừa là ngày làm bù',
    ]);
  });

  it('refuses a day marked published without the instrument that gives it, and accepts a provisional one', () => {
    expect(
      validateCalendarYear(
        schedule({
          daysOff: [
            { date: '2027-11-24', name: 'Ngày Văn hóa Việt Nam', status: 'published' },
            { date: '2027-06-28', name: 'Ngày Gia đình Việt Nam', status: 'provisional' },
          ],
        }),
      ),
    ).toEqual(['Ngày nghỉ 2027-11-24: đã công bố nhưng thiếu văn bản công bố']);
  });
});
