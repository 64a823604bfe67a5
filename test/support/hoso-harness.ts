import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createApp } from '../../api/app';
import { createTokenVerifier } from '../../api/auth/authenticate';
import { loadDevIssuer } from '../../api/auth/dev-issuer';
import { createDossierService } from '../../api/dossiers/dossier-service';
import { createDocumentService } from '../../api/documents/document-service';
import { createMinioDocumentStore } from '../../activities/documents/document-store';
import { trustAnchorsOf } from '../../config/signing';
import { createUnitTree } from '../../store/unit-tree';
import { connectMinio, connectPostgres, connectTemporal } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { demoUsers } from '../../scripts/seed/demo-data';
import { seedDemoData } from '../../scripts/seed/seed';
import { activitiesFromEnv } from '../../worker/activities-from-env';
import { quietTemporalLogs } from './quiet-temporal-logs';

/** Integration tests run only under `npm test`, which starts the real services and exports their addresses. */
export const hasTestStack = process.env.HOSO_TEST_STACK === '1';

/**
 * hoso's worker and API in this process, against the real Temporal, PostgreSQL and MinIO started by
 * scripts/test.ts. Each harness polls its own task queue, so test files never see each other's work.
 */
export async function startHoso() {
  quietTemporalLogs();
  const env = parseEnv({ ...process.env, TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`, API_PORT: '0' });
  const sql = connectPostgres(env, 4);
  const minio = connectMinio(env);
  const temporal = await connectTemporal(env);
  await seedDemoData(sql);

  const workerConnection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection: workerConnection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    workflowsPath: require.resolve('../../workflows'),
    activities: await activitiesFromEnv(env, sql, { log: () => undefined }),
  });
  const workerRun = worker.run();

  const issuer = await loadDevIssuer(path.join(await mkdtemp(path.join(tmpdir(), 'hoso-key-')), 'key.json'), env.AUTH_ISSUER, env.AUTH_AUDIENCE);
  const dossiers = createDossierService({ temporal: temporal.client, taskQueue: env.TEMPORAL_TASK_QUEUE, units: createUnitTree(sql), sql });
  const trustAnchors = await trustAnchorsOf(env);
  const store = createMinioDocumentStore(minio, env.MINIO_BUCKET);
  const app = createApp({
    dossiers,
    documents: createDocumentService({ sql, store, dossiers, trustAnchors }),
    sql,
    verifyToken: createTokenVerifier({ issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, jwks: issuer.jwks }),
    readiness: {
      postgres: async () => void (await sql`SELECT 1`),
      temporal: async () => void (await temporal.connection.workflowService.getSystemInfo({})),
      minio: async () => void (await minio.bucketExists(env.MINIO_BUCKET)),
    },
    publicUrl: 'http://127.0.0.1',
    log: (message, error) => console.error(message, error),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function tokenOf(userId: string): Promise<string> {
    const user = demoUsers.find((candidate) => candidate.id === userId);
    if (!user) throw new Error(`no demo user ${userId}`);
    return issuer.issue({ userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode });
  }

  /** Calls the API as a demo user; returns status and parsed body. */
  async function call(userId: string, method: string, route: string, body?: unknown) {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${await tokenOf(userId)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async function stop() {
    await new Promise((resolve) => server.close(resolve));
    worker.shutdown();
    await workerRun;
    await Promise.allSettled([workerConnection.close(), temporal.connection.close(), sql.end()]);
  }

  return { env, sql, minio, store, trustAnchors, temporal: temporal.client, baseUrl, call, tokenOf, stop };
}

export type Hoso = Awaited<ReturnType<typeof startHoso>>;

