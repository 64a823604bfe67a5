import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client, type ObjectLockInfo } from 'minio';
import type { archiveRetentionOf } from '../../config/env';
import { run } from '../tools/exec';
import { freePort } from './free-port';
import { spawnService, stopProcess, waitUntilReady, type ServiceHandle } from './service';

export interface MinioOptions {
  /** Path of the `minio` server binary (see ensureMinio). */
  binPath: string;
  dataDir: string;
  /**
   * Erasure-coded over this many drives, `dataDir/drive-1` … (production's shape), rather than one drive at `dataDir`.
   * With 4, MinIO keeps 2 parity shards: any drive can go and every object is still read and written.
   */
  drives?: number;
  /** S3 API port; a free one when omitted. */
  port?: number;
  /** Web console port; a free one when omitted. */
  consolePort?: number;
  accessKey: string;
  /** At least 8 characters, or MinIO refuses to start. */
  secretKey: string;
  /**
   * The key MinIO encrypts objects at rest with (SSE-S3), made once and kept here: outside `dataDir`, which MinIO
   * reads as its drive. Losing it loses every object.
   */
  kmsKeyFile: string;
  logFile?: string;
  /** Also print its output on the terminal (npm start). */
  echo?: boolean;
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
  const { binPath, dataDir, accessKey, secretKey, kmsKeyFile, logFile, echo, readyTimeoutMs = 60_000 } = options;
  const port = options.port ?? (await freePort());
  const consolePort = options.consolePort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const drives = options.drives && options.drives > 1 ? Array.from({ length: options.drives }, (_, index) => join(dataDir, `drive-${index + 1}`)) : [dataDir];
  await Promise.all(drives.map((drive) => mkdir(drive, { recursive: true })));

  const service = await spawnService({
    name: 'minio',
    command: binPath,
    args: ['server', ...drives, '--address', `127.0.0.1:${port}`, '--console-address', `127.0.0.1:${consolePort}`],
    env: {
      ...process.env,
      MINIO_ROOT_USER: accessKey,
      MINIO_ROOT_PASSWORD: secretKey,
      MINIO_KMS_SECRET_KEY: await ensureKmsKey(kmsKeyFile),
      // Several drives on the root disk are refused outside CI mode; production gives each drive a disk of its own.
      ...(drives.length > 1 ? { MINIO_CI_CD: 'on' } : {}),
    },
    logFile,
    echo,
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

/** MinIO's single-node KMS key, `name:base64` of 32 random bytes: read from `file`, or made there the first time. */
async function ensureKmsKey(file: string): Promise<string> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing) return existing.trim();
  await mkdir(dirname(file), { recursive: true });
  const key = `hoso-archive:${randomBytes(32).toString('base64')}`;
  // `wx`: of two processes starting on one data folder, the second reads the first's key instead of replacing it.
  await writeFile(file, key, { mode: 0o600, flag: 'wx' }).catch((error: unknown) => {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  });
  return (await readFile(file, 'utf8')).trim();
}

export type ArchiveRetention = ReturnType<typeof archiveRetentionOf>;

/**
 * Makes `bucket` the write-once archive (docs/decisions/0004-document-archive.md), with the root user's connection:
 * object lock (asked for at creation: it cannot be added later) with the configured default retention, which keeps
 * every version; versioning; and encryption at rest with MinIO's KMS key (SSE-S3) for every object put.
 */
export async function ensureBucket(connection: MinioConnection, bucket: string, retention: ArchiveRetention): Promise<void> {
  // Pick the fields: callers often pass a whole MinioHandle.
  const { endPoint, port, useSSL, accessKey, secretKey } = connection;
  const client = new Client({ endPoint, port, useSSL, accessKey, secretKey });
  if (!(await client.bucketExists(bucket))) {
    await client.makeBucket(bucket, '', { ObjectLocking: true }).catch((error: unknown) => {
      // Another process may have created it meanwhile; that is what we wanted.
      if (!isAlreadyExists(error)) throw error;
    });
  }
  // The typings pick the callback overload's void; without a callback the client returns a promise.
  const lock = await (client.getObjectLockConfig(bucket) as unknown as Promise<ObjectLockInfo>).catch(() => undefined);
  if (!lock || !('objectLockEnabled' in lock) || lock.objectLockEnabled !== 'Enabled') {
    throw new Error(`bucket ${bucket} was made without object lock, which cannot be added to it: archive into a new bucket (MINIO_BUCKET)`);
  }
  await client.setBucketVersioning(bucket, { Status: 'Enabled' });
  const { ARCHIVE_RETENTION_MODE: mode, ARCHIVE_RETENTION: { unit, validity } } = retention;
  if (lock.mode !== mode || lock.unit !== unit || lock.validity !== validity) {
    await client.setObjectLockConfig(bucket, { mode, unit, validity });
  }
  await client.setBucketEncryption(bucket, { Rule: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] });
}

/** The application's credentials: a MinIO user that may only put, get and list in `bucket` (config/minio-app-policy.json). */
export interface AppUser {
  accessKey: string;
  secretKey: string;
}

/** A MinIO policy: its name, and its JSON document, written for the bucket `hoso-documents`. */
export interface ArchivePolicy {
  name: string;
  file: string;
}

const appPolicy: ArchivePolicy = { name: 'hoso-app', file: join(__dirname, '..', '..', 'config', 'minio-app-policy.json') };

/**
 * Creates or updates a user of the archive and its policy (by default the application's), with the root user's
 * connection. The S3 API has no users, so this speaks MinIO's admin API through `mc` (ensureMc), the same commands
 * `minio-init` runs in production.
 */
export async function ensureAppUser(connection: MinioConnection, mcBin: string, bucket: string, user: AppUser, policy: ArchivePolicy = appPolicy): Promise<void> {
  const { endPoint, port, useSSL, accessKey, secretKey } = connection;
  const endpoint = `${useSSL ? 'https' : 'http'}://${encodeURIComponent(accessKey)}:${encodeURIComponent(secretKey)}@${endPoint}:${port}`;
  const configDir = await mkdtemp(join(tmpdir(), 'hoso-mc-'));
  // The alias lives in the environment of each call, so no mc configuration file holds the root password.
  const mc = async (...args: string[]) => {
    const result = await run(mcBin, ['--no-color', '--config-dir', configDir, ...args], { env: { ...process.env, MC_HOST_hoso: endpoint } });
    if (result.code !== 0) throw new Error(`mc ${args.slice(0, 3).join(' ')} failed (exit ${String(result.code)}):\n${result.tail}`);
  };
  try {
    const policyFile = join(configDir, 'policy.json');
    await writeFile(policyFile, (await readFile(policy.file, 'utf8')).replaceAll('arn:aws:s3:::hoso-documents', `arn:aws:s3:::${bucket}`));
    await mc('admin', 'policy', 'create', 'hoso', policy.name, policyFile);
    await mc('admin', 'user', 'add', 'hoso', user.accessKey, user.secretKey);
    // Attaching a policy the user already has succeeds and changes nothing.
    await mc('admin', 'policy', 'attach', 'hoso', policy.name, '--user', user.accessKey);
  } finally {
    await rm(configDir, { recursive: true, force: true });
  }
}

function isAlreadyExists(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'BucketAlreadyOwnedByYou' || code === 'BucketAlreadyExists';
}
