import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import postgres, { type Sql } from 'postgres';
import { auditTrail } from '../../api/audit/audit-trail';
import { createAuditWriter, type AuditWriter } from '../../api/audit/audit-writer';
import { healthRoutes } from '../../api/routes/health';
import { verifyAuditChain } from '../../store/audit-log';
import { migratedAuditDatabase, type AuditDatabase } from '../support/audit-database';
import { gate } from '../support/gate';
import { outageProxy, type OutageProxy } from '../support/outage-proxy';
import { describeWithStack } from '../support/test-stack';

/** Until `done` holds, every 50 ms, for at most 30 s. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 30_000; !(await done()); ) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWithStack('no accepted request loses its audit row', () => {
  let db: AuditDatabase;
  let proxy: OutageProxy;
  let sql: Sql;
  let spoolDir: string;
  const reports: string[] = [];

  beforeEach(async () => {
    db = await migratedAuditDatabase();
    // The writer reaches PostgreSQL, as the application role, through a proxy the test can cut.
    proxy = await outageProxy(db.appUrl);
    sql = postgres(proxy.url, { max: 2, connect_timeout: 2, onnotice: () => undefined });
    spoolDir = await mkdtemp(path.join(tmpdir(), 'hoso-audit-spool-'));
    reports.length = 0;
  });
  afterEach(async () => {
    await sql?.end({ timeout: 1 });
    await proxy?.close();
    await db?.drop();
  });

  async function writer(queueLimit = 1000, durableWaitMs = 1000): Promise<AuditWriter> {
    return createAuditWriter(sql, { spoolDir, queueLimit, retryMs: 100, durableWaitMs, report: (message) => reports.push(message) });
  }

  /** An API answering actions and /readyz, auditing through `audit`. */
  async function api(audit: AuditWriter): Promise<{ base: string; server: Server }> {
    const app = express();
    app.use(healthRoutes({}, audit.backlog));
    app.use('/api/v1', auditTrail(audit));
    app.post('/api/v1/dossiers/:id/actions/:action', (_req, res) => void res.json({ state: 'submitted' }));
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  }

  async function act(base: string, count: number): Promise<string[]> {
    return Promise.all(
      Array.from({ length: count }, async () => {
        const response = await fetch(`${base}/api/v1/dossiers/${randomUUID()}/actions/submit`, { method: 'POST' });
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        return response.headers.get('x-request-id') as string;
      }),
    );
  }

  async function storedRequestIds(): Promise<string[]> {
    return (await db.owner<{ request_id: string }[]>`SELECT request_id FROM audit_log ORDER BY seq`).map((row) => row.request_id);
  }

  it('spools the rows while PostgreSQL is away, stays ready but says so, and replays them when it returns', async () => {
    const audit = await writer();
    const { base, server } = await api(audit);
    try {
      const before = await act(base, 5);
      await until(() => audit.backlog().queued === 0);
      await proxy.cut();
      const during = [...(await act(base, 20)), ...(await act(base, 10))];
      await until(() => audit.backlog().spooled === 30);

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        auditBacklog: { queued: 0, spooled: 30, total: 30 },
        degraded: ['audit: 30 rows spooled on disk, waiting for PostgreSQL'],
      });
      expect(reports).toEqual([expect.stringMatching(/^AUDIT: PostgreSQL did not take the audit rows; \d+ are spooled in /)]);

      await proxy.restore();
      await until(() => audit.backlog().spooled === 0);
      const stored = await storedRequestIds();
      expect(stored).toHaveLength(35);
      expect(new Set(stored)).toEqual(new Set([...before, ...during]));
      expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true, rows: 35 });
      expect(((await (await fetch(`${base}/readyz`)).json()) as { degraded?: unknown }).degraded).toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await audit.close();
    }
  }, 120_000);

  it('keeps rows spooled at shutdown for the next start, and a replay cut short writes nothing twice', async () => {
    const first = await writer();
    const { base, server } = await api(first);
    await proxy.cut();
    const requests = await act(base, 8);
    await new Promise((resolve) => server.close(resolve));
    await first.close();
    expect(first.backlog()).toEqual({ queued: 0, spooled: 8 });
    // What a crash after the replay's commit, before the file was removed, would leave behind.
    await copyFile(path.join(spoolDir, 'spool.jsonl'), path.join(tmpdir(), `${path.basename(spoolDir)}-copy.jsonl`));

    await proxy.restore();
    const next = await writer();
    await until(() => next.backlog().spooled === 0);
    expect(new Set(await storedRequestIds())).toEqual(new Set(requests));
    await copyFile(path.join(tmpdir(), `${path.basename(spoolDir)}-copy.jsonl`), path.join(spoolDir, 'replaying.jsonl'));
    await next.close();

    const again = await writer();
    await until(() => again.backlog().spooled === 0);
    await again.close();
    expect(await storedRequestIds()).toHaveLength(8);
    expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true, rows: 8 });
  }, 120_000);

  it('answers within the bound when PostgreSQL does not commit, from the spool, and writes each row once when it does', async () => {
    const audit = await writer(1000, 300);
    const { base, server } = await api(audit);
    // Another appender holds the chain's lock: PostgreSQL is up, but no audit row commits.
    const unlocked = gate();
    const held = gate();
    let lockReleased = false;
    const holder = db.owner.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(7461004::bigint)`;
      held.open();
      await unlocked.opened;
      lockReleased = true;
    });
    try {
      await held.opened;
      const requests = [...(await act(base, 10)), ...(await act(base, 10))];
      // Answered while no row could commit: the first batch waited its 300 ms bound, then went to disk with the rows
      // behind it; later ones went straight there.
      expect(lockReleased).toBe(false);
      expect(audit.backlog()).toEqual({ queued: 0, spooled: 20 });
      expect(await storedRequestIds()).toEqual([]);

      unlocked.open();
      await holder;
      await until(() => audit.backlog().spooled === 0);
      // The first batch committed after all, and is in the spool too: it is not written twice.
      const stored = await storedRequestIds();
      expect(stored).toHaveLength(20);
      expect(new Set(stored)).toEqual(new Set(requests));
      expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true, rows: 20 });
    } finally {
      unlocked.open();
      await holder;
      await new Promise((resolve) => server.close(resolve));
      await audit.close();
    }
  }, 120_000);

  it('starts the next row on a line of its own after a line torn by a crash', async () => {
    // A crash during a replay, while new rows were being spooled behind it, one of them half-written.
    const before = { at: new Date(0), requestId: 'before-crash', userId: null, role: null, unitCode: null, action: 'dossier.read', dossierId: null, target: null, outcome: 'ok', httpStatus: 200, details: {} };
    await writeFile(path.join(spoolDir, 'replaying.jsonl'), `${JSON.stringify(before)}\n`);
    await writeFile(path.join(spoolDir, 'spool.jsonl'), '{"at":"2026-01-0');
    await proxy.cut();
    const audit = await writer();
    const { base, server } = await api(audit);
    try {
      const requests = await act(base, 1);
      expect(audit.backlog()).toEqual({ queued: 0, spooled: 3 });
      await proxy.restore();
      await until(() => audit.backlog().spooled === 0);
      expect(await storedRequestIds()).toEqual(['before-crash', ...requests]);
      expect(reports).toContainEqual(expect.stringMatching(/^AUDIT: an unreadable line in .*replaying\.jsonl .*NOT in the audit trail: \{"at":"2026-01-0$/));
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await audit.close();
    }
  }, 120_000);

  it('bounds the rows held in memory: beyond the bound they wait on disk, behind them, and all arrive in order', async () => {
    const audit = await writer(3);
    const requests = Array.from({ length: 60 }, (_, index) => `req-${index}`);
    for (const requestId of requests) void audit.record({ requestId, userId: null, role: null, unitCode: null, action: 'dossier.read', outcome: 'ok' });
    // One batch under way and three waiting in memory; the other 56 went to disk.
    expect(audit.backlog()).toEqual({ queued: 4, spooled: 56 });
    await until(() => audit.backlog().queued + audit.backlog().spooled === 0);
    await audit.close();
    expect(await storedRequestIds()).toEqual(requests);
    expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true, rows: 60 });
  }, 120_000);
});
