import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { run } from './exec';
import { executableFromEnv, findOnPath, isExecutable } from './find-executable';
import { withInstallLock } from './install-lock';

/**
 * MinIO publishes no binaries on the registries we can reach, so we build the server
 * from source with Go. Pinned to the commit `@latest` resolved to when this was
 * written, so every machine builds the same server.
 */
export const MINIO_MODULE = 'github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c';

const HOW_TO_PROVIDE =
  'Provide MinIO in one of these ways: set MINIO_BIN=/path/to/minio, put `minio` on PATH, ' +
  'install Go (https://go.dev/dl/) so it can be built once, or run `docker compose up` to use the services in containers instead.';

/** Returns the MinIO server binary: $MINIO_BIN, else PATH, else the cached build, else builds it. */
export async function ensureMinio(): Promise<string> {
  const fromEnv = await executableFromEnv('MINIO_BIN');
  if (fromEnv) return fromEnv;
  const onPath = await findOnPath('minio');
  if (onPath) return onPath;

  const binDir = join(await toolsCacheDir(), 'bin');
  const installed = join(binDir, 'minio');
  if (await isExecutable(installed)) return installed;

  const go = await findOnPath('go');
  if (!go) throw new Error(`MinIO server not found and Go is not installed to build it.\n${HOW_TO_PROVIDE}`);

  // Two clones starting at once would each spend minutes on the same build: the second waits, then reuses the first's.
  return withInstallLock('minio', 'building the MinIO server', async () => {
    if (!(await isExecutable(installed))) await buildMinio(go, installed);
    return installed;
  });
}

async function buildMinio(go: string, installed: string): Promise<void> {
  const binDir = dirname(installed);
  await mkdir(binDir, { recursive: true });
  // `go install` copies into GOBIN in place, so build into a staging dir and rename:
  // an interrupted build never leaves a truncated binary at the final path.
  const staging = await mkdtemp(join(binDir, '.staging-minio-'));
  try {
    console.error(`[tools] building the MinIO server from source (${MINIO_MODULE}) into ${installed}`);
    console.error('[tools] this is a one-time build and takes several minutes; later runs reuse it');
    const started = Date.now();
    const result = await run(go, ['install', MINIO_MODULE], {
      env: { ...process.env, GOBIN: staging },
      onLine: (line) => console.error(`[minio build] ${line}`),
    });
    if (result.code !== 0) throw new Error(`go install failed (exit ${String(result.code)}):\n${result.tail}`);
    await rename(join(staging, 'minio'), installed);
    console.error(`[tools] MinIO built in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not build the MinIO server: ${reason}\n${HOW_TO_PROVIDE}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
