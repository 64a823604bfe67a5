import path from 'node:path';
import { developmentCredentials } from '../config/development-credentials';

const root = path.join(__dirname, '..');

/**
 * The settings `npm run audit:verify` and `npm run audit:anchor` read: the environment's, or else those of the stack
 * `npm start` runs (scripts/start.ts, scripts/dev-stack.ts), so that both work in a development shell as they are.
 */
export function auditToolEnv(source: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dataDir = stackDataDir(source);
  return {
    DATABASE_URL: `postgres://hoso:${developmentCredentials.postgresPassword}@127.0.0.1:${source.HOSO_POSTGRES_PORT ?? '54320'}/hoso`,
    MINIO_ENDPOINT: `http://127.0.0.1:${source.HOSO_MINIO_PORT ?? '9000'}`,
    MINIO_ACCESS_KEY: developmentCredentials.minioAppAccessKey,
    MINIO_SECRET_KEY: developmentCredentials.minioAppSecretKey,
    AUDIT_ANCHOR_KEY_FILE: path.join(dataDir, 'audit-anchor', 'key'),
    AUDIT_SPOOL_DIR: path.join(dataDir, 'audit-spool'),
    ...source,
  };
}

/** The data folder of the stack `npm start` runs: HOSO_DATA_DIR, or `.data` in the checkout. */
export function stackDataDir(source: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(source.HOSO_DATA_DIR ?? path.join(root, '.data'));
}
