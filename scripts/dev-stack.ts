import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDevCodecKeyFile } from '../config/codec-keys';
import { developmentCredentials } from '../config/development-credentials';
import { readOrCreateSecretFile } from '../config/secret-file';
import { archiveRetentionOf } from '../config/env';
import { migrate } from './migrate';
import { ensureAppUser, ensureBucket, startMinio } from './stack/minio';
import { startPostgres } from './stack/postgres';
import type { ServiceHandle } from './stack/service';
import { startTemporal } from './stack/temporal';
import { ensureMc, ensureMinio } from './tools/minio';
import { ensureTemporalCli } from './tools/temporal';

export interface StackOptions {
  /** Keep data under `dataDir` across runs (npm start), or start fresh and leave nothing behind (tests). */
  persistent: boolean;
  dataDir: string;
  ports?: { postgres?: number; minio?: number; minioConsole?: number; temporal?: number; temporalUi?: number };
  temporalUi?: boolean;
  /** The codec server the Temporal UI decodes payloads through (hoso's API, /api/v1/codec). */
  temporalUiCodecEndpoint?: string;
  /** Services the caller provides itself (e.g. DATABASE_URL set): skipped here. */
  external?: { databaseUrl?: string };
}

export interface Stack {
  /** Environment for the API and worker processes. */
  env: Record<string, string>;
  temporalUiUrl?: string;
  minioConsoleUrl: string;
  stop(): Promise<void>;
}

// Public, so HOSO_ENV=production refuses them. MinIO's root user only sets the archive up; the app gets its own.
const { minioAccessKey: MINIO_ROOT_USER, minioSecretKey: MINIO_ROOT_PASSWORD, postgresPassword: POSTGRES_PASSWORD } = developmentCredentials;
const { minioAppAccessKey: MINIO_ACCESS_KEY, minioAppSecretKey: MINIO_SECRET_KEY } = developmentCredentials;
const BUCKET = 'hoso-documents';

/**
 * Development and test objects are locked in governance mode for a day, not in production's compliance mode for
 * years: the stack's root user can still remove them. ARCHIVE_RETENTION_MODE and ARCHIVE_RETENTION override.
 */
const developmentRetention = { ARCHIVE_RETENTION_MODE: 'GOVERNANCE', ARCHIVE_RETENTION: '1d' };

/** Temporal, PostgreSQL and MinIO, installed if needed, started and made ready for hoso. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const started: ServiceHandle[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
  };
  try {
    const retention = archiveRetentionOf({ ...developmentRetention, ...process.env });
    const [temporalCli, minioBin, mcBin] = await Promise.all([ensureTemporalCli(), ensureMinio(), ensureMc()]);
    const logs = join(options.dataDir, 'logs');
    await mkdir(logs, { recursive: true });

    let databaseUrl = options.external?.databaseUrl;
    // The API and workers connect as an application role that may only append to the audit trail; a database given
    // from outside (DATABASE_URL) is used as it is, by one role (docs/decisions/0006-audit-trail.md).
    let databaseAppUrl: string | undefined;
    if (!databaseUrl) {
      const postgres = await startPostgres({
        ...(options.persistent
          ? { persistent: true as const, dataDir: join(options.dataDir, 'postgres') }
          : { persistent: false as const }),
        password: POSTGRES_PASSWORD,
        ...(options.ports?.postgres ? { port: options.ports.postgres } : {}),
        logFile: join(logs, 'postgres.log'),
      });
      started.push(postgres);
      databaseUrl = postgres.databaseUrl;
      databaseAppUrl = applicationUrlOf(databaseUrl, await readOrCreateSecretFile(join(options.dataDir, 'postgres-app-role', 'password')));
    }

    const minio = await startMinio({
      binPath: minioBin,
      dataDir: join(options.dataDir, 'minio'),
      accessKey: MINIO_ROOT_USER,
      secretKey: MINIO_ROOT_PASSWORD,
      kmsKeyFile: join(options.dataDir, 'minio-kms', 'key'),
      ...(options.ports?.minio ? { port: options.ports.minio } : {}),
      ...(options.ports?.minioConsole ? { consolePort: options.ports.minioConsole } : {}),
      logFile: join(logs, 'minio.log'),
    });
    started.push(minio);

    const temporal = await startTemporal({
      cliPath: temporalCli,
      ui: options.temporalUi ?? true,
      ...(options.persistent ? { dbFile: join(options.dataDir, 'temporal', 'temporal.sqlite') } : {}),
      ...(options.ports?.temporal ? { port: options.ports.temporal } : {}),
      ...(options.ports?.temporalUi ? { uiPort: options.ports.temporalUi } : {}),
      ...(options.temporalUiCodecEndpoint ? { uiCodecEndpoint: options.temporalUiCodecEndpoint } : {}),
      logFile: join(logs, 'temporal.log'),
    });
    started.push(temporal);

    const codecKeyFile = join(options.dataDir, 'temporal-codec', 'keys.json');
    const archive = async () => {
      await ensureBucket(minio, BUCKET, retention);
      await ensureAppUser(minio, mcBin, BUCKET, { accessKey: MINIO_ACCESS_KEY, secretKey: MINIO_SECRET_KEY });
    };
    const auditAnchorKeyFile = join(options.dataDir, 'audit-anchor', 'key');
    await Promise.all([archive(), migrate(databaseUrl, databaseAppUrl), ensureDevCodecKeyFile(codecKeyFile), readOrCreateSecretFile(auditAnchorKeyFile)]);

    return {
      env: {
        DATABASE_URL: databaseUrl,
        ...(databaseAppUrl ? { DATABASE_APP_URL: databaseAppUrl } : {}),
        AUDIT_SPOOL_DIR: join(options.dataDir, 'audit-spool'),
        AUDIT_ANCHOR_KEY_FILE: auditAnchorKeyFile,
        TEMPORAL_ADDRESS: temporal.address,
        TEMPORAL_NAMESPACE: temporal.namespace,
        MINIO_ENDPOINT: minio.url,
        MINIO_ACCESS_KEY,
        MINIO_SECRET_KEY,
        MINIO_BUCKET: BUCKET,
        AUTH_MODE: 'dev',
        AUTH_DEV_KEY_FILE: join(options.dataDir, 'dev-issuer', 'key.json'),
        SIGNING_MODE: 'dev',
        SIGNING_DEV_CA_DIR: join(options.dataDir, 'dev-ca'),
        TEMPORAL_CODEC_KEY_FILE: codecKeyFile,
      },
      ...(temporal.uiUrl ? { temporalUiUrl: temporal.uiUrl } : {}),
      minioConsoleUrl: minio.consoleUrl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The owner's URL with the application role's name and password. */
function applicationUrlOf(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = 'hoso_app';
  url.password = encodeURIComponent(password);
  return url.href;
}
