import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectMinio } from '../config/connect';
import { developmentCredentials } from '../config/development-credentials';
import { stackDataDir, stackToolEnv } from './stack-tool-env';
import { takeBackup } from './backup/take-backup';

const usage = 'usage: npm run backup -- <backup dir> [--keys <key bundle dir>]';

/**
 * `npm run backup`: a consistent backup of the stack `npm start` runs (HOSO_DATA_DIR, HOSO_POSTGRES_PORT,
 * HOSO_MINIO_PORT), taken while it runs: PostgreSQL, Temporal's store and every archived version, with a manifest.
 * `--keys` also copies the keys the data needs, to be kept apart from it (docs/operations.md, "Backup and restore").
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { keys: { type: 'string' } } });
  const [out] = positionals;
  if (!out || positionals.length > 1) throw new Error(usage);
  const env = stackToolEnv();
  const source = {
    dataDir: stackDataDir(),
    databaseUrl: env.DATABASE_URL ?? '',
    // The root user: the application's may not read a version's retention.
    minio: connectMinio({ MINIO_ENDPOINT: env.MINIO_ENDPOINT ?? '', MINIO_ACCESS_KEY: developmentCredentials.minioAccessKey, MINIO_SECRET_KEY: developmentCredentials.minioSecretKey }),
    bucket: env.MINIO_BUCKET ?? 'hoso-documents',
  };
  console.log(`Backing up the stack of ${source.dataDir} into ${path.resolve(out)} …`);
  await takeBackup(source, path.resolve(out), values.keys ? path.resolve(values.keys) : undefined, (line) => console.log(line));
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
