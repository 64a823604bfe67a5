import type { Request } from 'express';
import { cacheVerifications } from '../../api/documents/verification-cache';
import type { VerificationReport } from '../../api/documents/document-service';
import { clientAddressOf, createTokenBuckets } from '../../api/rate-limit';

/** Issue 13: the rate limits' buckets, and the cache that spares /verify a re-read of the PDF. */
describe('token buckets per client address', () => {
  it('lets a burst of the minute’s allowance through, then says how long to wait, and refills', () => {
    let now = 0;
    const buckets = createTokenBuckets(6, () => now);
    for (let i = 0; i < 6; i++) expect(buckets.take('10.0.0.1')).toBe(0);
    expect(buckets.take('10.0.0.1')).toBe(10); // one token every 10 s
    expect(buckets.wait('10.0.0.1')).toBe(10);
    expect(buckets.take('10.0.0.2')).toBe(0); // another address has its own bucket
    now += 10_000;
    expect(buckets.take('10.0.0.1')).toBe(0);
    expect(buckets.take('10.0.0.1')).toBe(10);
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped one by its IPv4 address', () => {
    const from = (ip: string) => clientAddressOf({ ip, socket: {} } as Request);
    expect(from('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(from('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(from('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(from('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(from('203.0.113.7')).toBe('203.0.113.7');
  });
});

describe('verification results kept per code', () => {
  const report = (code: string): VerificationReport => ({
    code,
    intact: true,
    signatureValid: true,
    title: 'Biên bản vi phạm hành chính',
    issuedBy: 'Công an xã',
    signedAt: null,
    revision: 1,
    superseded: false,
    checkedAt: new Date(0).toISOString(),
  });
  const code = '7K2M-9QXD-4A6B';

  it('checks a code once per period, however it is written, and concurrent scans share the check', async () => {
    let now = 0;
    const checked: string[] = [];
    const verify = cacheVerifications(
      async (asked) => {
        checked.push(asked);
        return report(asked);
      },
      60,
      () => now,
    );
    await Promise.all([verify(code), verify(code.toLowerCase()), verify(code.replaceAll('-', ''))]);
    now += 59_000;
    await verify(code);
    expect(checked).toEqual([code]);
    now += 2_000;
    await verify(code);
    expect(checked).toEqual([code, code]);
  });

  it('keeps neither a code that leads nowhere nor a check that failed, and caches nothing with 0 s', async () => {
    const checked: string[] = [];
    let found = false;
    let fail = true;
    const verify = cacheVerifications(async (asked) => {
      checked.push(asked);
      if (fail) throw new Error('MinIO unreachable');
      return found ? report(asked) : undefined;
    }, 60);
    await expect(verify(code)).rejects.toThrow('MinIO unreachable');
    fail = false;
    await expect(verify(code)).resolves.toBeUndefined();
    found = true;
    await expect(verify(code)).resolves.toMatchObject({ code });
    expect(checked).toHaveLength(3);

    const uncached: string[] = [];
    const never = cacheVerifications(async (asked) => (uncached.push(asked), report(asked)), 0);
    await never(code);
    await never(code);
    expect(uncached).toHaveLength(2);
  });
});
