import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as MinioClient } from 'minio';
import postgres from 'postgres';
import { keyRingSourceOf, type CodecEnv } from './codec-keys';
import type { Env } from './env';
import { dataConverterOf } from './payload-codec';
import { temporalConnectionOptions, type TemporalConnectionEnv } from './temporal-connection';

/**
 * A connection that failed is tried again within two seconds, not after postgres.js's default of up to twenty: the
 * callers already retry with their own schedules (Temporal's for activities, the client's for requests), and a
 * query held back that long keeps a workflow task open and delays recovery once PostgreSQL is back.
 */
const reconnectDelaySeconds = (failures: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** failures, 2);

/**
 * The API's and workers' connection: as the application role (DATABASE_APP_URL), which may append to the audit trail
 * but not alter it; the owner (DATABASE_URL) only when no application role is configured, in development.
 */
export function connectPostgres(env: Pick<Env, 'DATABASE_URL' | 'DATABASE_APP_URL'>, max = 10) {
  const url = env.DATABASE_APP_URL ?? env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_APP_URL or DATABASE_URL is required');
  return postgres(url, { max, onnotice: () => undefined, backoff: reconnectDelaySeconds });
}

export function connectMinio(env: Pick<Env, 'MINIO_ENDPOINT' | 'MINIO_ACCESS_KEY' | 'MINIO_SECRET_KEY'>): MinioClient {
  const url = new URL(env.MINIO_ENDPOINT);
  const useSSL = url.protocol === 'https:';
  return new MinioClient({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey: env.MINIO_ACCESS_KEY,
    secretKey: env.MINIO_SECRET_KEY,
  });
}

/** The data converter of every Temporal client and worker: payloads are encrypted before they reach Temporal. */
export async function temporalDataConverter(env: CodecEnv) {
  return dataConverterOf(await keyRingSourceOf(env).load());
}

export async function connectTemporal(env: Pick<Env, 'TEMPORAL_NAMESPACE'> & TemporalConnectionEnv & CodecEnv) {
  const dataConverter = await temporalDataConverter(env);
  const connection = await Connection.connect(temporalConnectionOptions(env));
  return { connection, client: new TemporalClient({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter }) };
}
