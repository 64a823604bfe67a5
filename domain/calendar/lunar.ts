import type { CivilDate } from './types';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed the way Vietnam's official calendar is: new moons and
 * solar terms by astronomical formulas (J. Meeus, "Astronomical Algorithms", as adapted by Hồ Ngọc Đức),
 * with days reckoned in UTC+7. The Vietnamese calendar differs from the Chinese one (UTC+8) only through the
 * time zone, e.g. Tết 1985 fell a month apart.
 *
 * Rules: a month starts on the day of a new moon; month 11 is the month containing the winter solstice;
 * when 13 new moons fall between two winter solstices, the first month without a major solar term (trung khí)
 * after month 11 is the leap month (tháng nhuận) and repeats the number of the month before it.
 *
 * Pure arithmetic (Math.sin and Math.floor only), so it runs inside the workflow sandbox.
 */

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** The repeated month of a leap year (tháng nhuận). */
  leap: boolean;
}

/** Vietnam keeps UTC+7 all year. */
const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the epoch of the new-moon index `k`. */
const NEW_MOON_EPOCH = 2415021.076998695;
const DEGREE = Math.PI / 180;

/** The years computed; the simplified formulas are meant for this range, and outside it no answer beats a wrong one. */
export const lunarCalendarYears = { first: 1800, last: 2199 } as const;

/** Mùng 1 tháng Giêng: the first day of lunar year `year` (Tết Nguyên đán). */
export function lunarNewYear(year: number): CivilDate {
  return solarDateOfLunar(year, 1, 1);
}

/** The civil date of a lunar date; `leap` picks the repeated month of a leap year. */
export function solarDateOfLunar(year: number, month: number, day: number, leap = false): CivilDate {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Not a lunar month: ${month}`);
  const start = monthStart(year, month, leap);
  const length = monthStart(...nextMonth(year, month, leap)) - start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`Lunar month ${month}${leap ? ' (nhuận)' : ''}/${year} has ${length} days, not day ${day}`);
  }
  return civilDateOfJulianDay(start + day - 1);
}

/** The lunar date of a civil date. */
export function lunarDateOf(date: CivilDate): LunarDate {
  const [y, m, d] = splitCivilDate(date);
  checkYear(y);
  const dayNumber = julianDay(y, m, d);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let start = newMoonDay(k + 1);
  if (start > dayNumber) start = newMoonDay(k);

  let a11 = month11(y);
  let b11 = a11;
  let year: number;
  if (a11 >= start) {
    year = y;
    a11 = month11(y - 1);
  } else {
    year = y + 1;
    b11 = month11(y + 1);
  }
  const day = dayNumber - start + 1;
  const diff = Math.floor((start - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/** The leap month (tháng nhuận) of lunar year `year`, or `undefined` in a common year. */
export function leapMonthOf(year: number): number | undefined {
  checkYear(year);
  // Months 1–10 of lunar year `year` lie before its month 11, which holds the winter solstice of civil year `year`;
  // months 11–12 lie after it.
  const before = leapMonthBetween(month11(year - 1), month11(year));
  if (before !== undefined && before <= 10) return before;
  const after = leapMonthBetween(month11(year), month11(year + 1));
  if (after !== undefined && after >= 11) return after;
  return undefined;
}

/** The number of the leap month between two months 11, if there is one. */
function leapMonthBetween(a11: number, b11: number): number | undefined {
  return b11 - a11 > 365 ? monthNumberAfter11(leapMonthOffset(a11) - 1) : undefined;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < lunarCalendarYears.first || year > lunarCalendarYears.last) {
    throw new RangeError(`The lunar calendar is computed for ${lunarCalendarYears.first}–${lunarCalendarYears.last}, not ${year}`);
  }
}

/** Julian day number of the first day of a lunar month. */
function monthStart(year: number, month: number, leap: boolean): number {
  const [a11, b11] = month < 11 ? [month11(year - 1), month11(year)] : [month11(year), month11(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = (month - 11 + 12) % 12;
  if (leap && leapMonthOf(year) !== month) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (leap || offset >= leapOffset) offset += 1;
  }
  return newMoonDay(k + offset);
}

/** The month after (year, month, leap), in calendar order. */
function nextMonth(year: number, month: number, leap: boolean): [number, number, boolean] {
  if (!leap && leapMonthOf(year) === month) return [year, month, true];
  return month === 12 ? [year + 1, 1, false] : [year, month + 1, false];
}

/** The month number `offset` months after month 11, counting no leap month. */
function monthNumberAfter11(offset: number): number {
  return ((10 + offset) % 12) + 1;
}

/** Julian day number of the first day of month 11 (the month with the winter solstice) of civil year `year`. */
function month11(year: number): number {
  const offset = julianDay(year, 12, 31) - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // The sun past 270° (winter solstice) at that new moon: month 11 began a month earlier.
  return sunLongitudeSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** Months after month 11 (a11) to the leap month: the first month with no major solar term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunLongitudeSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i++;
    sector = sunLongitudeSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/** Julian day number of the day (UTC+7) of the k-th new moon after the epoch. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** The sun's longitude at the start of a day (UTC+7), as a sector 0–11 of 30°, 0 from the vernal equinox. */
function sunLongitudeSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** Julian date (TT) of the k-th new moon after 1900-01-01 (Meeus, low-precision series). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // Sun's mean anomaly
  const mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // Moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // Moon's argument of latitude
  let c = (0.1734 - 0.000393 * t) * Math.sin(m * DEGREE) + 0.0021 * Math.sin(2 * m * DEGREE);
  c += -0.4068 * Math.sin(mp * DEGREE) + 0.0161 * Math.sin(2 * mp * DEGREE);
  c += -0.0004 * Math.sin(3 * mp * DEGREE);
  c += 0.0104 * Math.sin(2 * f * DEGREE) - 0.0051 * Math.sin((m + mp) * DEGREE);
  c += -0.0074 * Math.sin((m - mp) * DEGREE) + 0.0004 * Math.sin((2 * f + m) * DEGREE);
  c += -0.0004 * Math.sin((2 * f - m) * DEGREE) - 0.0006 * Math.sin((2 * f + mp) * DEGREE);
  c += 0.001 * Math.sin((2 * f - mp) * DEGREE) + 0.0005 * Math.sin((2 * mp + m) * DEGREE);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at Julian date `jd`. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m * DEGREE);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m * DEGREE) + 0.00029 * Math.sin(3 * m * DEGREE);
  const longitude = (l0 + dl) * DEGREE;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Julian day number of a Gregorian date. */
function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function civilDateOfJulianDay(jd: number): CivilDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function splitCivilDate(date: CivilDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a civil date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (civilDateOfJulianDay(julianDay(y, m, d)) !== date) throw new RangeError(`Not a civil date: ${date}`);
  return [y, m, d];
}
