import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { connectMinio } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { anchorAuditHead } from '../../store/audit-anchors';
import { appendAudit, auditRowHash, verifyAuditChain, type AuditOutcome } from '../../store/audit-log';
import { migratedAuditDatabase, type AuditDatabase } from '../support/audit-database';
import { describeWithStack } from '../support/test-stack';

const root = path.join(__dirname, '..', '..');

describeWithStack('the audit chain anchored outside the database', () => {
  const env = parseEnv(process.env);
  const minio = connectMinio(env);
  const key = randomBytes(32);
  let db: AuditDatabase;
  beforeEach(async () => {
    db = await migratedAuditDatabase();
  });
  afterEach(async () => {
    await db?.drop();
  });

  const target = () => ({ sql: db.app, minio, bucket: env.MINIO_BUCKET, key });

  async function appendReads(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      await appendAudit(db.app, { requestId: `req-${randomUUID()}`, userId: 'demo-police-x01', role: 'commune_police', unitCode: 'DEMO-X01', action: 'dossier.read', outcome: 'ok' });
    }
  }

  async function npmRunAuditVerify(): Promise<{ code: number | null; output: string }> {
    const child = spawn('npm', ['run', '--silent', 'audit:verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.ownerUrl, AUDIT_ANCHOR_KEY: key.toString('base64') },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, output };
  }

  /**
   * What a database owner who wants a row gone would do: change it and recompute every hash after it, move the head,
   * with the triggers off. The chain is then consistent again; only an anchor taken before can tell.
   */
  async function rewriteFrom(seq: number): Promise<void> {
    await db.owner.begin(async (tx) => {
      await tx.unsafe('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await tx.unsafe('ALTER TABLE audit_head DISABLE TRIGGER USER');
      const rows = await tx`SELECT * FROM audit_log WHERE seq >= ${seq} ORDER BY seq`;
      let [{ prev_hash: prevHash }] = rows as unknown as [{ prev_hash: string }];
      for (const row of rows) {
        const hash = auditRowHash(prevHash, {
          seq: Number(row.seq), at: row.at, requestId: row.request_id, userId: 'someone-else', role: row.role, unitCode: row.unit_code,
          action: row.action, dossierId: row.dossier_id, target: row.target, outcome: row.outcome as AuditOutcome, httpStatus: row.http_status, details: row.details,
        });
        await tx`UPDATE audit_log SET user_id = 'someone-else', prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${row.seq}`;
        prevHash = hash;
      }
      await tx`UPDATE audit_head SET hash = ${prevHash}`;
      await tx.unsafe('ALTER TABLE audit_log ENABLE TRIGGER USER');
      await tx.unsafe('ALTER TABLE audit_head ENABLE TRIGGER USER');
    });
  }

  it('anchors the head once per move, and `npm run audit:verify` checks the anchors', async () => {
    expect(await anchorAuditHead(target())).toBeUndefined(); // an empty chain has nothing to anchor
    await appendReads(4);
    const first = await anchorAuditHead(target());
    expect(first?.objectName).toMatch(new RegExp(`^audit-anchors/${db.name}/\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z-4\\.json$`));
    expect(await anchorAuditHead(target(), first?.anchor)).toBeUndefined();
    await appendReads(2);
    expect((await anchorAuditHead(target(), first?.anchor))?.anchor).toMatchObject({ database: db.name, seq: 6 });
    const verified = await npmRunAuditVerify();
    expect(verified.output).toContain('Intact: 6 rows');
    expect(verified.output).toContain('2 anchors agree');
    expect(verified.code).toBe(0);
  }, 120_000);

  it('names the anchor a rewritten chain no longer holds, though the chain itself is consistent again', async () => {
    await appendReads(10);
    const anchored = await anchorAuditHead(target());
    await appendReads(5);
    await rewriteFrom(4);
    expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true, rows: 15 });

    const verified = await npmRunAuditVerify();
    expect(verified.code).toBe(1);
    expect(verified.output).toContain(`BROKEN at anchor ${anchored?.objectName}: the chain's row 10 is not the one anchored (rewritten since)`);
  }, 120_000);

  it('refuses an anchor whose HMAC was not made with the anchor key', async () => {
    await appendReads(3);
    await anchorAuditHead(target());
    const [head] = await db.app<{ hash: string }[]>`SELECT hash FROM audit_head`;
    const forged = { database: db.name, seq: 3, hash: head?.hash, anchoredAt: new Date().toISOString(), hmac: randomBytes(32).toString('hex') };
    const forgedName = `audit-anchors/${db.name}/${forged.anchoredAt}-3.json`;
    const body = Buffer.from(JSON.stringify(forged));
    await minio.putObject(env.MINIO_BUCKET, forgedName, body, body.length);

    const verified = await npmRunAuditVerify();
    expect(verified.code).toBe(1);
    expect(verified.output).toContain(`FORGED anchor ${forgedName}: its HMAC does not match`);
  }, 120_000);
});
