import { developmentCredentials } from '../config/development-credentials';
import { stackSettingsOf } from '../config/env';
import { dataFilesOf } from './stack/data-files';

/**
 * The settings hoso's command-line tools read (`npm run token`, `audit:verify`, `audit:anchor`, `backup`): the
 * environment's, or else those of the stack `npm start` runs on the same HOSO_DATA_DIR and ports (scripts/start.ts,
 * scripts/dev-stack.ts), so that each works in a development shell as it is, against the stack it is meant for.
 */
export function stackToolEnv(source: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { dataDir, ports } = stackSettingsOf(source);
  return {
    DATABASE_URL: `postgres://hoso:${developmentCredentials.postgresPassword}@127.0.0.1:${ports.postgres}/hoso`,
    MINIO_ENDPOINT: `http://127.0.0.1:${ports.minio}`,
    MINIO_ACCESS_KEY: developmentCredentials.minioAppAccessKey,
    MINIO_SECRET_KEY: developmentCredentials.minioAppSecretKey,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
    ...dataFilesOf(dataDir),
    ...source,
  };
}

/** The data folder of the stack `npm start` runs: HOSO_DATA_DIR, or `.data` in the checkout. */
export function stackDataDir(source: NodeJS.ProcessEnv = process.env): string {
  return stackSettingsOf(source).dataDir;
}
