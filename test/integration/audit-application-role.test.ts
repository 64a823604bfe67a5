import { randomUUID } from 'node:crypto';
import { appendAudit, verifyAuditChain } from '../../store/audit-log';
import { migratedAuditDatabase, type AuditDatabase } from '../support/audit-database';
import { describeWithStack } from '../support/test-stack';

describeWithStack('the application role (DATABASE_APP_URL) on the audit trail', () => {
  let db: AuditDatabase;
  beforeAll(async () => {
    db = await migratedAuditDatabase();
    for (let index = 0; index < 3; index++) {
      await appendAudit(db.app, { requestId: `req-${index}`, userId: 'demo-police-x01', role: 'commune_police', unitCode: 'DEMO-X01', action: 'dossier.read', dossierId: randomUUID(), outcome: 'ok' });
    }
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('appends to the chain and reads it', async () => {
    expect(await verifyAuditChain(db.app)).toMatchObject({ ok: true, rows: 3, head: { seq: 3 } });
  });

  it.each([
    ['UPDATE audit_log SET user_id = $$someone-else$$ WHERE seq = 2'],
    ['DELETE FROM audit_log WHERE seq = 3'],
    ['TRUNCATE audit_log'],
    ['ALTER TABLE audit_log DISABLE TRIGGER ALL'],
    ['ALTER TABLE audit_log DISABLE TRIGGER USER'],
    ['DROP TRIGGER audit_log_append_only ON audit_log'],
    ['DROP TABLE audit_log'],
    ['DELETE FROM audit_head'],
    ['TRUNCATE audit_head'],
    ['INSERT INTO audit_head (singleton, seq, hash) VALUES (false, 0, repeat($$0$$, 64))'],
    ['DROP FUNCTION audit_refuse_change() CASCADE'],
    ['SET session_replication_role = replica'],
  ])('is refused: %s', async (statement) => {
    await expect(db.app.unsafe(statement)).rejects.toMatchObject({ code: '42501' });
  });

  it('owns nothing and may not create anything in the schema', async () => {
    const [role] = await db.app<{ superuser: boolean; createrole: boolean; createdb: boolean; owned: number; create: boolean }[]>`
      SELECT rolsuper AS superuser, rolcreaterole AS createrole, rolcreatedb AS createdb,
             (SELECT count(*)::int FROM pg_class WHERE relowner = pg_roles.oid) AS owned,
             has_schema_privilege(current_user, 'public', 'CREATE') AS create
      FROM pg_roles WHERE rolname = current_user`;
    expect(role).toEqual({ superuser: false, createrole: false, createdb: false, owned: 0, create: false });
    expect(await verifyAuditChain(db.owner)).toMatchObject({ ok: true, rows: 3 });
  });

  it('reads and writes the other tables the API and workers need', async () => {
    const role = new URL(db.appUrl).username;
    // has_table_privilege with several privileges answers whether any is held: each is asked on its own.
    const tables = await db.owner<{ table: string; crud: boolean }[]>`
      SELECT tablename AS table, bool_and(has_table_privilege(${role}, format('public.%I', tablename), privilege)) AS crud
      FROM pg_tables, unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) AS privilege
      WHERE schemaname = 'public' AND tablename NOT IN ('audit_log', 'audit_head', 'schema_migrations')
      GROUP BY tablename`;
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((table) => !table.crud)).toEqual([]);
  });
});
