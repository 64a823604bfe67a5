import { connectMinio, connectPostgres, connectTemporal } from '../config/connect';
import { loadEnvOrExit, publicUrlOf } from '../config/env';
import { surviveStrayErrors } from '../config/stray-errors';
import { createAuditWriter } from './audit/audit-writer';
import { buildApi } from './build-api';

async function main() {
  const env = loadEnvOrExit();
  surviveStrayErrors('api');
  const sql = connectPostgres(env);
  const temporal = await connectTemporal(env);
  // Imported only in dev mode: the production image does not contain the development issuer.
  const devIssuer = env.AUTH_MODE === 'dev' ? await (await import('./auth/dev-issuer')).loadDevIssuer(env.AUTH_DEV_KEY_FILE, env.AUTH_ISSUER, env.AUTH_AUDIENCE) : undefined;
  const jwks = devIssuer ? devIssuer.jwks : new URL(env.AUTH_JWKS_URL as string);
  const publicUrl = publicUrlOf(env);
  // Rows left in the spool by the last run are replayed from here on.
  const audit = await createAuditWriter(sql, { spoolDir: env.AUDIT_SPOOL_DIR, queueLimit: env.AUDIT_QUEUE_LIMIT });
  const app = await buildApi({ env, sql, minio: connectMinio(env), temporal, jwks, publicUrl, audit, ...(devIssuer ? { devIssuer } : {}) });
  const server = app.listen(env.API_PORT, () => console.log(`hoso API listening on ${publicUrl}`));
  const shutdown = () => {
    server.close(async () => {
      // Audit rows are appended after each answer: the last ones go to PostgreSQL, or to the spool, before the pool closes.
      await audit.close();
      await Promise.allSettled([sql.end(), temporal.connection.close()]);
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
