import type { RequestHandler } from 'express';
import type { Logger } from '../config/logger';
import type { Principal } from './auth/claims';
import type { ApiMetrics } from './metrics';
import { assignRequestId } from './request-id';

/**
 * One log line and one observation in the metrics per request, once its answer is sent or the client left: the
 * request id, method, route pattern (never the path or query, which can carry what a caller typed), status,
 * duration, and who asked by user id and role. Never a name, an ID number or a body.
 */
export function logRequests({ logger, metrics, routeOf }: { logger: Logger; metrics: ApiMetrics; routeOf: (path: string) => string }): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = assignRequestId(req, res);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req.originalUrl);
      const principal = res.locals.principal as Principal | undefined;
      metrics.observeRequest(req.method, route, res.statusCode, seconds);
      logger[res.statusCode >= 500 ? 'warn' : 'info'](
        {
          requestId,
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1000),
          ...(principal ? { userId: principal.userId, role: principal.role } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
    });
    next();
  };
}
