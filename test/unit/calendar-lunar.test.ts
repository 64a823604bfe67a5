import { leapMonthOf, lunarDateOf, lunarNewYear, solarDateOfLunar } from '../../domain/calendar';
import { addDays } from '../../domain/calendar/civil-date';

describe('Vietnamese lunar calendar (Âm lịch, UTC+7)', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
  ])('puts mùng 1 Tết %i on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it('reckons the new moon in Vietnam time, not China time (Tết 1968, 1985 and 2030)', () => {
    // New moon 2030-02-02 16:07 UTC: 23:07 in Hà Nội, 00:07 on 3/2 in Beijing. Chinese calendars say 3/2/2030.
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    // North Vietnam's UTC+7 calendar of 1967 put Tết Mậu Thân on 29/1/1968, a day before the South's.
    expect(lunarNewYear(1968)).toBe('1968-01-29');
    // Vietnam's Tết Ất Sửu came a month before China's (20/2/1985).
    expect(lunarNewYear(1985)).toBe('1985-01-21');
  });

  it.each([
    [2021, '2021-04-21'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('puts Giỗ Tổ Hùng Vương (10/3 Âm lịch) %i on %s', (year, date) => {
    expect(solarDateOfLunar(year, 3, 10)).toBe(date);
  });

  it('places leap months (tháng nhuận) after the month they repeat', () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(solarDateOfLunar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(leapMonthOf(2025)).toBe(6);
    expect(solarDateOfLunar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(solarDateOfLunar(2025, 7, 1)).toBe('2025-08-23');
    expect(leapMonthOf(2026)).toBeUndefined();
    expect(leapMonthOf(2027)).toBeUndefined();
  });

  it('gives the lunar date of a civil date', () => {
    expect(lunarDateOf('2027-02-05')).toEqual({ year: 2026, month: 12, day: 29, leap: false });
    expect(lunarDateOf('2027-02-06')).toEqual({ year: 2027, month: 1, day: 1, leap: false });
    expect(lunarDateOf('2025-08-01')).toEqual({ year: 2025, month: 6, day: 8, leap: true });
  });

  it('converts every day of 2024–2030 to a lunar date and back', () => {
    for (let date = '2024-01-01'; date <= '2030-12-31'; date = addDays(date, 1)) {
      const lunar = lunarDateOf(date);
      expect(solarDateOfLunar(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(date);
    }
  });

  it('refuses lunar dates that do not exist', () => {
    // Tháng Chạp Bính Ngọ (lunar 2026) has 29 days: there is no 30 Tết before Tết 2027.
    expect(solarDateOfLunar(2026, 12, 29)).toBe('2027-02-05');
    expect(() => solarDateOfLunar(2026, 12, 30)).toThrow(RangeError);
    expect(() => solarDateOfLunar(2026, 6, 1, true)).toThrow(RangeError);
    expect(() => solarDateOfLunar(2027, 13, 1)).toThrow(RangeError);
    expect(() => lunarNewYear(2200)).toThrow(RangeError);
  });
});
