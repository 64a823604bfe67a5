import express, { type Express } from 'express';
import type { Sql } from 'postgres';
import { authenticate, type TokenVerifier } from './auth/authenticate';
import type { DossierService } from './dossiers/dossier-service';
import { ApiError, errorHandler } from './errors';
import { calendarRoutes } from './routes/calendar';
import { docsRoutes } from './routes/docs';
import { dossierRoutes } from './routes/dossiers';
import { healthRoutes, type ReadinessCheck } from './routes/health';

export interface AppDeps {
  dossiers: DossierService;
  sql: Sql;
  verifyToken: TokenVerifier;
  readiness: Record<string, ReadinessCheck>;
  publicUrl: string;
  log?: (message: string, error: unknown) => void;
}

export function createApp({ dossiers, sql, verifyToken, readiness, publicUrl, log = console.error }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use(healthRoutes(readiness));
  app.use('/api', docsRoutes(publicUrl));
  app.use('/api/v1', authenticate(verifyToken));
  app.use('/api/v1/dossiers', dossierRoutes(dossiers));
  app.use('/api/v1/admin/calendar', calendarRoutes({ sql, broadcast: dossiers.broadcastCalendar }));
  app.use((_req, _res, next) => next(new ApiError(404, 'not-found', 'Không tìm thấy.')));
  app.use(errorHandler(log));
  return app;
}
