import compression from 'compression';
import express, { type Express } from 'express';
import type { PayloadCodec } from '@temporalio/common';
import type { Sql } from 'postgres';
import type { Env } from '../config/env';
import { processLogger, reportTo, type Logger } from '../config/logger';
import type { AuthConfig } from '../domain/schemas/auth';
import type { UnitTree } from '../store/unit-tree';
import type { Guard } from './access/guard';
import { auditTrail } from './audit/audit-trail';
import type { AuditWriter } from './audit/audit-writer';
import { authenticate, type TokenVerifier } from './auth/authenticate';
import { bearerOrDevCodecSession } from './auth/dev-session-cookies';
import type { DevIssuer } from './auth/dev-issuer';
import { authConfigRoutes } from './routes/auth-config';
import { codecRoutes } from './routes/codec';
import { devSessionRoutes } from './routes/dev-session';
import type { DocumentService } from './documents/document-service';
import { evidenceReporter } from './documents/evidence-faults';
import { cacheVerifications } from './documents/verification-cache';
import type { DossierService } from './dossiers/dossier-service';
import { ApiError, errorHandler, notFound } from './errors';
import { idempotency } from './idempotency';
import { readJsonBody } from './read-json-body';
import { createTokenBuckets, limitPerAddress } from './rate-limit';
import { calendarRoutes } from './routes/calendar';
import { docsRoutes } from './routes/docs';
import { documentRoutes } from './routes/documents';
import { dossierHistoryRoutes } from './routes/dossier-history';
import { dossierRoutes } from './routes/dossiers';
import { healthRoutes, type ReadinessCheck } from './routes/health';
import { inboxRoutes } from './routes/inbox';
import { createApiMetrics, metricsRoutes } from './metrics';
import { logRequests } from './request-log';
import { routePatternsOf } from './route-patterns';
import { meRoutes } from './routes/me';
import { unitRoutes } from './routes/units';
import { provinceRoutes } from './routes/provinces';
import { supervisionRoutes } from './routes/supervision';
import { verifyRoutes } from './routes/verify';
import { noStore, securityHeaders } from './security-headers';
import { webConsole } from './web-console';

export interface AppDeps {
  dossiers: DossierService;
  documents: DocumentService;
  sql: Sql;
  units: UnitTree;
  guard: Guard;
  verifyToken: TokenVerifier;
  /** How the console signs in: told to it by `GET /api/v1/auth/config`. */
  authConfig: AuthConfig;
  readiness: Record<string, ReadinessCheck>;
  /** Keeps the audit rows through a PostgreSQL outage (api/audit/audit-writer.ts). */
  audit: AuditWriter;
  publicUrl: string;
  /** The console's build, served at `/` (api/web-console.ts). */
  webConsoleDir?: string;
  /** In development only: the demo users' sign-in (api/routes/dev-session.ts). */
  devIssuer?: DevIssuer;
  /** The payload codecs of the API's Temporal client, which the Temporal UI decodes through (api/routes/codec.ts). */
  payloadCodecs: readonly PayloadCodec[];
  /** TEMPORAL_UI_ORIGIN: the Temporal UI, the one browser origin the codec server answers. */
  temporalUiOrigin?: string;
  /** The structured log (config/logger.ts): one line per request, and the failures. */
  logger?: Logger;
  /** The HTTP edge's settings (config/env.ts): rate limits, the verification cache, the proxies believed. */
  edge: Pick<
    Env,
    'RATE_LIMIT_VERIFY_PER_MINUTE' | 'RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE' | 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE' | 'VERIFY_CACHE_SECONDS' | 'API_TRUST_PROXY' | 'METRICS_TOKEN'
  >;
}

