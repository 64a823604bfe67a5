import { connectMinio, connectPostgres, connectTemporal } from '../config/connect';
import { loadEnvOrExit, publicUrlOf } from '../config/env';
import { surviveStrayErrors } from '../config/stray-errors';
import { auditAppendsSettled } from '../store/audit-log';
import { loadDevIssuer } from './auth/dev-issuer';
import { buildApi } from './build-api';

async function main() {
  const env = loadEnvOrExit();
  surviveStrayErrors('api');
  const sql = connectPostgres(env);
  const temporal = await connectTemporal(env);
  const devIssuer = env.AUTH_MODE === 'dev' ? await loadDevIssuer(env.AUTH_DEV_KEY_FILE, env.AUTH_ISSUER, env.AUTH_AUDIENCE) : undefined;
  const jwks = devIssuer ? devIssuer.jwks : new URL(env.AUTH_JWKS_URL as string);
  const publicUrl = publicUrlOf(env);
  const app = await buildApi({ env, sql, minio: connectMinio(env), temporal, jwks, publicUrl, ...(devIssuer ? { devIssuer } : {}) });
  const server = app.listen(env.API_PORT, () => console.log(`hoso API listening on ${publicUrl}`));
  const shutdown = () => {
    server.close(async () => {
      // Audit rows are appended after each answer: let the last ones land before the pool closes.
      await auditAppendsSettled(sql);
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
