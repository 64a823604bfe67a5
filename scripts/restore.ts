import path from 'node:path';
import { parseArgs } from 'node:util';
import { stackDataDir } from './stack-tool-env';
import { restoreBackup } from './backup/restore-backup';

const usage = 'usage: npm run restore -- <backup dir> [--keys <key bundle dir>] [--replace]';

/**
 * `npm run restore`: restores a backup taken by `npm run backup` into the data folder `npm start` runs on
 * (HOSO_DATA_DIR), which must be new or empty unless `--replace`. Stop `npm start` on that folder first.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { keys: { type: 'string' }, replace: { type: 'boolean', default: false } } });
  const [backupDir] = positionals;
  if (!backupDir || positionals.length > 1) throw new Error(usage);
  const dataDir = stackDataDir();
  console.log(`Restoring ${path.resolve(backupDir)} into ${dataDir} …`);
  await restoreBackup(
    { backupDir: path.resolve(backupDir), keysDir: values.keys ? path.resolve(values.keys) : undefined, dataDir, replace: values.replace },
    (line) => console.log(line),
  );
}

main().then(
  // The stack's services are stopped; nothing else should keep the process up.
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Nothing runs on the data folder now; once the cause is fixed, run the restore again with --replace.');
    process.exit(1);
  },
);
