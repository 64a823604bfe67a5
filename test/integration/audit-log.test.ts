import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import postgres, { type Sql } from 'postgres';
import { auditTrail, describeForAudit } from '../../api/audit/audit-trail';
import { createAuditWriter, type AuditWriter } from '../../api/audit/audit-writer';
import { appendAudit, auditRowHash, verifyAuditChain, type AuditEntry } from '../../store/audit-log';
import { gate } from '../support/gate';
import { describeWithStack } from '../support/test-stack';

const root = path.join(__dirname, '..', '..');
const quiet = { onnotice: () => undefined };

/**
 * Each test gets a database of its own holding only the audit migration: the tests below tamper with
 * the chain, which must not break the chain of the shared test database.
 */
async function freshDatabase(): Promise<{ sql: Sql; url: string; drop: () => Promise<void> }> {
  const admin = postgres(process.env.DATABASE_URL as string, { max: 1, ...quiet });
  const name = `audit_${randomUUID().replaceAll('-', '')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  const sql = postgres(url.href, { max: 5, ...quiet });
  await sql.unsafe(await readFile(path.join(root, 'db', 'migrations', '004_audit.sql'), 'utf8'));
  return {
    sql,
    url: url.href,
    drop: async () => {
      await sql.end();
      await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const dossierId = randomUUID();

function readBy(userId: string, index: number): AuditEntry {
  return {
    requestId: `req-${index}`,
    userId,
    role: 'commune_police',
    unitCode: 'DEMO-X01',
    action: 'dossier.read',
    dossierId,
    outcome: 'ok',
    httpStatus: 200,
    details: { index, nested: { b: [1, 'hai'], a: 'Xã Tiên Du' } },
  };
}

async function appendMany(sql: Sql, count: number): Promise<void> {
  for (let index = 0; index < count; index++) await appendAudit(sql, readBy('demo-police-x01', index));
}

/** Runs a statement as the table's owner with the append-only triggers off, as a rogue administrator could. */
async function tamper(sql: Sql, statement: string): Promise<void> {
  await sql.unsafe('ALTER TABLE audit_log DISABLE TRIGGER USER');
  await sql.unsafe(statement);
  await sql.unsafe('ALTER TABLE audit_log ENABLE TRIGGER USER');
}

async function npmRunAuditVerify(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const child = spawn('npm', ['run', '--silent', 'audit:verify'], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

describeWithStack('the audit chain', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeEach(async () => {
    db = await freshDatabase();
  });
  afterEach(async () => {
    await db?.drop();
  });

  it('stays one line when appenders race, in one process and from another replica', async () => {
    const replica = postgres(db.url, { max: 5, ...quiet });
    try {
      await Promise.all([
        ...Array.from({ length: 150 }, (_, index) => appendAudit(db.sql, readBy('demo-police-x01', index))),
        ...Array.from({ length: 150 }, (_, index) => appendAudit(replica, readBy('demo-supervisor-t01', index))),
      ]);
    } finally {
      await replica.end();
    }
    const [shape] = await db.sql`SELECT count(*)::int AS rows, max(seq)::int AS last, count(DISTINCT prev_hash)::int AS links FROM audit_log`;
    expect(shape).toEqual({ rows: 300, last: 300, links: 300 });
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: true, rows: 300, head: { seq: 300 } });
  });

  it('refuses to change or remove a row, or to move the head back, even for the table owner', async () => {
    await appendMany(db.sql, 3);
    await expect(db.sql`UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 2`).rejects.toThrow(/append-only/);
    await expect(db.sql`DELETE FROM audit_log WHERE seq = 3`).rejects.toThrow(/append-only/);
    await expect(db.sql`TRUNCATE audit_log`).rejects.toThrow(/append-only/);
    await expect(db.sql`UPDATE audit_head SET seq = 2`).rejects.toThrow(/only move forward/);
    await expect(db.sql`DELETE FROM audit_head`).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: true, rows: 3 });
  });

  it('names the row that was edited, and `npm run audit:verify` fails on it', async () => {
    await appendMany(db.sql, 10);
    expect(await npmRunAuditVerify(db.url)).toMatchObject({ code: 0, output: expect.stringContaining('Intact: 10 rows') });

    await tamper(db.sql, `UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 4`);
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: false, rows: 3, firstBreak: { seq: 4, reason: 'hash-mismatch' } });
    const verified = await npmRunAuditVerify(db.url);
    expect(verified.code).toBe(1);
    expect(verified.output).toContain('BROKEN at seq 4: hash-mismatch');
  }, 120_000);

  it('notices an edited row whose hash was recomputed, at the next row', async () => {
    await appendMany(db.sql, 10);
    const [row] = await db.sql`SELECT prev_hash, at, details FROM audit_log WHERE seq = 4`;
    const forged = auditRowHash(row?.prev_hash, {
      seq: 4, at: row?.at, requestId: 'req-3', userId: 'someone-else', role: 'commune_police', unitCode: 'DEMO-X01',
      action: 'dossier.read', dossierId, target: null, outcome: 'ok', httpStatus: 200, details: row?.details,
    });
    await tamper(db.sql, `UPDATE audit_log SET user_id = 'someone-else', hash = '${forged}' WHERE seq = 4`);
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: false, firstBreak: { seq: 5, reason: 'prev-mismatch' } });
  });

  it('names where a row was removed from the middle', async () => {
    await appendMany(db.sql, 10);
    await tamper(db.sql, 'DELETE FROM audit_log WHERE seq = 5');
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: false, rows: 4, firstBreak: { seq: 6, reason: 'gap' } });
  });

  it('notices that the newest row was removed, through the head', async () => {
    await appendMany(db.sql, 10);
    await tamper(db.sql, 'DELETE FROM audit_log WHERE seq = 10');
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: false, rows: 9, firstBreak: { seq: 10, reason: 'head-mismatch' } });
  });
});

describeWithStack('the audit trail of API requests', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let audit: AuditWriter;
  let server: Server;
  let baseUrl: string;
  const someoneElses = randomUUID();
  const principal = { userId: 'demo-police-x01', name: 'Nguyễn Văn An', role: 'commune_police', unitCode: 'DEMO-X01' };
  // A 4 MiB document streamed in 64 KiB chunks: its first chunk, then the rest once the test lets it go on.
  const documentChunks = Array.from({ length: 64 }, (_, index) => Buffer.alloc(64 * 1024, index));
  const restOfDocument = gate();
  async function* streamedDocument() {
    yield documentChunks[0] as Buffer;
    await restOfDocument.opened;
    yield* documentChunks.slice(1);
  }

  beforeAll(async () => {
    db = await freshDatabase();
    audit = await createAuditWriter(db.sql, { spoolDir: await mkdtemp(path.join(tmpdir(), 'hoso-audit-spool-')), queueLimit: 1000 });
    const app = express();
    app.use(auditTrail(audit));
    app.use((_req, res, next) => {
      res.locals.principal = principal;
      next();
    });
    app.get('/api/v1/dossiers', (_req, res) => {
      res.json({ items: [{ fullName: 'Hồ Văn Lực' }, { fullName: 'Lê Thị Hoa' }] });
    });
    app.get('/api/v1/dossiers/:id', (req, res) => {
      if (req.params.id === someoneElses) res.status(403).json({ code: 'out-of-jurisdiction' });
      else res.json({ dossierId: req.params.id, subject: { fullName: 'Hồ Văn Lực' } });
    });
    app.post('/api/v1/dossiers/:id/actions/:action', (_req, res) => {
      res.json({ state: 'submitted' });
    });
    app.get('/api/v1/dossiers/:id/documents/:documentId', async (_req, res) => {
      res.type('application/pdf');
      await pipeline(streamedDocument(), res);
    });
    app.put('/api/v1/admin/plan-targets/:year', (req, res) => {
      describeForAudit(res, { action: 'plan-target.update', target: String(req.params.year) });
      res.json({});
    });
    app.get('/api/v1/admin/calendar', (_req, res) => {
      res.json({ years: [] });
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await audit?.close();
    await db?.drop();
  });

  /** A row is durable before its answer leaves: it is there as soon as the answer is. */
  async function auditRowOf(requestId: string) {
    const [row] = await db.sql`SELECT * FROM audit_log WHERE request_id = ${requestId}`;
    if (!row) throw new Error(`no audit row for request ${requestId}`);
    return row;
  }

  async function call(method: string, route: string, requestId?: string) {
    const response = await fetch(`${baseUrl}${route}`, { method, headers: requestId ? { 'x-request-id': requestId } : {} });
    await response.arrayBuffer();
    return { status: response.status, requestId: response.headers.get('x-request-id') as string };
  }

  it('records a read of a dossier: who, in which role and unit, which dossier, the request id it echoed', async () => {
    const dossier = randomUUID();
    const read = await call('GET', `/api/v1/dossiers/${dossier}`, 'caller-chosen-42');
    expect(read).toEqual({ status: 200, requestId: 'caller-chosen-42' });
    expect(await auditRowOf('caller-chosen-42')).toMatchObject({
      user_id: 'demo-police-x01',
      role: 'commune_police',
      unit_code: 'DEMO-X01',
      action: 'dossier.read',
      dossier_id: dossier,
      outcome: 'ok',
      http_status: 200,
    });
  });

  it('records a document read before the document’s first byte leaves, then streams all of it', async () => {
    const dossier = randomUUID();
    const response = await fetch(`${baseUrl}/api/v1/dossiers/${dossier}/documents/${'a'.repeat(32)}`, { headers: { 'x-request-id': 'streamed-7' } });
    expect(response.status).toBe(200);
    expect(await auditRowOf('streamed-7')).toMatchObject({ action: 'document.read', dossier_id: dossier, target: 'a'.repeat(32), outcome: 'ok', http_status: 200 });
    restOfDocument.open();
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.concat(documentChunks))).toBe(true);
  });

  it('records a refused read of someone else’s dossier', async () => {
    const refused = await call('GET', `/api/v1/dossiers/${someoneElses}`);
    expect(refused.status).toBe(403);
    expect(await auditRowOf(refused.requestId)).toMatchObject({ action: 'dossier.read', dossier_id: someoneElses, outcome: 'refused', http_status: 403 });
  });

  it('records an action on a dossier under a request id it made up and echoed', async () => {
    const dossier = randomUUID();
    const acted = await call('POST', `/api/v1/dossiers/${dossier}/actions/submit`);
    expect(acted.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await auditRowOf(acted.requestId)).toMatchObject({ action: 'dossier.action.submit', dossier_id: dossier, outcome: 'ok' });
  });

  it('records a list with its filters and how many came back, but not the names searched or shown', async () => {
    const listed = await call('GET', `/api/v1/dossiers?status=open&q=${encodeURIComponent('Hồ Văn Lực')}`);
    const row = await auditRowOf(listed.requestId);
    expect(row).toMatchObject({ action: 'dossier.list', details: { count: 2, query: { status: 'open', q: '[withheld]' } } });
    expect(JSON.stringify(row)).not.toMatch(/Lực|Hoa|Nguyễn/);
  });

  it('takes a route’s own description over the route pattern', async () => {
    const saved = await call('PUT', '/api/v1/admin/plan-targets/2026');
    expect(await auditRowOf(saved.requestId)).toMatchObject({ action: 'plan-target.update', target: '2026' });
  });

  it('leaves out reads without personal data, and keeps the chain intact', async () => {
    const calendar = await call('GET', '/api/v1/admin/calendar');
    const later = await call('GET', `/api/v1/dossiers/${randomUUID()}`);
    await auditRowOf(later.requestId);
    expect(await db.sql`SELECT 1 FROM audit_log WHERE request_id = ${calendar.requestId}`).toHaveLength(0);
    expect(await verifyAuditChain(db.sql)).toMatchObject({ ok: true });
  });

  it('answers as usual, and keeps the row on disk, when PostgreSQL does not take it', async () => {
    const noAuditTables = new URL(db.url);
    noAuditTables.pathname = '/postgres';
    const broken = postgres(noAuditTables.href, { max: 1, ...quiet });
    const reports: string[] = [];
    const spoolDir = await mkdtemp(path.join(tmpdir(), 'hoso-audit-spool-'));
    const brokenAudit = await createAuditWriter(broken, { spoolDir, queueLimit: 1000, report: (message) => reports.push(message) });
    const app = express().use(auditTrail(brokenAudit)).post('/api/v1/dossiers/:id/actions/:action', (_req, res) => void res.json({}));
    const brokenServer = app.listen(0, '127.0.0.1');
    await once(brokenServer, 'listening');
    try {
      const response = await fetch(`http://127.0.0.1:${(brokenServer.address() as AddressInfo).port}/api/v1/dossiers/${randomUUID()}/actions/submit`, {
        method: 'POST',
      });
      expect(response.status).toBe(200);
      for (let attempt = 0; attempt < 100 && brokenAudit.backlog().spooled === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(brokenAudit.backlog()).toEqual({ queued: 0, spooled: 1 });
      expect(reports[0]).toMatch(/^AUDIT: PostgreSQL did not take the audit rows; 1 are spooled in .* and will be replayed$/);
      expect(await readFile(path.join(spoolDir, 'spool.jsonl'), 'utf8')).toMatch(/"action":"dossier\.action\.submit"/);
    } finally {
      await new Promise((resolve) => brokenServer.close(resolve));
      await brokenAudit.close();
      await broken.end();
    }
  });
});
