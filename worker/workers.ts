import { NativeConnection, Worker } from '@temporalio/worker';
import type { Sql } from 'postgres';
import { temporalDataConverter } from '../config/connect';
import type { Env } from '../config/env';
import { documentsTaskQueueOf } from '../workflows/task-queues';
import type { NoticeLog } from '../activities/notifications';
import { documentActivitiesFromEnv, workflowActivitiesFromEnv } from './activities-from-env';

/**
 * Workflows kept in the sticky cache. The SDK's default grows with the heap limit (2,310 for a 4 GiB heap), which
 * alone put the worker over 1 GiB; a parked dossier out of the cache costs nothing until its next event, which
 * replays its short history. With 500, 10,000 parked dossiers held the worker at ~0.7 GiB (docs/benchmarks.md).
 */
export const WORKFLOW_CACHE_SIZE = 500;

/** A document holds the event loop while it renders (tens of ms): a few at a time bound memory and each one's latency. */
export const CONCURRENT_DOCUMENTS = 8;

interface WorkerSetup {
  connection: NativeConnection;
  env: Env;
  sql: Sql;
}

/** Dossier workflows, with projection, notifications and the calendar, on TEMPORAL_TASK_QUEUE. */
export async function createWorkflowWorker({ connection, env, sql, log, maxCachedWorkflows = WORKFLOW_CACHE_SIZE }: WorkerSetup & { log?: NoticeLog; maxCachedWorkflows?: number }) {
  return Worker.create({
    connection,
    dataConverter: await temporalDataConverter(env),
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    workflowsPath: require.resolve('../workflows'),
    activities: workflowActivitiesFromEnv(env, sql, log ? { log } : {}),
    maxCachedWorkflows,
  });
}

/** Issues documents (render, sign, archive) for the workflows of TEMPORAL_TASK_QUEUE, on its documents task queue. */
export async function createDocumentWorker({ connection, env, sql }: WorkerSetup) {
  return Worker.create({
    connection,
    dataConverter: await temporalDataConverter(env),
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: documentsTaskQueueOf(env.TEMPORAL_TASK_QUEUE),
    activities: await documentActivitiesFromEnv(env, sql),
    maxConcurrentActivityTaskExecutions: CONCURRENT_DOCUMENTS,
  });
}
