import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import type { ReservedSql, Sql, TransactionSql } from 'postgres';

/** One of hoso's tables as a backup holds it: its stored columns (not generated ones), in COPY's order. */
export interface BackedUpTable {
  name: string;
  columns: string[];
}

/**
 * Every table of the schema, each after the tables its foreign keys point at, so that loading them in this order
 * satisfies every key. Read from the catalog, so that a table a later migration adds is backed up without a change here.
 */
export async function tablesInLoadOrder(sql: Sql | ReservedSql): Promise<BackedUpTable[]> {
  const columns = await sql<{ table: string; column: string }[]>`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relkind IN ('r', 'p')
    ORDER BY c.relname, a.attnum`;
  const references = await sql<{ table: string; referenced: string }[]>`
    SELECT DISTINCT c.relname AS table, r.relname AS referenced
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_class r ON r.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE k.contype = 'f' AND k.conrelid <> k.confrelid`;
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
  const ordered: BackedUpTable[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: string[]) => {
    if (placed.has(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a cycle through ${[...path, name].join(' → ')}: no load order exists`);
    for (const { referenced } of references.filter((reference) => reference.table === name)) place(referenced, [...path, name]);
    placed.add(name);
    ordered.push({ name, columns: tables.get(name) ?? [] });
  };
  for (const name of [...tables.keys()].sort()) place(name, []);
  return ordered;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const columnList = (table: BackedUpTable) => table.columns.map(ident).join(', ');

/**
 * Holds every table still for writers (SHARE: reads go on, INSERT, UPDATE and DELETE wait) on a connection of its
 * own, until `release`. Writers already under way finish first. A deadlock or a writer that holds on past
 * `lockTimeout` fails the attempt: the caller tries again.
 */
export async function holdWriters(sql: Sql, tables: readonly BackedUpTable[], lockTimeout = '5s'): Promise<{ release(): Promise<void> }> {
  const connection = await sql.reserve();
  try {
    await connection`BEGIN`;
    await connection`SELECT set_config('lock_timeout', ${lockTimeout}, true)`;
    await connection.unsafe(`LOCK TABLE ${tables.map(({ name }) => ident(name)).join(', ')} IN SHARE MODE`);
  } catch (error) {
    await connection`ROLLBACK`.catch(() => undefined);
    connection.release();
    throw error;
  }
  return { release: () => commitAndRelease(connection) };
}

async function commitAndRelease(connection: ReservedSql): Promise<void> {
  try {
    await connection`COMMIT`;
  } finally {
    connection.release();
  }
}

/** What the snapshot says of the audit chain and the schema: a restore checks both. */
export interface SnapshotFacts {
  takenAt: string;
  auditHead: { seq: number; hash: string };
  migrations: string[];
}

/**
 * A read-only snapshot of the whole database, fixed when this resolves: every table is read from it later, whatever
 * is written meanwhile, as JSON lines (`copyOut`). `end` lets it go.
 */
export async function openSnapshot(sql: Sql): Promise<{
  facts: SnapshotFacts;
  copyOut(table: BackedUpTable, file: string): Promise<number>;
  end(): Promise<void>;
}> {
  const connection = await sql.reserve();
  await connection`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`;
  // The first query fixes the snapshot.
  const [head] = await connection<{ takenAt: Date; seq: string; hash: string }[]>`SELECT now() AS "takenAt", seq::text, hash FROM audit_head`;
  const migrations = await connection<{ name: string }[]>`SELECT name FROM schema_migrations ORDER BY name`;
  return {
    facts: {
      takenAt: (head?.takenAt ?? new Date()).toISOString(),
      auditHead: { seq: Number(head?.seq ?? 0), hash: head?.hash ?? '0'.repeat(64) },
      migrations: migrations.map(({ name }) => name),
    },
    async copyOut(table, file) {
      // Each row as JSON text, made by PostgreSQL: no value passes through a JavaScript number or date on the way.
      const out = createWriteStream(file, { mode: 0o600 });
      let rows = 0;
      await connection.unsafe<{ row: string }[]>(`SELECT to_jsonb(t)::text AS row FROM ${ident(table.name)} t`).cursor(1000, async (batch) => {
        rows += batch.length;
        if (!out.write(batch.map(({ row }) => `${row}\n`).join(''))) await once(out, 'drain');
      });
      out.end();
      await finished(out);
      return rows;
    },
    end: () => commitAndRelease(connection),
  };
}

/** The archive's version id of a document before the restore, and the one the restored archive gave it. */
export interface VersionMove {
  objectKey: string;
  from: string;
  to: string;
}

/**
 * Loads a backup into a database just migrated by this release and holding no dossier, in one transaction: the
 * reference data the migrations seeded is replaced by the backup's, the audit chain is appended and its head moved
 * to the backup's (the triggers allow both, so nothing is bypassed), and every document is pointed at the version
 * the restored archive gave its object.
 */
export async function loadTables(
  sql: Sql,
  tables: readonly { table: BackedUpTable; file: string }[],
  auditHead: { seq: number; hash: string },
  versions: readonly VersionMove[],
): Promise<void> {
  await sql.begin(async (tx) => {
    const [target] = await tx<{ head: string; dossiers: string }[]>`SELECT (SELECT seq::text FROM audit_head) AS head, (SELECT count(*)::text FROM dossiers) AS dossiers`;
    if (target?.head !== '0' || target.dossiers !== '0') {
      throw new Error(`the target database is not empty (audit head ${target?.head}, ${target?.dossiers} dossiers): restore into a new data folder`);
    }
    // The chain is appended to, never deleted from; the head is moved, not replaced; the applied migrations are this release's.
    const loaded = tables.filter(({ table }) => table.name !== 'audit_head' && table.name !== 'schema_migrations');
    for (const { table } of [...loaded].reverse()) if (table.name !== 'audit_log') await tx.unsafe(`DELETE FROM ${ident(table.name)}`);
    for (const { table, file } of loaded) await insertRows(tx, table, file);
    if (auditHead.seq > 0) await tx`UPDATE audit_head SET seq = ${auditHead.seq}, hash = ${auditHead.hash}`;
    await moveDocumentVersions(tx, versions);
  });
}

/** Inserts a table's rows from its JSON lines, 500 to a statement; columns the table no longer stores are ignored. */
async function insertRows(tx: TransactionSql, table: BackedUpTable, file: string): Promise<void> {
  const insert = (rows: string[]) =>
    tx.unsafe(`INSERT INTO ${ident(table.name)} (${columnList(table)}) SELECT ${columnList(table)} FROM jsonb_populate_recordset(NULL::${ident(table.name)}, $1::text::jsonb)`, [
      `[${rows.join(',')}]`,
    ]);
  let batch: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    if (batch.length === 500) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
}

async function moveDocumentVersions(tx: TransactionSql, versions: readonly VersionMove[]): Promise<void> {
  await tx`CREATE TEMP TABLE restored_versions (object_key text, from_version text, to_version text) ON COMMIT DROP`;
  for (let start = 0; start < versions.length; start += 1000) {
    const batch = versions.slice(start, start + 1000);
    await tx`
      INSERT INTO restored_versions
      SELECT * FROM unnest(${batch.map((move) => move.objectKey)}::text[], ${batch.map((move) => move.from)}::text[], ${batch.map((move) => move.to)}::text[])`;
  }
  await tx`
    UPDATE documents d SET object_version_id = v.to_version
    FROM restored_versions v WHERE d.object_key = v.object_key AND d.object_version_id = v.from_version`;
  const lost = await tx<{ id: string }[]>`
    SELECT d.id FROM documents d
    WHERE d.object_version_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM restored_versions v WHERE v.object_key = d.object_key AND v.to_version = d.object_version_id)
    LIMIT 5`;
  if (lost.length > 0) throw new Error(`documents whose archived version is not in the backup: ${lost.map(({ id }) => id).join(', ')}`);
}

/** Rows per table, to compare a restored database with the backup's manifest. */
export async function countRows(sql: Sql, tables: readonly BackedUpTable[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await sql.unsafe<{ rows: string }[]>(`SELECT count(*)::text AS rows FROM ${ident(name)}`);
    counts[name] = Number(row?.rows ?? 0);
  }
  return counts;
}
