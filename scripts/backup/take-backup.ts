import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'minio';
import postgres from 'postgres';
import { holdWriters, openSnapshot, tablesInLoadOrder, type BackedUpTable } from '../../store/backup-tables';
import { ensureSqlite3 } from '../tools/sqlite';
import { copyArchiveOut } from './archive-copy';
import { exportKeys, keyParts } from './keys';
import { MANIFEST, partsOf, readManifest, writeManifest, type BackupManifest } from './manifest';
import { copyTemporalStore } from './temporal-store';

/** The stack a backup is taken of: its data folder, PostgreSQL as the tables' owner, MinIO as its root user. */
export interface BackupSource {
  dataDir: string;
  databaseUrl: string;
  minio: Client;
  bucket: string;
}

/** Where a stack keeps Temporal's store and the API's audit spool, under its data folder (scripts/dev-stack.ts). */
export const temporalStoreIn = (dataDir: string) => path.join(dataDir, 'temporal', 'temporal.sqlite');
export const auditSpoolIn = (dataDir: string) => path.join(dataDir, 'audit-spool');

const FREEZE_ATTEMPTS = 5;

/**
 * Takes a consistent backup of a running stack into `out` (docs/decisions/0011-backup-and-restore.md): with every
 * table held still for writers, PostgreSQL's snapshot is fixed, the audit spool and Temporal's store are copied, and
 * writers go on; then the tables are read from the snapshot and every archived version is copied. Written into
 * `<out>.partial` and renamed once its manifest is complete, so that a backup cut short never looks whole. Given
 * `keysOut`, the keys the data needs are copied there, to be kept apart.
 */
export async function takeBackup(source: BackupSource, out: string, keysOut: string | undefined, log: (line: string) => void): Promise<BackupManifest> {
  const existing = await readManifest(out).catch(() => undefined);
  if (existing) {
    log(`${out} already holds a complete backup (taken at ${existing.snapshotAt}): nothing to do.`);
    return existing;
  }
  if ((await readdir(out).catch(() => [])).length > 0) throw new Error(`${out} exists and is not a backup: choose a new directory`);
  const temporalStore = temporalStoreIn(source.dataDir);
  if (!(await stat(temporalStore).catch(() => undefined))) throw new Error(`no Temporal store at ${temporalStore}: is HOSO_DATA_DIR the folder \`npm start\` uses?`);

  const startedAt = new Date().toISOString();
  const partial = `${out}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(path.join(partial, 'postgres'), { recursive: true, mode: 0o700 });
  await mkdir(path.join(partial, 'temporal'), { recursive: true });
  const sqlite3 = await ensureSqlite3();
  const sql = postgres(source.databaseUrl, { max: 3, onnotice: () => undefined });
  try {
    const tables = await tablesInLoadOrder(sql);
    log(`Holding writers on ${tables.length} tables while PostgreSQL's snapshot, the audit spool and Temporal's store are taken …`);
    const snapshot = await frozenCut(sql, tables, async () => {
      await copyAuditSpool(source.dataDir, partial);
      await copyTemporalStore(sqlite3, temporalStore, path.join(partial, 'temporal', 'temporal.sqlite'));
    });
    log(`  snapshot at ${snapshot.facts.takenAt}, audit head ${snapshot.facts.auditHead.seq}; Temporal's store copied.`);

    const copied: BackupManifest['tables'] = [];
    try {
      for (const table of tables) {
        const file = `postgres/${table.name}.jsonl`;
        const rows = await snapshot.copyOut(table, path.join(partial, file));
        copied.push({ ...table, rows, file });
      }
    } finally {
      await snapshot.end();
    }
    log(`  PostgreSQL: ${copied.length} tables, ${copied.reduce((sum, table) => sum + table.rows, 0)} rows.`);

    const database = decodeURIComponent(new URL(source.databaseUrl).pathname.slice(1));
    const anchorPrefix = `audit-anchors/${database}/`;
    const anchoredBeyondSnapshot = (name: string) => name.startsWith(anchorPrefix) && Number(/-(\d+)\.json$/.exec(name)?.[1] ?? 0) > snapshot.facts.auditHead.seq;
    log(`Copying every version in bucket ${source.bucket} …`);
    const archive = await copyArchiveOut(source.minio, source.bucket, path.join(partial, 'archive'), anchoredBeyondSnapshot);
    log(`  ${archive.versions} versions, ${archive.deleteMarkers} delete markers; ${archive.leftOut.length} anchors of rows after the snapshot left out.`);

    const keys = keysOut ? await exportKeys(source.dataDir, keysOut) : await keyParts(source.dataDir);
    log(keysOut ? `Keys copied to ${keysOut}: keep them apart from the backup.` : `Keys not copied (no --keys): the restore needs ${keys.map((key) => key.path).join(', ')} from ${source.dataDir}.`);

    const manifest: BackupManifest = {
      format: 'hoso-backup/1',
      startedAt,
      finishedAt: new Date().toISOString(),
      snapshotAt: snapshot.facts.takenAt,
      source: { dataDir: source.dataDir, database, bucket: source.bucket },
      migrations: snapshot.facts.migrations,
      auditHead: snapshot.facts.auditHead,
      tables: copied,
      archive: { versions: archive.versions, deleteMarkers: archive.deleteMarkers, anchorsLeftOut: archive.leftOut },
      keys,
      parts: await partsOf(partial, [MANIFEST]),
    };
    await writeManifest(partial, manifest);
    await rm(out, { recursive: true, force: true });
    await rename(partial, out);
    log(`Backup complete: ${out} (${manifest.parts.length} files, ${manifest.parts.reduce((sum, part) => sum + part.bytes, 0)} bytes).`);
    return manifest;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Fixes the snapshot and runs `copy` while no table can be written, then lets writers go. An activity that would
 * write meanwhile waits, and has therefore not completed in Temporal's copy either: after a restore it runs again.
 * A writer that holds a table past the lock's timeout (or a deadlock with one) costs one more attempt.
 */
async function frozenCut(sql: postgres.Sql, tables: readonly BackedUpTable[], copy: () => Promise<void>) {
  for (let attempt = 1; ; attempt++) {
    let hold;
    try {
      hold = await holdWriters(sql, tables);
    } catch (error) {
      if (attempt >= FREEZE_ATTEMPTS) throw new Error(`could not hold the writers still after ${FREEZE_ATTEMPTS} attempts: ${String(error)}`);
      await sleep(1000 * attempt);
      continue;
    }
    try {
      const snapshot = await openSnapshot(sql);
      try {
        await copy();
      } catch (error) {
        await snapshot.end();
        throw error;
      }
      return snapshot;
    } finally {
      await hold.release();
    }
  }
}

async function copyAuditSpool(dataDir: string, backupDir: string): Promise<void> {
  const spool = auditSpoolIn(dataDir);
  if (await stat(spool).catch(() => undefined)) await cp(spool, path.join(backupDir, 'audit-spool'), { recursive: true });
}
