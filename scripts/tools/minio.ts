import { ensureGoTool } from './go-tool';

/**
 * MinIO publishes no binaries on the registries we can reach, so we build the server
 * from source with Go. Pinned to the commit `@latest` resolved to when this was
 * written, so every machine builds the same server.
 */
export const MINIO_MODULE = 'github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c';

/**
 * MinIO's admin client, for what the S3 API cannot do: the application's own user and policy. Pinned to the commit
 * the server above depends on, so it speaks the same admin API (and its modules are already in Go's cache).
 */
export const MC_MODULE = 'github.com/minio/mc@v0.0.0-20250313080218-cf909e1063a9';

const howToProvide = (variable: string, name: string) =>
  `Provide it in one of these ways: set ${variable}=/path/to/${name}, ${variable === 'MINIO_BIN' ? 'put `minio` on PATH, ' : ''}` +
  'install Go (https://go.dev/dl/) so it can be built once, or run `docker compose up` to use the services in containers instead.';

/** Returns the MinIO server binary: $MINIO_BIN, else PATH, else the cached build, else builds it. */
export function ensureMinio(): Promise<string> {
  return ensureGoTool({ name: 'minio', label: 'the MinIO server', module: MINIO_MODULE, envVariable: 'MINIO_BIN', fromPath: true, howToProvide: howToProvide('MINIO_BIN', 'minio') });
}

/** Returns MinIO's `mc`: $MC_BIN, else the cached build, else builds it (not PATH: `mc` is often Midnight Commander). */
export function ensureMc(): Promise<string> {
  return ensureGoTool({ name: 'mc', label: 'the MinIO client (mc)', module: MC_MODULE, envVariable: 'MC_BIN', fromPath: false, howToProvide: howToProvide('MC_BIN', 'mc') });
}
