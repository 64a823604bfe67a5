import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AuditBacklog } from './audit/audit-writer';
import type { EvidenceFault } from './documents/archive-reader';
import { ApiError } from './errors';

/**
 * The API's Prometheus metrics, in a registry of its own (each app its own, as in the tests): requests and their
 * latency by method, route pattern and status, the audit rows not yet in PostgreSQL, and the process's own
 * (CPU, memory, event loop lag, garbage collection). docs/operations.md says what to alert on.
 */
export function createApiMetrics({ auditBacklog }: { auditBacklog: () => AuditBacklog }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'hoso_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames, registers: [registry] });
  const latency = new Histogram({
    name: 'hoso_http_request_duration_seconds',
    help: 'Time from the request to the end of its answer, by route pattern and status',
    labelNames,
    // An Update waits for its workflow task and projection (~50–300 ms); a PDF download on a slow link, seconds.
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: 'hoso_audit_backlog_rows',
    help: 'Audit rows not yet in PostgreSQL: waiting in memory, or spooled on disk during an outage',
    labelNames: ['where'] as const,
    registers: [registry],
    collect() {
      const { queued, spooled } = auditBacklog();
      this.set({ where: 'memory' }, queued);
      this.set({ where: 'spool' }, spooled);
    },
  });
  const evidence = new Counter({
    name: 'hoso_evidence_unreadable_total',
    help: 'Archived documents that could not be shown as issued: damaged, missing, or the archive unavailable; by where it was seen',
    labelNames: ['state', 'during'] as const,
    registers: [registry],
  });
  return {
    registry,
    /** A verification or a download found an archived document damaged, missing, or out of reach. */
    countUnreadableEvidence(state: EvidenceFault, during: 'verify' | 'download'): void {
      evidence.inc({ state, during });
    },
    observeRequest(method: string, route: string, status: number, seconds: number): void {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
  };
}

export type ApiMetrics = ReturnType<typeof createApiMetrics>;

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * `GET /metrics`, outside /api/v1 and its tokens: for a scraper on this machine (the client address, as API_TRUST_PROXY
 * lets the API see it), or anywhere with `Authorization: Bearer <METRICS_TOKEN>`. Anyone else gets 403: the figures
 * hold no personal data, but they tell how busy each office is.
 */
export function metricsRoutes(metrics: ApiMetrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!LOOPBACK.test(req.ip ?? '') && !bearerMatches(req.get('authorization'), token)) {
      throw new ApiError(403, 'metrics-forbidden', 'Chỉ máy chủ giám sát mới được đọc số liệu vận hành.', 'Scrape from loopback, or with the METRICS_TOKEN bearer token.');
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

function bearerMatches(authorization: string | undefined, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith('Bearer ')) return false;
  // Equal-length digests, so that the comparison takes the same time whatever was sent.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(authorization.slice('Bearer '.length)), digest(token));
}
