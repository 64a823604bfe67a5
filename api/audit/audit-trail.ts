import type { Request, RequestHandler, Response } from 'express';
import type { AuditOutcome } from '../../store/audit-log';
import type { Principal } from '../auth/claims';
import type { AuditWriter } from './audit-writer';
import { describeApiRequest } from './describe-api-request';
import { assignRequestId } from '../request-id';
import { processLogger, reportTo } from '../../config/logger';

/** What a request did, in the audit's words; ids only, never a person's data. */
export interface AuditDescription {
  /** e.g. 'dossier.read', 'dossier.action.submit', 'calendar.update'. */
  action: string;
  dossierId?: string;
  /** Another id the request touched: a document id, a calendar year. */
  target?: string;
  details?: Record<string, unknown>;
}

/** Decides whether, and as what, a finished request is audited; undefined means not audited. */
export type DescribeRequest = (req: Request, res: Response) => AuditDescription | undefined;

/**
 * Lets a route describe itself precisely (and opt a request into the audit), instead of the
 * route-pattern description the middleware falls back to. Call it before answering or throwing.
 */
export function describeForAudit(res: Response, description: AuditDescription): void {
  res.locals.audit = description;
}

/** The request id of this request, as echoed in `X-Request-Id` and written to the audit. */
export function requestIdOf(res: Response): string | undefined {
  return res.locals.requestId as string | undefined;
}

/**
 * Appends one audit row for every request `describe` picks (by default: every write under /api/v1 and
 * every read of a dossier's personal data), refused ones included. Mount it before authentication, so that requests
 * refused for want of a valid token are audited too. The row is taken when the answer starts (its status is known
 * then), and the answer's bytes leave only once the row is durable: committed in PostgreSQL, or fsynced in the
 * writer's spool. A request the client leaves before it is answered is recorded as `aborted`. A row the writer cannot
 * keep is reported in the log, and never fails the answer (docs/decisions/0006-audit-trail.md).
 */
export function auditTrail(
  audit: AuditWriter,
  { describe = describeApiRequest, report = reportTo(processLogger) }: { describe?: DescribeRequest; report?: (message: string, error: unknown) => void } = {},
): RequestHandler {
  return (req, res, next) => {
    const at = new Date();
    const requestId = assignRequestId(req, res);
    const listed = countListedItems(res);
    let recorded = false;

    /** Records this request's row; undefined when it is not audited, or the writer refused it (reported). */
    function record(outcome: AuditOutcome): Promise<void> | undefined {
      recorded = true;
      let description: AuditDescription | undefined;
      try {
        description = (res.locals.audit as AuditDescription | undefined) ?? describe(req, res);
        if (!description) return undefined;
        const principal = res.locals.principal as Principal | undefined;
        const details = listed.count === undefined ? description.details : { count: listed.count, ...description.details };
        return audit.record({
          at,
          requestId,
          userId: principal?.userId ?? null,
          role: principal?.role ?? null,
          unitCode: principal?.unitCode ?? null,
          action: description.action,
          dossierId: description.dossierId ?? null,
          target: description.target ?? null,
          outcome,
          // A client that left before any answer got none: Express's default 200 would say the request succeeded.
          httpStatus: outcome === 'aborted' && !res.headersSent ? null : res.statusCode,
          ...(details ? { details } : {}),
        });
      } catch (error) {
        notAudited(report, requestId, req, description, error);
        return undefined;
      }
    }

    holdAnswerUntil(res, () => record(outcomeOf(res.statusCode)));
    // The client left before any answer. Nothing may throw out of this handler: an exception in an event handler
    // would stop the process.
    res.once('close', () => {
      if (!recorded) void record('aborted');
    });
    next();
  };
}

/**
 * Holds the answer's first bytes, and whatever is written after them, until the promise `start` returns when the
 * answer starts has resolved; then lets them go, in order. A streamed answer (a document) is paused meanwhile: its
 * writes answer `false`, and `drain` follows their release. The wrappers stay in place, passing calls through once
 * released, so that a wrapper put around them later keeps working.
 */
function holdAnswerUntil(res: Response, start: () => Promise<void> | undefined): void {
  const { write, end } = res;
  const held: (() => unknown)[] = [];
  let state: 'not-started' | 'holding' | 'passing' = 'not-started';
  let toldToWait = false;
  const passes = (): boolean => {
    if (state === 'not-started') {
      const durable = start();
      state = durable ? 'holding' : 'passing';
      void durable?.then(release);
    }
    return state === 'passing';
  };
  const release = () => {
    state = 'passing';
    let last: unknown;
    for (const call of held.splice(0)) last = call();
    // A write released here that the socket took lets the writer go on; one it did not take ends in its own `drain`.
    if (toldToWait && last !== false) res.emit('drain');
  };
  res.write = function (this: Response, ...args: unknown[]) {
    if (passes()) return Reflect.apply(write, this, args) as boolean;
    held.push(() => Reflect.apply(write, this, args));
    toldToWait = true;
    return false;
  } as Response['write'];
  res.end = function (this: Response, ...args: unknown[]) {
    if (passes()) return Reflect.apply(end, this, args) as Response;
    held.push(() => Reflect.apply(end, this, args));
    return this;
  } as Response['end'];
}

function notAudited(report: (message: string, error: unknown) => void, requestId: string, req: Request, description: AuditDescription | undefined, error: unknown): void {
  // The route pattern, not the path: a path is the caller's text.
  const what = description ? description.action : `${req.method} ${req.route?.path ?? 'request'}`;
  report(`AUDIT: could not record ${what} of request ${requestId}; it is NOT in the audit trail`, error);
}

function outcomeOf(status: number): AuditOutcome {
  if (status >= 500) return 'error';
  if (status >= 400) return 'refused';
  return 'ok';
}

/** How many items a list answered with, so the audit shows how many people's records one query exposed. */
function countListedItems(res: Response): { count?: number } {
  const listed: { count?: number } = {};
  const json = res.json.bind(res);
  res.json = (body?: unknown) => {
    const items = (body as { items?: unknown } | undefined)?.items;
    if (Array.isArray(items)) listed.count = items.length;
    return json(body);
  };
  return listed;
}
