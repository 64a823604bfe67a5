import type { DocumentDate } from './types';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000; // Vietnam has no daylight saving time.

/** A calendar date from `YYYY-MM-DD`, or from a Date read in Vietnam time (UTC+7). */
export function toCalendarDate(date: DocumentDate): CalendarDate {
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const check = new Date(Date.UTC(year, month - 1, day));
      if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
        return { year, month, day };
      }
    }
    throw new RangeError(`Invalid date "${date}": expected an existing calendar date as YYYY-MM-DD`);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date: the Date object is not a valid time');
  const shifted = new Date(date.getTime() + VIETNAM_UTC_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "Tiên Du, ngày 05 tháng 3 năm 2026". Nghị định 30/2020, Phụ lục I: days below 10 and the
 * months 1 and 2 take a leading zero; other months do not.
 */
export function formatPlaceAndDate(place: string, date: DocumentDate): string {
  const { year, month, day } = toCalendarDate(date);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** "05/03/2026", for dates inside form fields. */
export function formatNumericDate(date: DocumentDate): string {
  const { year, month, day } = toCalendarDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** PDF date string for midnight of that day in Vietnam: "D:20260305000000+07'00'". */
export function toPdfDateString(date: DocumentDate): string {
  const { year, month, day } = toCalendarDate(date);
  return `D:${String(year).padStart(4, '0')}${pad2(month)}${pad2(day)}000000+07'00'`;
}
