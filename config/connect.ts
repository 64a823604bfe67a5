import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as MinioClient } from 'minio';
import postgres from 'postgres';
import type { Env } from './env';

export function connectPostgres(env: Pick<Env, 'DATABASE_URL'>, max = 10) {
  return postgres(env.DATABASE_URL, { max, onnotice: () => undefined });
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
