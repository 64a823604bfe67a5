import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Sql } from 'postgres';
import { principalOf } from './auth/authenticate';
import { processLogger, reportTo } from '../config/logger';
import { ApiError } from './errors';

/** How long a key answers with its first result (as Stripe and the IETF draft suggest, a day). */
const KEY_LIFETIME = '24 hours';
/**
 * A key still in progress after this long was left by a process that died mid-request (its answer never came): the
 * next request with it takes it over, instead of being told "in progress" for a day. Longer than any request runs
 * (an action waits 25 s for its workflow); the Update carries the key, so an action the dead process began is not
 * carried out twice.
 */
const IN_PROGRESS_LEASE = '1 minute';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

interface StoredResult {
  requestHash: string;
  status: number | null;
  /** The answer's JSON text (db/migrations/008). */
  response: string | null;
  location: string | null;
}

/**
 * `Idempotency-Key` on a POST (draft-ietf-httpapi-idempotency-key-header): the first request with a key acts
 * and its answer is kept; a retry with the same key and body gets that answer again (`Idempotent-Replayed: true`)
 * instead of acting twice. The same key with another body is refused (422), one still being processed answers
 * 409 (for a minute at most: then it was abandoned). A 5xx is not kept, so the retry acts. Keys belong to the user who sent them.
 */
export function idempotency(sql: Sql, report: (message: string, error: unknown) => void = reportTo(processLogger)) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = req.get('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next();
    if (!KEY_FORMAT.test(key)) {
      return next(new ApiError(400, 'invalid-idempotency-key', 'Idempotency-Key phải gồm 1–255 ký tự ASCII in được.'));
    }
    const { userId } = principalOf(res);
    const requestHash = createHash('sha256').update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`).digest('hex');

    // An expired key, or one abandoned in progress, is taken over by the new request.
    const claimed = await sql`
      INSERT INTO idempotency_keys (user_id, key, method, path, request_hash)
      VALUES (${userId}, ${key}, ${req.method}, ${req.originalUrl}, ${requestHash})
      ON CONFLICT (user_id, key) DO UPDATE SET
        method = excluded.method, path = excluded.path, request_hash = excluded.request_hash,
        status = NULL, response = NULL, location = NULL, created_at = now()
      WHERE idempotency_keys.created_at < now() - ${KEY_LIFETIME}::interval
         OR (idempotency_keys.status IS NULL AND idempotency_keys.created_at < now() - ${IN_PROGRESS_LEASE}::interval)
      RETURNING key`;
    if (Math.random() < 0.001) void sql`DELETE FROM idempotency_keys WHERE created_at < now() - ${KEY_LIFETIME}::interval`.catch(() => undefined);
    if (!claimed.length) return replay(await storedResult(sql, userId, key), requestHash, res, next);

    // Keep the answer before it leaves, so a retry that arrives right after it finds it. A 5xx is not kept.
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode >= 500) return send(body);
      sql`
        UPDATE idempotency_keys SET status = ${res.statusCode}, response = ${JSON.stringify(body)},
               location = ${(res.get('location') as string | undefined) ?? null}
        WHERE user_id = ${userId} AND key = ${key}`.then(
        () => send(body),
        (error: unknown) => {
          report(`idempotency key of request ${String(res.locals.requestId)} not kept`, error);
          send(body);
        },
      );
      return res;
    };
    // An answer not kept (a 5xx, or one that is not JSON) releases the key, so that the retry acts.
    res.on('finish', () => {
      void sql`DELETE FROM idempotency_keys WHERE user_id = ${userId} AND key = ${key} AND status IS NULL`.catch(() => undefined);
    });
    next();
  };
}

async function storedResult(sql: Sql, userId: string, key: string): Promise<StoredResult | undefined> {
  const [row] = await sql<StoredResult[]>`
    SELECT request_hash AS "requestHash", status, response, location FROM idempotency_keys WHERE user_id = ${userId} AND key = ${key}`;
  return row;
}

function replay(stored: StoredResult | undefined, requestHash: string, res: Response, next: NextFunction): void {
  if (!stored || stored.status === null) {
    res.set('Retry-After', '1');
    return next(new ApiError(409, 'idempotency-in-progress', 'Yêu cầu với Idempotency-Key này đang được xử lý; thử lại sau.'));
  }
  if (stored.requestHash !== requestHash) {
    return next(
      new ApiError(422, 'idempotency-key-reused', 'Idempotency-Key này đã dùng cho một yêu cầu khác.', 'Use a new key for a different request.'),
    );
  }
  if (stored.location) res.location(stored.location);
  res.set('Idempotent-Replayed', 'true').status(stored.status);
  res.type(stored.status >= 400 ? 'application/problem+json' : 'application/json').send(stored.response ?? 'null');
}
