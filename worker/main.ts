import { NativeConnection, type Worker } from '@temporalio/worker';
import { loadAuditAnchorKey } from '../config/audit-anchor-key';
import { connectMinio, connectPostgres } from '../config/connect';
import { ConfigError, loadEnvOrExit } from '../config/env';
import { createLogger, processLogger, reportTo } from '../config/logger';
import { temporalConnectionOptions } from '../config/temporal-connection';
import { surviveStrayErrors } from '../config/stray-errors';
import { anchorAuditHeadEvery } from './audit-anchoring';
import { installTemporalRuntime } from './temporal-runtime';
import { createDocumentWorker, createWorkflowWorker } from './workers';

async function main() {
  const env = loadEnvOrExit();
  const logger = createLogger({ name: 'hoso-worker', level: env.LOG_LEVEL });
  surviveStrayErrors('worker', reportTo(logger));
  // Before the first connection, which would install a default runtime.
  installTemporalRuntime({ logger, ...(env.WORKER_METRICS_ADDRESS ? { metricsAddress: env.WORKER_METRICS_ADDRESS } : {}) });
  const sql = connectPostgres(env);
  const connection = await NativeConnection.connect(temporalConnectionOptions(env));
  // WORKER_ROLE=workflows or documents runs one of the two, so that each scales by its own replicas.
  const workers: Worker[] = [];
  if (env.WORKER_ROLE !== 'documents') workers.push(await createWorkflowWorker({ connection, env, sql, log: (event) => logger.info(event, 'deadline notice') }));
  if (env.WORKER_ROLE !== 'workflows') workers.push(await createDocumentWorker({ connection, env, sql }));
  for (const worker of workers) logger.info({ taskQueue: worker.options.taskQueue, temporal: env.TEMPORAL_ADDRESS }, 'hoso worker polling');
  // The workflow worker anchors the audit chain: a background task like its others, away from the API's requests.
  const anchoring =
    env.WORKER_ROLE === 'documents'
      ? undefined
      : anchorAuditHeadEvery(env.AUDIT_ANCHOR_INTERVAL_MINUTES, { sql, minio: connectMinio(env), bucket: env.MINIO_BUCKET, key: await loadAuditAnchorKey(env) }, reportTo(logger));
  // Worker.run() shuts down gracefully on SIGINT/SIGTERM and resolves when in-flight tasks are done.
  await Promise.all(workers.map((worker) => worker.run()));
  await anchoring?.stop();
  await Promise.allSettled([sql.end(), connection.close()]);
}

main().catch((error) => {
  processLogger.fatal(error instanceof ConfigError ? { reason: error.message } : { err: error }, 'hoso worker could not start');
  process.exit(error instanceof ConfigError ? 78 : 1);
});
