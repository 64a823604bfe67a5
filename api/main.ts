import { connectMinio, connectPostgres, connectTemporal } from '../config/connect';
import { loadEnvOrExit, publicUrlOf } from '../config/env';
import { createApp } from './app';
import { createTokenVerifier } from './auth/authenticate';
import { loadDevIssuer } from './auth/dev-issuer';
import { createDossierService } from './dossiers/dossier-service';
import { createDocumentService } from './documents/document-service';
import { createMinioDocumentStore } from '../activities/documents/document-store';
import { trustAnchorsOf } from '../config/signing';
import { createUnitTree } from '../store/unit-tree';

async function main() {
  const env = loadEnvOrExit();
  const sql = connectPostgres(env);
  const minio = connectMinio(env);
  const { connection, client } = await connectTemporal(env);
  const jwks =
    env.AUTH_MODE === 'oidc'
      ? new URL(env.AUTH_JWKS_URL as string)
      : (await loadDevIssuer(env.AUTH_DEV_KEY_FILE, env.AUTH_ISSUER, env.AUTH_AUDIENCE)).jwks;
  const publicUrl = publicUrlOf(env);
  const dossiers = createDossierService({ temporal: client, taskQueue: env.TEMPORAL_TASK_QUEUE, units: createUnitTree(sql), sql });
  const documents = createDocumentService({
    sql,
    store: createMinioDocumentStore(minio, env.MINIO_BUCKET),
    dossiers,
    trustAnchors: await trustAnchorsOf(env),
  });
  const app = createApp({
    dossiers,
    documents,
    sql,
    verifyToken: createTokenVerifier({ issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, jwks }),
    readiness: {
      postgres: async () => void (await sql`SELECT 1`),
      temporal: async () => void (await connection.workflowService.getSystemInfo({})),
      minio: async () => {
        if (!(await minio.bucketExists(env.MINIO_BUCKET))) throw new Error(`bucket ${env.MINIO_BUCKET} missing`);
      },
    },
    publicUrl,
  });
  const server = app.listen(env.API_PORT, () => console.log(`hoso API listening on ${publicUrl}`));
  const shutdown = () => {
    server.close(async () => {
      await Promise.allSettled([sql.end(), connection.close()]);
      process.exit(0);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
