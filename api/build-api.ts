import type { Client, Connection } from '@temporalio/client';
import type { Client as MinioClient } from 'minio';
import type { Sql } from 'postgres';
import { DEV_ISSUER_ALGORITHM, type Env } from '../config/env';
import type { Logger } from '../config/logger';
import { trustAnchorsOf } from '../config/signing';
import { createUnitTree } from '../store/unit-tree';
import { createGuard } from './access/guard';
import { createApp } from './app';
import { authConfigOf } from './auth/auth-config';
import { createTokenVerifier, type TokenVerifierOptions } from './auth/authenticate';
import type { AuditWriter } from './audit/audit-writer';
import type { DevIssuer } from './auth/dev-issuer';
import { createMinioArchiveReader } from './documents/archive-reader';
import { createDocumentService } from './documents/document-service';
import { createDossierService } from './dossiers/dossier-service';

export interface ApiConnections {
  env: Env;
  sql: Sql;
  minio: MinioClient;
  temporal: { client: Client; connection: Connection };
  jwks: TokenVerifierOptions['jwks'];
  publicUrl: string;
  /** The audit rows' writer, which the caller closes after the last answer (api/main.ts). */
  audit: AuditWriter;
  /** With AUTH_MODE=dev: the issuer of the demo users' sessions. */
  devIssuer?: DevIssuer;
  /** Where the API logs (config/logger.ts); the harness gives the tests a quiet one. */
  logger?: Logger;
}

/** The API on its services: what api/main.ts serves and what the tests call. */
export async function buildApi({ env, sql, minio, temporal, jwks, publicUrl, audit, devIssuer, logger }: ApiConnections) {
  const units = createUnitTree(sql);
  const guard = createGuard(units);
  const dossiers = createDossierService({ temporal: temporal.client, taskQueue: env.TEMPORAL_TASK_QUEUE, guard, sql, units });
  const documents = createDocumentService({
    sql,
    archive: createMinioArchiveReader(minio, env.MINIO_BUCKET),
    dossiers,
    trustAnchors: await trustAnchorsOf(env),
  });
  return createApp({
    dossiers,
    documents,
    sql,
    units,
    guard,
    verifyToken: createTokenVerifier({
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      jwks,
      algorithms: env.AUTH_MODE === 'dev' ? [DEV_ISSUER_ALGORITHM] : env.AUTH_ALGORITHMS,
      maxTokenAgeSeconds: env.AUTH_MAX_TOKEN_AGE_SECONDS,
      clockToleranceSeconds: env.AUTH_CLOCK_TOLERANCE_SECONDS,
    }),
    authConfig: authConfigOf(env),
    audit,
    readiness: {
      postgres: async () => void (await sql`SELECT 1`),
      temporal: async () => void (await temporal.connection.workflowService.getSystemInfo({})),
      minio: async () => {
        if (!(await minio.bucketExists(env.MINIO_BUCKET))) throw new Error(`bucket ${env.MINIO_BUCKET} missing`);
      },
    },
    publicUrl,
    edge: env,
    payloadCodecs: temporal.client.options.loadedDataConverter.payloadCodecs,
    ...(env.TEMPORAL_UI_ORIGIN ? { temporalUiOrigin: env.TEMPORAL_UI_ORIGIN } : {}),
    ...(env.WEB_CONSOLE_DIR ? { webConsoleDir: env.WEB_CONSOLE_DIR } : {}),
    ...(env.AUTH_MODE === 'dev' && devIssuer ? { devIssuer } : {}),
    ...(logger ? { logger } : {}),
  });
}
