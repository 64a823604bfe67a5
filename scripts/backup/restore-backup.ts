import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { connectMinio } from '../../config/connect';
import { developmentCredentials } from '../../config/development-credentials';
import { countRows, loadTables } from '../../store/backup-tables';
import { startStack } from '../dev-stack';
import { ensureSqlite3 } from '../tools/sqlite';
import { copyArchiveIn } from './archive-copy';
import { installKeys, keyPaths } from './keys';
import { damagedParts, MANIFEST, readManifest } from './manifest';
import { auditSpoolIn, temporalStoreIn } from './take-backup';
import { checkTemporalStore } from './temporal-store';

const RESTORED = 'restored-from.json';
const migrationsDir = path.join(__dirname, '..', '..', 'db', 'migrations');

export interface RestoreOptions {
  backupDir: string;
  /** The key bundle exported with the backup; without it, the keys must already be in `dataDir`. */
  keysDir?: string | undefined;
  /** The data folder `npm start` will run on: new or empty, unless `replace`. */
  dataDir: string;
  /** Empty a data folder that holds something first. */
  replace?: boolean;
}

/**
 * Restores a backup into a new data folder, for `npm start` to run on: checks every file against the manifest and the
 * keys against their hashes, puts Temporal's store and the keys in place, starts the stack's services on free ports,
 * writes the archive back (remapping version ids) and loads PostgreSQL in one transaction, checks the row counts, and
 * stops. Done once per backup: run again on the same folder, it says so.
 */
export async function restoreBackup({ backupDir, keysDir, dataDir, replace = false }: RestoreOptions, log: (line: string) => void): Promise<void> {
  const manifest = await readManifest(backupDir);
  const manifestHash = createHash('sha256').update(await readFile(path.join(backupDir, MANIFEST))).digest('hex');
  log(`Backup of ${manifest.source.dataDir}, snapshot at ${manifest.snapshotAt}. Checking its ${manifest.parts.length} files …`);
  const damaged = await damagedParts(backupDir, manifest.parts);
  if (damaged.length > 0) throw new Error(`the backup is damaged:\n  ${damaged.join('\n  ')}`);
  const shipped = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
  if (shipped.join() !== manifest.migrations.join()) {
    throw new Error(`this release's migrations (${shipped.at(-1) ?? 'none'}) are not the backup's (${manifest.migrations.at(-1) ?? 'none'}): restore with the release that took it, then upgrade`);
  }

  const restored = await readFile(path.join(dataDir, RESTORED), 'utf8').catch(() => undefined);
  if (restored && (JSON.parse(restored) as { manifestSha256?: string }).manifestSha256 === manifestHash) {
    log(`${dataDir} already holds this backup, restored: nothing to do.`);
    return;
  }
  // Keys the operator put there first (restoring without --keys) do not make the folder taken.
  const keyFolders = new Set<string>(keyPaths.map((key) => key.split('/')[0] ?? key));
  const present = (await readdir(dataDir).catch(() => [])).filter((entry) => !keyFolders.has(entry));
  if (present.length > 0) {
    if (!replace) throw new Error(`${dataDir} is not empty: restore into a new folder, or add --replace to empty it first (stop \`npm start\` on it before)`);
    log(`Emptying ${dataDir} …`);
    for (const entry of present) await rm(path.join(dataDir, entry), { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true });

  await installKeys(manifest.keys, dataDir, keysDir);
  log(`Keys in place (${manifest.keys.length} files, each matching the backup's).`);
  await mkdir(path.dirname(temporalStoreIn(dataDir)), { recursive: true });
  await cp(path.join(backupDir, 'temporal', 'temporal.sqlite'), temporalStoreIn(dataDir));
  await checkTemporalStore(await ensureSqlite3(), temporalStoreIn(dataDir));
  if (await stat(path.join(backupDir, 'audit-spool')).catch(() => undefined)) await cp(path.join(backupDir, 'audit-spool'), auditSpoolIn(dataDir), { recursive: true });
  log("Temporal's store in place. Starting PostgreSQL, MinIO and Temporal on it …");

  const stack = await startStack({ persistent: true, dataDir, temporalUi: false });
  try {
    const minio = connectMinio({
      MINIO_ENDPOINT: stack.env.MINIO_ENDPOINT ?? '',
      MINIO_ACCESS_KEY: developmentCredentials.minioAccessKey,
      MINIO_SECRET_KEY: developmentCredentials.minioSecretKey,
    });
    const bucket = stack.env.MINIO_BUCKET ?? manifest.source.bucket;
    log(`Writing ${manifest.archive.versions} archived versions into bucket ${bucket} …`);
    const moves = await copyArchiveIn(minio, bucket, path.join(backupDir, 'archive'), (done) => log(`  … ${done}`));

    log(`Loading ${manifest.tables.length} tables into PostgreSQL …`);
    const sql = postgres(stack.env.DATABASE_URL ?? '', { max: 1, onnotice: () => undefined });
    try {
      const tables = manifest.tables.map((table) => ({ table, file: path.join(backupDir, table.file) }));
      await loadTables(sql, tables, manifest.auditHead, moves);
      const counts = await countRows(sql, manifest.tables);
      const differing = manifest.tables.filter((table) => table.name !== 'audit_head' && table.name !== 'schema_migrations' && counts[table.name] !== table.rows);
      if (differing.length > 0) throw new Error(`rows differ after loading: ${differing.map((table) => `${table.name} ${String(counts[table.name])} of ${table.rows}`).join(', ')}`);
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await stack.stop();
  }
  await writeFile(path.join(dataDir, RESTORED), `${JSON.stringify({ backupDir, manifestSha256: manifestHash, snapshotAt: manifest.snapshotAt, restoredAt: new Date().toISOString() }, null, 2)}\n`);
  log(`Restored into ${dataDir}. Start it with HOSO_DATA_DIR=${dataDir} npm start; then check it (docs/operations.md, "Testing a restore").`);
}
