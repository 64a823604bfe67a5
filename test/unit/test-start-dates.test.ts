import { addDays, lunarNewYear } from '../../domain/calendar';
import { sampleOf, START_YEARS, startDates, startInstant } from '../../scripts/test-dates/start-dates';

describe('the dates the timer suites start from', () => {
  const dates = startDates();

  it('include a day in every month of 2026–2028', () => {
    const months = new Set(dates.map((date) => date.slice(0, 7)));
    for (const year of START_YEARS) for (let month = 1; month <= 12; month++) expect(months).toContain(`${year}-${String(month).padStart(2, '0')}`);
  });

  it('include the days around each Tết and each New Year', () => {
    for (const year of START_YEARS) {
      for (const offset of [-1, 0, 1]) expect(dates).toContain(addDays(lunarNewYear(year), offset));
      expect(dates).toContain(`${year}-01-01`);
      expect(dates).toContain(`${year}-12-31`);
    }
    expect(dates).toContain('2027-02-05'); // the eve of Tết Đinh Mùi
    expect(dates).toContain('2028-12-31');
  });

  it('start at 08:00 in Vietnam', () => {
    expect(startInstant('2027-02-05')).toBe('2027-02-05T01:00:00Z');
  });

  it('sample a few of them for npm test, moving with the day it runs', () => {
    const today = sampleOf(dates, 20_000);
    const tomorrow = sampleOf(dates, 20_001);
    expect(today.length).toBeLessThanOrEqual(3);
    for (const date of [...today, ...tomorrow]) expect(dates).toContain(date);
    expect(today).not.toEqual(tomorrow);
  });
});
