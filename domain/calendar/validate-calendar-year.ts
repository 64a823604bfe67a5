import { parseCivilDate, weekday } from './civil-date';
import type { CalendarYear, DayOff } from './types';

/**
 * What is wrong with a year's schedule, in words an administrator can act on; empty when it can be used.
 * A weekend listed as a day off is allowed (it changes nothing); a make-up day (làm bù) must be a weekend day; a day
 * marked published names the instrument that gives it.
 */
export function validateCalendarYear(year: CalendarYear): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(year.year)) problems.push(`Năm không hợp lệ: ${year.year}`);

  const check = (days: readonly DayOff[], kind: string): Set<string> => {
    const seen = new Set<string>();
    for (const day of days) {
      if (!isCivilDate(day.date)) {
        problems.push(`${kind} ${day.date}: ngày không tồn tại`);
        continue;
      }
      if (!day.name.trim()) problems.push(`${kind} ${day.date}: thiếu tên`);
      if (Number(day.date.slice(0, 4)) !== year.year) problems.push(`${kind} ${day.date}: không thuộc năm ${year.year}`);
      if (seen.has(day.date)) problems.push(`${kind} ${day.date}: khai báo hai lần`);
      if (day.status === 'published' && !day.source?.trim()) problems.push(`${kind} ${day.date}: đã công bố nhưng thiếu văn bản công bố`);
      seen.add(day.date);
    }
    return seen;
  };

  const daysOff = check(year.daysOff, 'Ngày nghỉ');
  const workingWeekendDays = check(year.workingWeekendDays, 'Ngày làm bù');
  for (const date of workingWeekendDays) {
    const day = weekday(date);
    if (day !== 0 && day !== 6) problems.push(`Ngày làm bù ${date}: không phải thứ Bảy hoặc Chủ nhật`);
    if (daysOff.has(date)) problems.push(`Ngày ${date}: vừa là ngày nghỉ vừa là ngày làm bù`);
  }
  return problems;
}

function isCivilDate(date: string): boolean {
  try {
    parseCivilDate(date);
    return true;
  } catch {
    return false;
  }
}
