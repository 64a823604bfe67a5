import { connectMinio, connectPostgres, connectTemporal } from '../config/connect';
import { loadEnvOrExit, publicUrlOf } from '../config/env';
import { createLogger, processLogger, reportTo } from '../config/logger';
import { surviveStrayErrors } from '../config/stray-errors';
import { createAuditWriter } from './audit/audit-writer';
import { buildApi } from './build-api';
import { createCalendarBroadcaster, signalCalendarThrough } from './calendar/calendar-broadcaster';

async function main() {
  const env = loadEnvOrExit();
  const logger = createLogger({ name: 'hoso-api', level: env.LOG_LEVEL });
  surviveStrayErrors('api', reportTo(logger));
  const sql = connectPostgres(env);
  const temporal = await connectTemporal(env);
  // Imported only in dev mode: the production image does not contain the development issuer.
  const devIssuer = env.AUTH_MODE === 'dev' ? await (await import('./auth/dev-issuer')).loadDevIssuer(env.AUTH_DEV_KEY_FILE, env.AUTH_ISSUER, env.AUTH_AUDIENCE) : undefined;
  const jwks = devIssuer ? devIssuer.jwks : new URL(env.AUTH_JWKS_URL as string);
  const publicUrl = publicUrlOf(env);
  // Rows left in the spool by the last run are replayed from here on.
  const audit = await createAuditWriter(sql, {
    spoolDir: env.AUDIT_SPOOL_DIR,
    queueLimit: env.AUDIT_QUEUE_LIMIT,
    durableWaitMs: env.AUDIT_DURABLE_WAIT_MS,
    report: reportTo(logger),
  });
  const app = await buildApi({ env, sql, minio: connectMinio(env), temporal, jwks, publicUrl, audit, logger, ...(devIssuer ? { devIssuer } : {}) });
  // Calendar changes still to be signalled, left by any replica, are sent from here on.
  const calendarBroadcaster = createCalendarBroadcaster({ sql, signal: signalCalendarThrough(temporal.client), report: reportTo(logger) });
  calendarBroadcaster.start();
  const server = app.listen(env.API_PORT, () => logger.info({ publicUrl, port: env.API_PORT }, 'hoso API listening'));
  const shutdown = () => {
    server.close(async () => {
      // Rows still queued (of requests their clients left) go to PostgreSQL, or to the spool, before the pool closes.
      await audit.close();
      await calendarBroadcaster.stop();
      await Promise.allSettled([sql.end(), temporal.connection.close()]);
      process.exit(0);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error) => {
  processLogger.fatal({ err: error }, 'hoso API could not start');
  process.exit(1);
});
