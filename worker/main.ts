import { NativeConnection, Worker } from '@temporalio/worker';
import { connectPostgres } from '../config/connect';
import { loadEnvOrExit } from '../config/env';
import { activitiesFromEnv } from './activities-from-env';

async function main() {
  const env = loadEnvOrExit();
  const sql = connectPostgres(env);
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    workflowsPath: require.resolve('../workflows'),
    activities: await activitiesFromEnv(env, sql),
  });
  console.log(`hoso worker polling ${env.TEMPORAL_TASK_QUEUE} on ${env.TEMPORAL_ADDRESS}`);
  // Worker.run() shuts down gracefully on SIGINT/SIGTERM and resolves when in-flight tasks are done.
  await worker.run();
  await Promise.allSettled([sql.end(), connection.close()]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
