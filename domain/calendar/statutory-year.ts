import { addDays, vietnameseDate, weekday } from './civil-date';
import { lunarDateOf, lunarNewYear, solarDateOfLunar } from './lunar';
import type { CalendarYear, CivilDate, DayOff } from './types';

/**
 * Identifies the rule below; part of `WorkingCalendar.version`, so change it whenever the rule's output changes.
 */
export const statutoryRuleVersion = 'blld2019-d112.v1';

export const statutorySource =
  'Bộ luật Lao động 2019 Điều 112 (tính theo quy tắc, chưa có thông báo chính thức); Điều 111 khoản 3 (nghỉ bù)';

/**
 * A year's days off computed from the law, for a year whose schedule the Government has not announced yet:
 * Bộ luật Lao động 2019 art. 112(1) holidays, plus art. 111(3) compensatory days (nghỉ bù) for those falling on
 * a weekend. Marked `statutory`: applied, but the announced schedule usually moves days around (hoán đổi, làm bù), and
 * replaces this one as soon as an administrator enters it.
 *
 * Like the published years, only weekdays are listed: a holiday on a weekend shows up as its compensatory day.
 */
export function statutoryYear(year: number): CalendarYear {
  const holidays = statutoryHolidays(year).sort(byDate);
  const off = new Map<CivilDate, DayOff>();
  const taken = new Set(holidays.map((holiday) => holiday.date));
  for (const holiday of holidays) {
    const coinciding = off.get(holiday.date);
    const clash = isWeekend(holiday.date) ? `là ${weekdayName(holiday.date)}` : coinciding && `trùng ${coinciding.name}`;
    if (clash === undefined) {
      off.set(holiday.date, holiday);
      continue;
    }
    // Art. 111(3): a weekly rest day that coincides with a holiday is made up on the next working day. For state
    // bodies both Saturday and Sunday are rest days. Two holidays on one day are treated the same way.
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    off.set(day, { date: day, name: `Nghỉ bù ${holiday.name}, ngày ${vietnameseDate(holiday.date)} ${clash}` });
  }
  return {
    year,
    status: 'statutory',
    daysOff: [...off.values()].sort(byDate),
    workingWeekendDays: [],
    source: statutorySource,
  };
}

/** BLLĐ 2019 art. 112(1), 11 days. */
function statutoryHolidays(year: number): DayOff[] {
  const tet = lunarNewYear(year);
  // Art. 112(1)(b) gives Tết 5 days and art. 112(3) lets the Prime Minister fix them each year. By long practice
  // they are the last day of the old lunar year (30 Tết, or 29 in a short month 12) and mùng 1–4 tháng Giêng;
  // this default is what we assume until the decision is published.
  const lastDayOfOldYear = addDays(tet, -1);
  return [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    { date: lastDayOfOldYear, name: `Tết Nguyên đán (${lunarDateOf(lastDayOfOldYear).day} tháng Chạp)` },
    ...[1, 2, 3, 4].map((day) => ({ date: addDays(tet, day - 1), name: `Tết Nguyên đán (mùng ${day} tháng Giêng)` })),
    { date: solarDateOfLunar(year, 3, 10), name: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế lao động' },
    // Art. 112(1)(đ): 2/9 "and one adjacent day before or after", chosen each year by the Prime Minister
    // (art. 112(3)). We assume the day before, 1/9, as in 2025 and 2026.
    { date: `${year}-09-01`, name: 'Quốc khánh (ngày liền kề)' },
    { date: `${year}-09-02`, name: 'Quốc khánh' },
  ];
}

/** ISO dates sort as strings; plain comparison, since localeCompare may depend on Intl. */
function byDate(a: DayOff, b: DayOff): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function isWeekend(date: CivilDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

function weekdayName(date: CivilDate): string {
  return weekday(date) === 0 ? 'Chủ nhật' : 'thứ Bảy';
}

