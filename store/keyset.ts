import { z } from 'zod';

/** Keyset pagination: the sort key of a page's last row, opaque to clients (base64url JSON). */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export class InvalidCursorError extends Error {}

/**
 * A timestamptz as PostgreSQL writes it in text (`2026-12-05 08:30:34.123456+00`), with a real calendar day:
 * anything else would fail the cast in the query, and a forged cursor is the caller's mistake, not ours.
 */
const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-]\d{2}(?::\d{2}){0,2}$/;

export const TimestampKey = z.string().refine((text) => {
  const match = TIMESTAMP_TEXT.exec(text);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
});

/** A deadline id from a regime table, such as `execution.escort`. */
export const DeadlineIdKey = z.string().regex(/^[a-z][\w.-]{0,99}$/);

type KeyParts<T extends readonly z.ZodType<string, string>[]> = { [K in keyof T]: z.output<T[K]> };

/** The sort key a cursor carries, each part checked against its schema; throws InvalidCursorError otherwise. */
export function decodeCursor<const T extends readonly z.ZodType<string, string>[]>(cursor: string, parts: T): KeyParts<T> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('invalid cursor');
  }
  if (!Array.isArray(key) || key.length !== parts.length) throw new InvalidCursorError('invalid cursor');
  const decoded = parts.map((part, index) => {
    const result = part.safeParse(key[index]);
    if (!result.success) throw new InvalidCursorError('invalid cursor');
    return result.data;
  });
  return decoded as KeyParts<T>;
}
