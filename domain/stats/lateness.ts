const HOUR_MS = 3_600_000;

export interface Lateness {
  days: number;
  hours: number;
  /** "quá hạn 3 ngày 4 giờ". */
  text: string;
}

/**
 * How long past its due time a deadline is, in elapsed time. Deadlines count working or calendar days
 * by their rule; lateness is what a supervisor asks about — how long the person has been kept waiting.
 */
export function latenessOf(dueAt: Date, now: Date): Lateness {
  const elapsedHours = Math.max(0, Math.floor((now.getTime() - dueAt.getTime()) / HOUR_MS));
  const days = Math.floor(elapsedHours / 24);
  const hours = elapsedHours % 24;
  const parts = [days ? `${days} ngày` : '', hours ? `${hours} giờ` : ''].filter(Boolean);
  return { days, hours, text: parts.length ? `quá hạn ${parts.join(' ')}` : 'quá hạn dưới 1 giờ' };
}
