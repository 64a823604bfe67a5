import { isIPv6 } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './errors';

/** More client addresses than this are not remembered: the fullest buckets (the ones that matter least) go first. */
const MAX_ADDRESSES = 100_000;

/**
 * A token bucket per client address, in this process's memory: `perMinute` requests a minute, in bursts of up to as
 * many. With several API replicas each counts alone, so a client gets up to the limit times the replicas; the limits
 * are there to stop floods, not to meter anyone exactly. Nothing is kept for an address whose bucket is full.
 */
export function createTokenBuckets(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;

  const level = (key: string) => {
    const bucket = buckets.get(key);
    return bucket ? Math.min(perMinute, bucket.tokens + (now() - bucket.at) * refillPerMs) : perMinute;
  };
  /** Seconds until the address has a token again; 0 when it has one now. */
  const wait = (key: string) => {
    const tokens = level(key);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / refillPerMs / 1000);
  };

  function forgetFullBuckets() {
    for (const key of buckets.keys()) if (level(key) >= perMinute) buckets.delete(key);
    // Still too many (a flood from ever new addresses): the oldest go.
    for (const key of buckets.keys()) {
      if (buckets.size <= MAX_ADDRESSES / 2) break;
      buckets.delete(key);
    }
  }

  return {
    wait,
    /** Takes a token if the address has one; answers as `wait` did before. */
    take(key: string): number {
      const waitFor = wait(key);
      if (waitFor) return waitFor;
      const tokens = level(key) - 1;
      buckets.delete(key); // re-inserted last: the Map's order is then the order of use
      buckets.set(key, { tokens, at: now() });
      if (buckets.size > MAX_ADDRESSES) forgetFullBuckets();
      return 0;
    },
  };
}

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;

/** 429 as a problem, with the seconds to wait in Retry-After (RFC 9110 §10.2.3). */
export function rateLimited(retryAfterSeconds: number): ApiError {
  return new ApiError(
    429,
    'rate-limited',
    'Quá nhiều yêu cầu từ địa chỉ này; vui lòng thử lại sau ít phút.',
    `Too many requests from this address; retry after ${retryAfterSeconds} s.`,
    {},
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/**
 * The client's address as the rate limits count it: Express's `req.ip` (which believes X-Forwarded-For only from the
 * proxies API_TRUST_PROXY names). An IPv6 client counts by its /64, the block one subscriber is given, so that it
 * cannot step around a limit by changing the last bits.
 */
export function clientAddressOf(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (address.startsWith('::ffff:') || !isIPv6(address)) return address.replace(/^::ffff:/, '');
  const [head = '', tail = ''] = address.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back] : front;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/**
 * Middleware: takes a token for the request's address from `buckets`, or answers 429; `counts` says which requests
 * count, and `refused` hears of each request answered 429.
 */
export function limitPerAddress(buckets: TokenBuckets, counts: (req: Request) => boolean = () => true, refused: (req: Request) => void = () => undefined) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!counts(req)) return next();
    const wait = buckets.take(clientAddressOf(req));
    if (wait) refused(req);
    next(wait ? rateLimited(wait) : undefined);
  };
}
