import { Router } from 'express';
import type { AuditBacklog } from '../audit/audit-writer';

export type ReadinessCheck = () => Promise<void>;

/**
 * `/healthz`: the process answers. `/readyz`: every dependency answers. It also reports the audit rows not yet in
 * PostgreSQL: a backlog leaves the API ready, `degraded` (docs/decisions/0006-audit-trail.md), since the rows are
 * kept on disk and taking the API out of service would not write them sooner.
 */
export function healthRoutes(checks: Record<string, ReadinessCheck>, auditBacklog?: () => AuditBacklog): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), 3000);
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, error instanceof Error ? error.message : String(error)] as const;
        }
      }),
    );
    const ready = results.every(([, status]) => status === 'ok');
    const backlog = auditBacklog?.();
    const waiting = backlog ? backlog.queued + backlog.spooled : 0;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not-ready',
      checks: Object.fromEntries(results),
      ...(backlog ? { auditBacklog: { ...backlog, total: waiting } } : {}),
      ...(backlog && backlog.spooled > 0 ? { degraded: [`audit: ${backlog.spooled} rows spooled on disk, waiting for PostgreSQL`] } : {}),
    });
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
