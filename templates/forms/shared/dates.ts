import { formatNumericDate, toCalendarDate } from '../../layout/vietnamese-date';
import type { DocumentDate } from '../../layout/types';

export { formatNumericDate };

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "ngày 06 tháng 7 năm 2026", for dates inside a sentence: the rule of the header date
 * (Nghị định 30/2020: a leading zero for days below 10 and for the months 1 and 2).
 */
export function formatLongDate(date: DocumentDate): string {
  const { year, month, day } = toCalendarDate(date);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/** "09 giờ 30 phút" from "09:30". */
export function formatClock(time: string): string {
  const [hour = '00', minute = '00'] = time.split(':');
  return `${hour} giờ ${minute} phút`;
}

/** Counts in legal text take a leading zero below ten: "05 ngày làm việc", "02 bản". */
export function formatCount(n: number): string {
  return n < 10 ? pad2(n) : String(n);
}

/** YYYYMMDD as a number, for ordering dates; undefined for an invalid date (reported by its own field). */
export function dateKey(date: DocumentDate): number | undefined {
  try {
    const { year, month, day } = toCalendarDate(date);
    return year * 10000 + month * 100 + day;
  } catch {
    return undefined;
  }
}

/** Completed years between two dates, or undefined if either is invalid. */
export function ageOn(dateOfBirth: DocumentDate, on: DocumentDate): number | undefined {
  const [born, then] = [dateKey(dateOfBirth), dateKey(on)];
  if (born === undefined || then === undefined) return undefined;
  return Math.floor((then - born) / 10000);
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** A whole number below 100 in Vietnamese words, as decisions write durations: 24 → "hai mươi bốn", 15 → "mười lăm", 21 → "hai mươi mốt". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`numberInWords: ${n} is not a whole number from 0 to 99`);
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 1 ? 'mười' : `${DIGITS[tens] as string} mươi`;
  if (units === 0) return head;
  if (units === 5) return `${head} lăm`;
  if (units === 1 && tens > 1) return `${head} mốt`;
  return `${head} ${DIGITS[units] as string}`;
}
