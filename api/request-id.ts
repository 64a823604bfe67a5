import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

// A caller's id is kept only if it cannot smuggle anything into logs.
const CallerRequestId = /^[\w.:-]{1,128}$/;

/**
 * The request's id: the caller's `X-Request-Id` if it is a plain token, else a new UUID; echoed in `X-Request-Id`
 * and written to the log line and the audit row. The first call assigns it, later ones return it.
 */
export function assignRequestId(req: Request, res: Response): string {
  const assigned = res.locals.requestId as string | undefined;
  if (assigned) return assigned;
  const offered = req.get('x-request-id');
  const requestId = offered && CallerRequestId.test(offered) ? offered : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('X-Request-Id', requestId);
  return requestId;
}
