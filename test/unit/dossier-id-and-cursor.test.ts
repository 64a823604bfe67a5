import { DossierIdSchema, dossierIdIn } from '../../domain/dossier/dossier-id';
import { DeadlineIdKey, decodeCursor, encodeCursor, InvalidCursorError, TimestampKey } from '../../store/keyset';

describe('one rule for what a dossier id is', () => {
  it('takes every UUID version and variant in either case, and gives it back in lower case', () => {
    for (const nibble of '0123456789abcdefABCDEF') {
      const id = `12345678-1234-${nibble}234-${nibble}234-1234567890AB`;
      expect(DossierIdSchema.parse(id)).toBe(id.toLowerCase());
      expect(dossierIdIn(id)).toBe(id.toLowerCase());
    }
  });

  it('refuses braces, missing hyphens, URNs, whitespace, wrong lengths and non-strings', () => {
    for (const text of [
      '{12345678-1234-4234-8234-123456789012}',
      '12345678123442348234123456789012',
      'urn:uuid:12345678-1234-4234-8234-123456789012',
      ' 12345678-1234-4234-8234-123456789012',
      '12345678-1234-4234-8234-123456789012\n',
      '12345678-1234-4234-8234-12345678901',
      '12345678-1234-4234-8234-12345678901g',
      '',
      'x'.repeat(10_240),
    ]) {
      expect(DossierIdSchema.safeParse(text).success).toBe(false);
      expect(dossierIdIn(text)).toBeUndefined();
    }
    expect(dossierIdIn(undefined)).toBeUndefined();
    expect(dossierIdIn(42)).toBeUndefined();
  });
});

describe('page cursors', () => {
  const parts = [TimestampKey, DossierIdSchema, DeadlineIdKey] as const;

  it('round-trips the sort key PostgreSQL wrote', () => {
    const key = ['2026-12-05 08:30:34.123456+00', '12345678-1234-4234-8234-123456789012', 'execution.escort'];
    expect(decodeCursor(encodeCursor(key), parts)).toEqual(key);
    expect(decodeCursor(encodeCursor(['2028-02-29 23:59:59+07', key[1] as string, 'a']), parts)[0]).toBe('2028-02-29 23:59:59+07');
  });

  it('refuses a cursor that is ours in shape but forged, before any query sees it', () => {
    const id = '12345678-1234-4234-8234-123456789012';
    for (const key of [
      ['x', id, 'a'],
      ['2026-13-01 00:00:00+00', id, 'a'],
      ['2027-02-29 00:00:00+00', id, 'a'],
      ['2026-12-05 24:00:00+00', id, 'a'],
      ['2026-12-05 10:00:00+00', 'not-a-uuid', 'a'],
      ['2026-12-05 10:00:00+00', id, 'a\u0000'],
      ['2026-12-05 10:00:00+00', id],
      ['2026-12-05 10:00:00+00', id, 'a', 'b'],
      [1, id, 'a'],
    ]) {
      expect(() => decodeCursor(encodeCursor(key as string[]), parts)).toThrow(InvalidCursorError);
    }
    for (const cursor of ['bm90LWEtY3Vyc29y', Buffer.from('{"a":1}').toString('base64url'), '']) {
      expect(() => decodeCursor(cursor, parts)).toThrow(InvalidCursorError);
    }
  });
});
