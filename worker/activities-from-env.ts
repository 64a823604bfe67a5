import type { Sql } from 'postgres';
import { createActivities, type Activities } from '../activities';
import { createDirectory } from '../activities/documents/directory';
import { createMinioDocumentStore } from '../activities/documents/document-store';
import { connectMinio } from '../config/connect';
import { publicUrlOf, type Env } from '../config/env';
import { connectSigning } from '../config/signing';

/** The activities of a hoso worker, wired to the services the configuration names (the worker, the test harness and the benchmark share it). */
export async function activitiesFromEnv(env: Env, sql: Sql, options: { log?: (line: string) => void } = {}): Promise<Activities> {
  const directory = createDirectory(sql);
  const { signer } = await connectSigning(env, async (unitCode) => (await directory.unit(unitCode)).name);
  return createActivities({
    sql,
    store: createMinioDocumentStore(connectMinio(env), env.MINIO_BUCKET),
    signer,
    publicUrl: publicUrlOf(env),
    ...(env.NOTIFY_WEBHOOK_URL ? { webhookUrl: env.NOTIFY_WEBHOOK_URL } : {}),
    ...options,
  });
}
