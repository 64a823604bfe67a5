import { NativeConnection, type Worker } from '@temporalio/worker';
import { connectPostgres } from '../config/connect';
import { loadEnvOrExit } from '../config/env';
import { surviveStrayErrors } from '../config/stray-errors';
import { createDocumentWorker, createWorkflowWorker } from './workers';

async function main() {
  const env = loadEnvOrExit();
  surviveStrayErrors('worker');
  const sql = connectPostgres(env);
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  // WORKER_ROLE=workflows or documents runs one of the two, so that each scales by its own replicas.
  const workers: Worker[] = [];
  if (env.WORKER_ROLE !== 'documents') workers.push(await createWorkflowWorker({ connection, env, sql }));
  if (env.WORKER_ROLE !== 'workflows') workers.push(await createDocumentWorker({ connection, env, sql }));
  for (const worker of workers) console.log(`hoso worker polling ${worker.options.taskQueue} on ${env.TEMPORAL_ADDRESS}`);
  // Worker.run() shuts down gracefully on SIGINT/SIGTERM and resolves when in-flight tasks are done.
  await Promise.all(workers.map((worker) => worker.run()));
  await Promise.allSettled([sql.end(), connection.close()]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
