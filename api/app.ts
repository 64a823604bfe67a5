import express, { type Express } from 'express';
import type { Sql } from 'postgres';
import { authenticate, type TokenVerifier } from './auth/authenticate';
import type { DocumentService } from './documents/document-service';
import type { DossierService } from './dossiers/dossier-service';
import { ApiError, errorHandler } from './errors';
import { calendarRoutes } from './routes/calendar';
import { docsRoutes } from './routes/docs';
import { documentRoutes } from './routes/documents';
import { dossierRoutes } from './routes/dossiers';
import { healthRoutes, type ReadinessCheck } from './routes/health';
import { verifyRoutes } from './routes/verify';

export interface AppDeps {
  dossiers: DossierService;
  documents: DocumentService;
  sql: Sql;
  verifyToken: TokenVerifier;
  readiness: Record<string, ReadinessCheck>;
  publicUrl: string;
  log?: (message: string, error: unknown) => void;
}

export function createApp({ dossiers, documents, sql, verifyToken, readiness, publicUrl, log = console.error }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use(healthRoutes(readiness));
  app.use('/api', docsRoutes(publicUrl));
  app.use('/api/v1/verify', verifyRoutes(documents));
  app.use('/api/v1', authenticate(verifyToken));
  app.use('/api/v1/dossiers/:id/documents', documentRoutes(documents));
  app.use('/api/v1/dossiers', dossierRoutes(dossiers));
  app.use('/api/v1/admin/calendar', calendarRoutes({ sql, broadcast: dossiers.broadcastCalendar }));
  app.use((_req, _res, next) => next(new ApiError(404, 'not-found', 'Không tìm thấy.')));
  app.use(errorHandler(log));
  return app;
}
