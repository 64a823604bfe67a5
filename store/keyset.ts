/** Keyset pagination: the sort key of a page's last row, opaque to clients (base64url JSON). */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export class InvalidCursorError extends Error {}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((part) => typeof part === 'string')) return key as string[];
  } catch {
    // falls through
  }
  throw new InvalidCursorError('invalid cursor');
}
