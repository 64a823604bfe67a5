import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NativeConnection } from '@temporalio/worker';
import postgres from 'postgres';
import { loadDevIssuer } from '../../api/auth/dev-issuer';
import { createAuditWriter } from '../../api/audit/audit-writer';
import { buildApi } from '../../api/build-api';
import { createCalendarBroadcaster, signalCalendarThrough, type CalendarSignal } from '../../api/calendar/calendar-broadcaster';
import type { Principal } from '../../api/auth/claims';
import { createMinioDocumentStore } from '../../activities/documents/document-store';
import { trustAnchorsOf } from '../../config/signing';
import { connectMinio, connectPostgres, connectTemporal } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { createLogger, reportTo, type Logger } from '../../config/logger';
import { demoUsers } from '../../config/demo-data';
import { migrate } from '../../scripts/migrate';
import { seedDemoData } from '../../scripts/seed/seed';
import { createDocumentWorker, createWorkflowWorker } from '../../worker/workers';
import { quietTemporalLogs } from './quiet-temporal-logs';

export { describeWithStack, hasTestStack } from './test-stack';

/**
 * hoso's workers and API in this process, against the real Temporal, PostgreSQL and MinIO started by
 * scripts/test.ts. Each harness polls its own task queue, so test files never see each other's work.
 */
export async function startHoso({
  ownDatabase = false,
  env: overrides = {},
  logger = createLogger({ name: 'hoso-api', level: 'warn' }),
  calendarSignal = (signal) => signal,
}: HosoOptions = {}) {
  quietTemporalLogs();
  const database = ownDatabase ? await createOwnDatabase(process.env.DATABASE_URL as string, process.env.DATABASE_APP_URL) : undefined;
  const env = parseEnv({
    ...process.env,
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    API_PORT: '0',
    // Each harness its own audit spool, as each API process has.
    AUDIT_SPOOL_DIR: await mkdtemp(path.join(tmpdir(), 'hoso-audit-spool-')),
    ...(database ? database.env : {}),
    ...overrides,
  });
  const sql = connectPostgres(env, 4);
  const minio = connectMinio(env);
  const temporal = await connectTemporal(env);
  await seedDemoData(sql);

  const workerConnection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  // Both workers of worker/main.ts: the workflows, and the documents on their own task queue.
  const workers = [
    await createWorkflowWorker({ connection: workerConnection, env, sql, log: () => undefined }),
    await createDocumentWorker({ connection: workerConnection, env, sql }),
  ];
  const workersRun = Promise.all(workers.map((worker) => worker.run()));

  const issuer = await loadDevIssuer(path.join(await mkdtemp(path.join(tmpdir(), 'hoso-key-')), 'key.json'), env.AUTH_ISSUER, env.AUTH_AUDIENCE);
  const trustAnchors = await trustAnchorsOf(env);
  const store = createMinioDocumentStore(minio, env.MINIO_BUCKET);
  const audit = await createAuditWriter(sql, { spoolDir: env.AUDIT_SPOOL_DIR, queueLimit: env.AUDIT_QUEUE_LIMIT });
  const app = await buildApi({
    env,
    sql,
    minio,
    temporal,
    // As api/main.ts: the development issuer's keys, or with AUTH_MODE=oidc the provider's key set.
    jwks: env.AUTH_MODE === 'oidc' && env.AUTH_JWKS_URL ? new URL(env.AUTH_JWKS_URL) : issuer.jwks,
    devIssuer: issuer,
    publicUrl: 'http://127.0.0.1',
    audit,
    logger,
  });
  // As api/main.ts: the calendar signals queued by saves, sent in the background.
  const calendarBroadcaster = createCalendarBroadcaster({ sql, signal: calendarSignal(signalCalendarThrough(temporal.client)), report: reportTo(logger) });
  calendarBroadcaster.start();
  // Requests still being answered when the test stops (a client that gave up mid-request, e.g. schemathesis killed
  // at its timeout): stop() waits for them before it closes Temporal, whose client would otherwise retry on a closed
  // channel from a timer and fail whichever test file runs next in this worker.
  let answering = 0;
  const server = createServer((req, res) => {
    answering++;
    // One 'close' listener more than api/main.ts's server puts on a response: a streamed document already has ten
    // (its pipeline's seven, the request log's, the audit's, compression's), which is Node's warning threshold.
    res.setMaxListeners(res.getMaxListeners() + 1);
    res.once('close', () => answering--);
    app(req, res);
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A token for a demo user (by id) or for any principal, e.g. an officer of another unit. */
  async function tokenOf(who: string | Principal): Promise<string> {
    if (typeof who !== 'string') return issuer.issue(who);
    const user = demoUsers.find((candidate) => candidate.id === who);
    if (!user) throw new Error(`no demo user ${who}`);
    return issuer.issue({ userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode });
  }

  /** Calls the API as a demo user or a principal; returns status, headers and parsed body. */
  async function call(who: string | Principal, method: string, route: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${await tokenOf(who)}`, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text || undefined;
    return { status: response.status, headers: response.headers, body: json };
  }

  async function stop() {
    await new Promise((resolve) => server.close(resolve));
    for (const until = Date.now() + 60_000; answering > 0 && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 100));
    for (const worker of workers) worker.shutdown();
    await workersRun;
    await audit.close();
    await calendarBroadcaster.stop();
    await Promise.allSettled([workerConnection.close(), temporal.connection.close(), sql.end()]);
    await database?.drop();
  }

  return { env, sql, minio, store, trustAnchors, temporal: temporal.client, baseUrl, devIssuer: issuer, audit, calendarBroadcaster, call, tokenOf, stop };
}

export type Hoso = Awaited<ReturnType<typeof startHoso>>;

export interface HosoOptions {
  /**
   * A database of its own, migrated and seeded, for a test that changes what every dossier shares (the working-day
   * calendar): in the shared one, the test files running beside it would see the change.
   */
  ownDatabase?: boolean;
  /** Settings of config/env.ts that differ from the test stack's, e.g. AUTH_MODE=oidc and the provider's addresses. */
  env?: Record<string, string>;
  /** The API's log: by default warnings and errors only, so that a test run stays readable. */
  logger?: Logger;
  /** The signal the calendar broadcaster sends, from the real one: a test makes it fail to see the broadcast resume. */
  calendarSignal?: (signal: CalendarSignal) => CalendarSignal;
}

/** A new database on the shared server, migrated as its owner, and the settings that name it. */
async function createOwnDatabase(sharedUrl: string, sharedAppUrl: string | undefined): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const name = `hoso_test_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(sharedUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const inOwnDatabase = (shared: string) => {
    const url = new URL(shared);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const env = { DATABASE_URL: inOwnDatabase(sharedUrl), ...(sharedAppUrl ? { DATABASE_APP_URL: inOwnDatabase(sharedAppUrl) } : {}) };
  await migrate(env.DATABASE_URL, env.DATABASE_APP_URL);
  return {
    env,
    async drop() {
      const again = postgres(sharedUrl, { max: 1, onnotice: () => undefined });
      await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => again.end());
    },
  };
}

