import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDevCodecKeyFile } from '../config/codec-keys';
import { developmentCredentials } from '../config/development-credentials';
import { readOrCreateSecretFile } from '../config/secret-file';
import { archiveRetentionOf } from '../config/env';
import { migrate } from './migrate';
import { dataFilesOf } from './stack/data-files';
import { ensureAppUser, ensureBucket, startMinio } from './stack/minio';
import { freePort } from './stack/free-port';
import { startPostgres } from './stack/postgres';
import type { ServiceHandle } from './stack/service';
import { startTemporal } from './stack/temporal';
import { prepareTemporalServer } from './stack/temporal-server';
import { ensureMc, ensureMinio } from './tools/minio';
import { ensureTemporalCli } from './tools/temporal';
import { ensureTemporalServer, ensureTemporalSqlTool } from './tools/temporal-server';

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
  /**
   * Production's shape rather than the development one (`npm run chaos`): the Temporal server built from source with
   * its state in this PostgreSQL, instead of the CLI's dev server; and MinIO erasure-coded over 4 drives.
   */
  productionShape?: boolean;
  /** Print each service's output on the terminal too, prefixed with its name, besides its log (npm start). */
  echoLogs?: boolean;
}

export type StackService = 'postgres' | 'minio' | 'temporal';

export interface Stack {
  /** Environment for the API and worker processes. */
  env: Record<string, string>;
  temporalUiUrl?: string;
  minioConsoleUrl: string;
  /** Stops one service and starts it again on the same port and data; persistent stacks only. */
  restart(service: StackService): Promise<void>;
  /** The services this stack runs itself (not those given from outside), in the order they started. */
  services(): StackService[];
  /** The process of a service now: after a restart, the new one. */
  processOf(service: StackService): ChildProcess | undefined;
  /** `<dataDir>/logs`: each service's log, `<service>.log`, rotated by size. */
  logsDir: string;
  /** The directory of each MinIO drive. */
  minioDrives: string[];
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
  // Each service with the way to start it again, in the order they started: they stop in the reverse one.
  const started = new Map<StackService, { handle: ServiceHandle; start: () => Promise<ServiceHandle> }>();
  const launch = async <Handle extends ServiceHandle>(name: StackService, start: () => Promise<Handle>): Promise<Handle> => {
    const handle = await start();
    started.set(name, { handle, start });
    return handle;
  };
  const stop = async () => {
    for (const { handle } of [...started.values()].reverse()) await handle.stop().catch(() => undefined);
  };
  try {
    const retention = archiveRetentionOf({ ...developmentRetention, ...process.env });
    const [temporalCli, minioBin, mcBin, temporalServer] = await Promise.all([
      ensureTemporalCli(),
      ensureMinio(),
      ensureMc(),
      options.productionShape ? Promise.all([ensureTemporalServer(), ensureTemporalSqlTool()]) : undefined,
    ]);
    const logs = join(options.dataDir, 'logs');
    await mkdir(logs, { recursive: true });
    // Chosen once, so that a service started again (restart) is found where the others know it.
    const port = async (name: keyof NonNullable<StackOptions['ports']>) => options.ports?.[name] ?? (await freePort());
    const ports = { postgres: await port('postgres'), minio: await port('minio'), minioConsole: await port('minioConsole'), temporal: await port('temporal'), temporalUi: await port('temporalUi') };

    let databaseUrl = options.external?.databaseUrl;
    // The API and workers connect as an application role that may only append to the audit trail; a database given
    // from outside (DATABASE_URL) is used as it is, by one role (docs/decisions/0006-audit-trail.md).
    let databaseAppUrl: string | undefined;
    if (!databaseUrl) {
      const postgres = await launch('postgres', () => startPostgres({
        ...(options.persistent
          ? { persistent: true as const, dataDir: join(options.dataDir, 'postgres') }
          : { persistent: false as const }),
        password: POSTGRES_PASSWORD,
        port: ports.postgres,
        logFile: join(logs, 'postgres.log'),
        echo: options.echoLogs ?? false,
      }));
      databaseUrl = postgres.databaseUrl;
      databaseAppUrl = applicationUrlOf(databaseUrl, await readOrCreateSecretFile(join(options.dataDir, 'postgres-app-role', 'password')));
    }

    const minioDir = join(options.dataDir, 'minio');
    const minioDrives = options.productionShape ? [1, 2, 3, 4].map((drive) => join(minioDir, `drive-${drive}`)) : [minioDir];
    const minio = await launch('minio', () => startMinio({
      binPath: minioBin,
      dataDir: minioDir,
      drives: minioDrives.length,
      accessKey: MINIO_ROOT_USER,
      secretKey: MINIO_ROOT_PASSWORD,
      kmsKeyFile: join(options.dataDir, 'minio-kms', 'key'),
      port: ports.minio,
      consolePort: ports.minioConsole,
      logFile: join(logs, 'minio.log'),
      echo: options.echoLogs ?? false,
    }));

    const temporal = temporalServer
      ? await launch('temporal', await serverOn(databaseUrl, temporalServer, join(options.dataDir, 'temporal'), join(logs, 'temporal.log')))
      : await launch('temporal', () => startTemporal({
      cliPath: temporalCli,
      ui: options.temporalUi ?? true,
      ...(options.persistent ? { dbFile: join(options.dataDir, 'temporal', 'temporal.sqlite') } : {}),
      port: ports.temporal,
      uiPort: ports.temporalUi,
      ...(options.temporalUiCodecEndpoint ? { uiCodecEndpoint: options.temporalUiCodecEndpoint } : {}),
      logFile: join(logs, 'temporal.log'),
      echo: options.echoLogs ?? false,
    }));

    const files = dataFilesOf(options.dataDir);
    const archive = async () => {
      await ensureBucket(minio, BUCKET, retention);
      await ensureAppUser(minio, mcBin, BUCKET, { accessKey: MINIO_ACCESS_KEY, secretKey: MINIO_SECRET_KEY });
    };
    await Promise.all([archive(), migrate(databaseUrl, databaseAppUrl), ensureDevCodecKeyFile(files.TEMPORAL_CODEC_KEY_FILE), readOrCreateSecretFile(files.AUDIT_ANCHOR_KEY_FILE)]);

    return {
      env: {
        DATABASE_URL: databaseUrl,
        ...(databaseAppUrl ? { DATABASE_APP_URL: databaseAppUrl } : {}),
        ...files,
        TEMPORAL_ADDRESS: temporal.address,
        TEMPORAL_NAMESPACE: temporal.namespace,
        MINIO_ENDPOINT: minio.url,
        MINIO_ACCESS_KEY,
        MINIO_SECRET_KEY,
        MINIO_BUCKET: BUCKET,
        AUTH_MODE: 'dev',
        SIGNING_MODE: 'dev',
      },
      ...(temporal.uiUrl ? { temporalUiUrl: temporal.uiUrl } : {}),
      minioConsoleUrl: minio.consoleUrl,
      minioDrives,
      async restart(name) {
        const service = started.get(name);
        if (!service) throw new Error(`${name} is not a service of this stack`);
        if (!options.persistent) throw new Error('only a persistent stack keeps its data across a restart');
        await service.handle.stop();
        service.handle = await service.start();
      },
      services: () => [...started.keys()],
      processOf: (name) => started.get(name)?.handle.child,
      logsDir: logs,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Prepares the Temporal server on the stack's PostgreSQL (its owner role keeps the server's two databases too). */
async function serverOn(databaseUrl: string, [serverBin, sqlToolBin]: [string, string], configDir: string, logFile: string) {
  const url = new URL(databaseUrl);
  const persistence = { host: url.hostname, port: Number(url.port), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  const server = await prepareTemporalServer({ serverBin, sqlToolBin, persistence, configDir, logFile });
  return () => server.start();
}

/** The owner's URL with the application role's name and password. */
function applicationUrlOf(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = 'hoso_app';
  url.password = encodeURIComponent(password);
  return url.href;
}
