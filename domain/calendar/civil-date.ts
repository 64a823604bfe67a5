import type { CivilDate } from './types';

const MS_PER_DAY = 86_400_000;
/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function parseCivilDate(date: CivilDate): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a civil date: ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`Not a civil date: ${date}`);
  return ms;
}

export function formatCivilDate(utcMidnightMs: number): CivilDate {
  return new Date(utcMidnightMs).toISOString().slice(0, 10);
}

/** `dd/mm/yyyy`, as Vietnamese documents and people write dates. */
export function vietnameseDate(date: CivilDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return formatCivilDate(parseCivilDate(date) + days * MS_PER_DAY);
}

export function addMonths(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return formatCivilDate(target.getTime());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return new Date(parseCivilDate(date)).getUTCDay();
}

/** The civil date in Vietnam at an instant. */
export function civilDateAt(instant: Date): CivilDate {
  return formatCivilDate(Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / MS_PER_DAY) * MS_PER_DAY);
}

/** A period ends at the end of its last day (BLDS art. 148), Vietnam time. */
export function endOfCivilDay(date: CivilDate): Date {
  return new Date(parseCivilDate(date) + MS_PER_DAY - 1 - VIETNAM_OFFSET_MS);
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((parseCivilDate(to) - parseCivilDate(from)) / MS_PER_DAY);
}
