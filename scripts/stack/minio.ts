import { mkdir } from 'node:fs/promises';
import { Client, RETENTION_MODES, RETENTION_VALIDITY_UNITS, type ObjectLockInfo } from 'minio';
import { freePort } from './free-port';
import { spawnService, stopProcess, waitUntilReady, type ServiceHandle } from './service';

export interface MinioOptions {
  /** Path of the `minio` server binary (see ensureMinio). */
  binPath: string;
  dataDir: string;
  /** S3 API port; a free one when omitted. */
  port?: number;
  /** Web console port; a free one when omitted. */
  consolePort?: number;
  accessKey: string;
  /** At least 8 characters, or MinIO refuses to start. */
  secretKey: string;
  logFile?: string;
  readyTimeoutMs?: number;
}

/** What the minio npm client needs to connect. */
export interface MinioConnection {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
}

export interface MinioHandle extends ServiceHandle, MinioConnection {
  url: string;
  consoleUrl: string;
}

/** Starts a single-node MinIO server and resolves once its readiness endpoint answers 200. */
export async function startMinio(options: MinioOptions): Promise<MinioHandle> {
  const { binPath, dataDir, accessKey, secretKey, logFile, readyTimeoutMs = 60_000 } = options;
  const port = options.port ?? (await freePort());
  const consolePort = options.consolePort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  await mkdir(dataDir, { recursive: true });

  const service = await spawnService({
    name: 'minio',
    command: binPath,
    args: ['server', dataDir, '--address', `127.0.0.1:${port}`, '--console-address', `127.0.0.1:${consolePort}`],
    env: { ...process.env, MINIO_ROOT_USER: accessKey, MINIO_ROOT_PASSWORD: secretKey },
    logFile,
  });
  await waitUntilReady({
    name: `MinIO on ${url}`,
    process: service,
    timeoutMs: readyTimeoutMs,
    probe: async () => (await fetch(`${url}/minio/health/ready`)).status === 200,
  });

  return {
    name: 'minio',
    child: service.child,
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey,
    secretKey,
    url,
    consoleUrl: `http://127.0.0.1:${consolePort}`,
    stop: () => stopProcess(service.child),
  };
}

/**
 * Creates `bucket` if missing and keeps every version of every object, since stored
 * documents are evidence. Object locking is asked for at creation (it cannot be
 * turned on later) and implies versioning; a server that refuses it still gets versioning.
 */
export async function ensureBucket(connection: MinioConnection, bucket: string): Promise<void> {
  // Pick the fields: callers often pass a whole MinioHandle.
  const { endPoint, port, useSSL, accessKey, secretKey } = connection;
  const client = new Client({ endPoint, port, useSSL, accessKey, secretKey });
  if (!(await client.bucketExists(bucket))) {
    try {
      await client.makeBucket(bucket, '', { ObjectLocking: true });
    } catch (error) {
      if (!isAlreadyExists(error)) await makeBucketWithoutLocking(client, bucket);
    }
  }
  await client.setBucketVersioning(bucket, { Status: 'Enabled' });
  // Archived documents cannot be overwritten or deleted for the retention period, except by an account
  // allowed to bypass governance mode (docs/decisions/0004-document-archive.md). A bucket made before
  // locking was possible keeps versioning only.
  // The typings pick the callback overload's void; without a callback the client returns a promise.
  const lock = await (client.getObjectLockConfig(bucket) as unknown as Promise<ObjectLockInfo>).catch(() => undefined);
  if (lock && 'objectLockEnabled' in lock && lock.objectLockEnabled === 'Enabled' && !('mode' in lock && lock.mode)) {
    await client.setObjectLockConfig(bucket, { mode: RETENTION_MODES.GOVERNANCE, unit: RETENTION_VALIDITY_UNITS.YEARS, validity: ARCHIVE_RETENTION_YEARS });
  }
}

/** Default retention of an archived document, in governance mode. */
export const ARCHIVE_RETENTION_YEARS = 10;

async function makeBucketWithoutLocking(client: Client, bucket: string): Promise<void> {
  try {
    await client.makeBucket(bucket, '');
  } catch (error) {
    // Another process may have created it meanwhile; that is what we wanted.
    if (!isAlreadyExists(error)) throw error;
  }
}

function isAlreadyExists(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'BucketAlreadyOwnedByYou' || code === 'BucketAlreadyExists';
}
