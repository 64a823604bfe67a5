import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDevIssuer, type DevIssuer } from '../../api/auth/dev-issuer';
import { demoUsers } from '../../config/demo-data';
import { parseEnv } from '../../config/env';
import { seedDemoData } from '../../scripts/seed/seed';
import { freePort } from '../../scripts/stack/free-port';
import { verifyAuditChain } from '../../store/audit-log';
import { migratedAuditDatabase, type AuditDatabase } from '../support/audit-database';
import { describeWithStack } from '../support/test-stack';

const root = path.join(__dirname, '..', '..');

/** api/main.ts in a process of its own, as it runs in production, so that the test can kill -9 it. */
async function startApi(env: Record<string, string>, logFile: string): Promise<{ process: ChildProcess; exited: Promise<unknown> }> {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'api', 'main.ts')], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = once(child, 'exit');
  const base = `http://127.0.0.1:${env.API_PORT}`;
  for (const deadline = Date.now() + 90_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the API exited at start:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) throw new Error('the API did not start within 90 s');
    if (await fetch(`${base}/healthz`).then((response) => response.ok, () => false)) return { process: child, exited };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describeWithStack('an API killed with kill -9', () => {
  let db: AuditDatabase;
  let env: Record<string, string>;
  let logFile: string;
  let issuer: DevIssuer;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    db = await migratedAuditDatabase();
    await seedDemoData(db.owner);
    const dir = await mkdtemp(path.join(tmpdir(), 'hoso-api-killed-'));
    logFile = path.join(dir, 'api.log');
    env = {
      DATABASE_URL: db.ownerUrl,
      DATABASE_APP_URL: db.appUrl,
      API_PORT: String(await freePort()),
      // The spool outlives the process, as a replica's volume does.
      AUDIT_SPOOL_DIR: path.join(dir, 'audit-spool'),
      AUTH_MODE: 'dev',
      AUTH_DEV_KEY_FILE: path.join(dir, 'dev-key.json'),
      LOG_LEVEL: 'warn',
    };
    const { AUTH_ISSUER, AUTH_AUDIENCE } = parseEnv({ ...process.env, ...env });
    issuer = await loadDevIssuer(env.AUTH_DEV_KEY_FILE as string, AUTH_ISSUER, AUTH_AUDIENCE);
  });
  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await db?.drop();
  });

  it('has the audit row of every request it answered, once it has started again', async () => {
    const first = await startApi(env, logFile);
    running.push(first.process);
    const admin = demoUsers.find((user) => user.id === 'demo-admin');
    if (!admin) throw new Error('no demo administrator');
    const token = await issuer.issue({ userId: admin.id, name: admin.name, role: admin.role, unitCode: admin.unitCode });
    const answered: string[] = [];
    const statuses = new Set<number>();
    // A burst of accepted writes; the API is killed as soon as the first answers arrive, while the others are under way.
    await Promise.allSettled(
      Array.from({ length: 150 }, async (_, index) => {
        const requestId = randomUUID();
        // A plan of its own for each request: saves of the same unit and year race each other (a 500), not the audit.
        const plan = `${['DEMO-T01', 'DEMO-X01', 'DEMO-X02'][index % 3]}/${2000 + Math.floor(index / 3)}`;
        const response = await fetch(`http://127.0.0.1:${env.API_PORT}/api/v1/plan-targets/${plan}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': requestId },
          body: JSON.stringify({ targets: { opened: index } }),
        });
        await response.arrayBuffer();
        statuses.add(response.status);
        answered.push(requestId);
        if (answered.length === 5) first.process.kill('SIGKILL');
      }),
    );
    await first.exited;
    expect(first.process.signalCode).toBe('SIGKILL');
    expect(statuses).toEqual(new Set([200]));
    expect(answered.length).toBeGreaterThanOrEqual(5);

    const second = await startApi(env, logFile);
    running.push(second.process);
    // The rows the killed process left in its spool are replayed at start.
    for (const deadline = Date.now() + 30_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const ready = (await (await fetch(`http://127.0.0.1:${env.API_PORT}/readyz`)).json()) as { auditBacklog: { total: number } };
      if (ready.auditBacklog.total === 0) break;
      if (Date.now() > deadline) throw new Error(`the audit backlog was not replayed: ${JSON.stringify(ready.auditBacklog)}`);
    }
    const stored = await db.owner<{ request_id: string }[]>`SELECT request_id FROM audit_log WHERE request_id IN ${db.owner(answered)}`;
    expect(new Set(stored.map((row) => row.request_id))).toEqual(new Set(answered));
    expect(stored).toHaveLength(answered.length);
    expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true });

    second.process.kill('SIGTERM');
    await second.exited;
  }, 240_000);
});
