/**
 * A Temporal worker in its own process, so that `npm run bench -- workflow` can measure its memory and CPU.
 *   hoso: the workflow worker, built as worker/main.ts builds it (dossier workflows; projection and notifications
 *         to PostgreSQL), on the task queue TEMPORAL_TASK_QUEUE.
 *   documents: hoso's documents worker, as worker/main.ts builds it (render, sign, archive in MinIO), on that
 *         queue's documents task queue.
 *   bare: the baseline of scripts/bench/bare-workflow.ts with a no-op activity.
 * The parent talks to it over IPC: `stats` (optionally after a GC) and `shutdown`.
 */
import { NativeConnection, Worker } from '@temporalio/worker';
import { connectPostgres, temporalDataConverter } from '../../config/connect';
import { loadEnvOrExit } from '../../config/env';
import { temporalConnectionOptions } from '../../config/temporal-connection';
import { createDocumentWorker, createWorkflowWorker } from '../../worker/workers';
import type { BareActivities } from './bare-workflow';

export type WorkerKind = 'hoso' | 'documents' | 'bare';
const kinds: readonly string[] = ['hoso', 'documents', 'bare'] satisfies WorkerKind[];

export type ToWorker = { type: 'stats'; id: number; gc?: boolean } | { type: 'shutdown' };

export interface WorkerStats {
  rssMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
  cachedWorkflows: number;
  inFlightActivations: number;
  inFlightActivities: number;
}

export type FromWorker =
  | { type: 'ready'; maxCachedWorkflows: number; maxConcurrentWorkflowTasks: number; maxConcurrentActivities: number; heapLimitMiB: number }
  | ({ type: 'stats'; id: number } & WorkerStats);

const MiB = 1024 * 1024;

async function main() {
  const kind = process.argv[2] as WorkerKind;
  if (!kinds.includes(kind)) throw new Error(`worker kind must be one of ${kinds.join(', ')}, not ${String(kind)}`);
  const env = loadEnvOrExit();
  const connection = await NativeConnection.connect(temporalConnectionOptions(env));
  const sql = kind === 'bare' ? undefined : connectPostgres(env);
  const maxCachedWorkflows = process.env.BENCH_MAX_CACHED_WORKFLOWS ? Number(process.env.BENCH_MAX_CACHED_WORKFLOWS) : undefined;
  const bareActivities: BareActivities = { noop: async () => undefined };
  const worker = !sql
    ? await Worker.create({
        connection,
        dataConverter: await temporalDataConverter(env),
        namespace: env.TEMPORAL_NAMESPACE,
        taskQueue: env.TEMPORAL_TASK_QUEUE,
        ...(maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows }),
        workflowsPath: require.resolve('./bare-workflow'),
        activities: bareActivities,
      })
    : kind === 'documents'
      ? await createDocumentWorker({ connection, env, sql })
      : await createWorkflowWorker({ connection, env, sql, ...(maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows }) });

  const send = (message: FromWorker) => process.send?.(message);
  process.on('message', (message: ToWorker) => {
    if (message.type === 'shutdown') {
      worker.shutdown();
      return;
    }
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    const status = worker.getStatus();
    send({
      type: 'stats',
      id: message.id,
      rssMiB: memory.rss / MiB,
      heapUsedMiB: memory.heapUsed / MiB,
      externalMiB: memory.external / MiB,
      cachedWorkflows: status.numCachedWorkflows,
      inFlightActivations: status.numInFlightWorkflowActivations,
      inFlightActivities: status.numInFlightActivities,
    });
  });
  // The parent went away: stop rather than linger.
  process.on('disconnect', () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });

  const running = worker.run();
  const tuner = worker.options.tuner as { workflowTaskSlotSupplier?: { numSlots?: number }; activityTaskSlotSupplier?: { numSlots?: number } };
  send({
    type: 'ready',
    maxCachedWorkflows: worker.options.maxCachedWorkflows,
    maxConcurrentWorkflowTasks: tuner.workflowTaskSlotSupplier?.numSlots ?? Number.NaN,
    maxConcurrentActivities: tuner.activityTaskSlotSupplier?.numSlots ?? Number.NaN,
    heapLimitMiB: (await import('node:v8')).getHeapStatistics().heap_size_limit / MiB,
  });
  console.log(`bench ${kind} worker polling ${worker.options.taskQueue} on ${env.TEMPORAL_ADDRESS}`);
  await running;
  await Promise.allSettled([sql?.end(), connection.close()]);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
