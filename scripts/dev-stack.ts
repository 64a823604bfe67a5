import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate } from './migrate';
import { ensureBucket, startMinio } from './stack/minio';
import { startPostgres } from './stack/postgres';
import type { ServiceHandle } from './stack/service';
import { startTemporal } from './stack/temporal';
import { ensureMinio } from './tools/minio';
import { ensureTemporalCli } from './tools/temporal';

export interface StackOptions {
  /** Keep data under `dataDir` across runs (npm start), or start fresh and leave nothing behind (tests). */
  persistent: boolean;
  dataDir: string;
  ports?: { postgres?: number; minio?: number; minioConsole?: number; temporal?: number; temporalUi?: number };
  temporalUi?: boolean;
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

const MINIO_ACCESS_KEY = 'hoso-dev';
const MINIO_SECRET_KEY = 'hoso-dev-secret';
const POSTGRES_PASSWORD = 'hoso-dev';
const BUCKET = 'hoso-documents';

/** Temporal, PostgreSQL and MinIO, installed if needed, started and made ready for hoso. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const started: ServiceHandle[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
  };
  try {
    const [temporalCli, minioBin] = await Promise.all([ensureTemporalCli(), ensureMinio()]);
    const logs = join(options.dataDir, 'logs');
    await mkdir(logs, { recursive: true });

    let databaseUrl = options.external?.databaseUrl;
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
    }

    const minio = await startMinio({
      binPath: minioBin,
      dataDir: join(options.dataDir, 'minio'),
      accessKey: MINIO_ACCESS_KEY,
      secretKey: MINIO_SECRET_KEY,
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
      logFile: join(logs, 'temporal.log'),
    });
    started.push(temporal);

    await Promise.all([ensureBucket(minio, BUCKET), migrate(databaseUrl)]);

    return {
      env: {
        DATABASE_URL: databaseUrl,
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
