import postgres, { type TransactionSql } from 'postgres';

/**
 * The role the API and workers connect as (DATABASE_APP_URL). It reads and writes hoso's tables, but on the audit
 * trail it may only append: no UPDATE, DELETE or TRUNCATE of `audit_log`, no moving `audit_head` but forward (its
 * trigger), and, owning nothing, it cannot disable or drop the triggers (docs/decisions/0006-audit-trail.md).
 * Re-applied by every migration run, so that a table a later migration adds is covered and a changed password lands.
 */
export interface ApplicationRole {
  name: string;
  password: string;
}

export function applicationRoleOf(databaseAppUrl: string): ApplicationRole {
  const url = new URL(databaseAppUrl);
  return { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

// Roles belong to the whole cluster: migrations of two databases (tests) may create or alter the same role at once.
const DUPLICATE_ROLE = new Set(['42710', '23505']);
const TUPLE_CONCURRENTLY_UPDATED = 'XX000';

export async function grantApplicationRole(tx: TransactionSql, role: ApplicationRole): Promise<void> {
  const [owner] = await tx<{ name: string }[]>`SELECT current_user AS name`;
  if (owner?.name === role.name) throw new Error(`DATABASE_APP_URL names the owner ${role.name}: the application role must be another role`);
  const [existing] = await tx`SELECT 1 FROM pg_roles WHERE rolname = ${role.name}`;
  if (!existing) await createRole(tx, role.name);
  // Utility statements take no parameters: format() quotes the password as a literal.
  const [alter] = await tx<{ statement: string }[]>`SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', ${role.name}::text, ${role.password}::text) AS statement`;
  await retrying(tx, () => tx.unsafe(alter?.statement ?? ''));
  const app = tx(role.name);
  await tx`GRANT USAGE ON SCHEMA public TO ${app}`;
  await tx`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`;
  await tx`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`;
  await tx`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`;
  // The audit trail: append and read (the dossier history, the anchors), nothing else.
  await tx`REVOKE UPDATE, DELETE ON audit_log FROM ${app}`;
  await tx`REVOKE INSERT, DELETE ON audit_head FROM ${app}`;
  await tx`REVOKE ALL ON schema_migrations FROM ${app}`;
}

async function createRole(tx: TransactionSql, name: string): Promise<void> {
  try {
    await tx.savepoint((sp) => sp`CREATE ROLE ${sp(name)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
  } catch (error) {
    if (!(error instanceof postgres.PostgresError && DUPLICATE_ROLE.has(error.code))) throw error;
  }
}

async function retrying(tx: TransactionSql, statement: () => Promise<unknown>, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await tx.savepoint(statement);
      return;
    } catch (error) {
      const concurrent = error instanceof postgres.PostgresError && error.code === TUPLE_CONCURRENTLY_UPDATED && /concurrently/.test(error.message);
      if (!concurrent || attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