export function createApp({ dossiers, documents, sql, units, guard, verifyToken, authConfig, readiness, audit, publicUrl, webConsoleDir, devIssuer, payloadCodecs, temporalUiOrigin, logger = processLogger, edge }: AppDeps): Express {
  const app = express();
  const metrics = createApiMetrics({ auditBacklog: audit.backlog });
  const reportEvidence = evidenceReporter(logger, metrics);
  app.disable('x-powered-by');
  if (edge.API_TRUST_PROXY !== undefined) app.set('trust proxy', edge.API_TRUST_PROXY);
  app.use(securityHeaders({ publicUrl, ...(authConfig.mode === 'oidc' ? { oidcAuthority: authConfig.authority } : {}) }));
  // Before everything that answers: a request refused by any of them is logged and counted too.
  app.use(logRequests({ logger, metrics, routeOf: routePatternsOf(app.router) }));
  app.use(metricsRoutes(metrics, edge.METRICS_TOKEN));
  app.use(healthRoutes(readiness, audit.backlog));
  if (webConsoleDir) app.use(webConsole(webConsoleDir));
  // Answers of 1 KB or more go out compressed to a client that takes it: an inbox page is ~30 KB of JSON, ~4 KB
  // gzipped, on a 1.6 Mbit/s commune link. PDFs and .xlsx files are compressed already and go as they are.
  app.use('/api', compression());
  app.use(
    '/api/v1/verify',
    limitPerAddress(createTokenBuckets(edge.RATE_LIMIT_VERIFY_PER_MINUTE)),
    verifyRoutes({ verify: cacheVerifications(documents.verify, edge.VERIFY_CACHE_SECONDS), report: reportEvidence }),
  );
  // Requests with a token are not counted here: a refused one counts in authenticate's own limit.
  app.use(
    '/api',
    limitPerAddress(
      createTokenBuckets(edge.RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE),
      (req) => !req.get('authorization'),
      (req) => {
        if (req.originalUrl.startsWith('/api/v1/')) audit.countRateLimited();
      },
    ),
  );
  app.use('/api', docsRoutes(publicUrl));
  // Before the body is read and before authentication: a request refused for its body or for want of a valid token is
  // audited too. After the limit on unauthenticated requests, whose refusals the audit counts instead (docs/decisions/0006).
  app.use('/api/v1', auditTrail(audit));
  app.use('/api/v1', readJsonBody());
  // Without the development issuer (AUTH_MODE=oidc) the sign-in does not exist, for any caller, token or not.
  app.use('/api/v1/dev', devIssuer ? devSessionRoutes(devIssuer) : (_req, _res, next) => next(notFound()));
  app.use('/api/v1/auth/config', authConfigRoutes(authConfig));
  const bearer = authenticate(verifyToken, createTokenBuckets(edge.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE));
  // Before bearer authentication: the Temporal UI's CORS preflight carries no token, and in development the UI
  // authenticates with the console's sign-in cookie instead (docs/decisions/0010-payload-encryption.md).
  app.use(
    '/api/v1/codec',
    codecRoutes({
      codecs: payloadCodecs,
      guard,
      authenticate: devIssuer ? bearerOrDevCodecSession(bearer, devIssuer) : bearer,
      uiOrigin: temporalUiOrigin,
      credentials: devIssuer !== undefined,
    }),
  );
  app.use('/api/v1', bearer);
  app.use('/api/v1', noStore);
  app.use('/api/v1', idempotency(sql, reportTo(logger)));
  app.use('/api/v1/dossiers/:id/documents', documentRoutes(documents, reportEvidence));
  app.use('/api/v1/dossiers/:id/history', dossierHistoryRoutes({ dossiers, sql }));
  app.use('/api/v1/dossiers', dossierRoutes({ dossiers, guard, units, sql }));
  app.use('/api/v1/inbox', inboxRoutes({ sql, guard }));
  app.use('/api/v1/me', meRoutes({ units }));
  app.use('/api/v1', supervisionRoutes({ sql, guard, units }));
  app.use('/api/v1/units', unitRoutes({ sql, guard }));
  app.use('/api/v1/provinces', provinceRoutes({ sql, guard, units }));
  app.use('/api/v1/admin/calendar', calendarRoutes({ sql, guard }));
  app.use((_req, _res, next) => next(new ApiError(404, 'not-found', 'Không tìm thấy.')));
  app.use(errorHandler(reportTo(logger)));
  return app;
}
