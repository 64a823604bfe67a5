import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as MinioClient } from 'minio';
import postgres from 'postgres';
import type { Env } from './env';

/**
 * A connection that failed is tried again within two seconds, not after postgres.js's default of up to twenty: the
 * callers already retry with their own schedules (Temporal's for activities, the client's for requests), and a
 * query held back that long keeps a workflow task open and delays recovery once PostgreSQL is back.
 */
const reconnectDelaySeconds = (failures: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** failures, 2);

export function connectPostgres(env: Pick<Env, 'DATABASE_URL'>, max = 10) {
  return postgres(env.DATABASE_URL, { max, onnotice: () => undefined, backoff: reconnectDelaySeconds });
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

export async function connectTemporal(env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>) {
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  return { connection, client: new TemporalClient({ connection, namespace: env.TEMPORAL_NAMESPACE }) };
}
