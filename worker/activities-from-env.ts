import { Runtime } from '@temporalio/worker';
import type { Sql } from 'postgres';
import type { NoticeLog } from '../activities/notifications';
import { createDocumentWorkerActivities, createWorkflowActivities, type DocumentWorkerActivities, type WorkflowActivities } from '../activities';
import { createDirectory } from '../activities/documents/directory';
import { createMinioDocumentStore } from '../activities/documents/document-store';
import { connectMinio } from '../config/connect';
import { publicUrlOf, type Env } from '../config/env';
import { connectSigning } from '../config/signing';

/** The workflow worker's activities, wired to the services the configuration names (the worker, the test harness and the benchmark share it). */
export function workflowActivitiesFromEnv(env: Env, sql: Sql, options: { log?: NoticeLog } = {}): WorkflowActivities {
  return createWorkflowActivities({ sql, ...(env.NOTIFY_WEBHOOK_URL ? { webhookUrl: env.NOTIFY_WEBHOOK_URL } : {}), ...options });
}

/**
 * The documents worker's activities: the signer and the archive the configuration names. Issue times go to the Temporal
 * runtime's meter, so install the runtime first (worker/temporal-runtime.ts).
 */
export async function documentActivitiesFromEnv(env: Env, sql: Sql): Promise<DocumentWorkerActivities> {
  const directory = createDirectory(sql);
  const { signer } = await connectSigning(env, async (unitCode) => (await directory.unit(unitCode)).name);
  return createDocumentWorkerActivities({ sql, store: createMinioDocumentStore(connectMinio(env), env.MINIO_BUCKET), signer, publicUrl: publicUrlOf(env), meter: Runtime.instance().metricMeter });
}
