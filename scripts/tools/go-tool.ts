import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { run } from './exec';
import { executableFromEnv, findOnPath, isExecutable } from './find-executable';
import { withInstallLock } from './install-lock';

export interface GoTool {
  /** The binary's name in the tools cache (and on PATH). */
  name: string;
  /** The name `go install` writes, when it differs (`go.temporal.io/server/cmd/server` writes `server`). */
  builtAs?: string;
  /** What the messages call it ("the MinIO server"). */
  label: string;
  /** `module@version`, pinned so that every machine builds the same binary. */
  module: string;
  /** The variable that points at a binary of the user's own (MINIO_BIN). */
  envVariable: string;
  /** Whether a binary of that name on PATH is the tool (`mc` is also Midnight Commander's name). */
  fromPath: boolean;
  howToProvide: string;
}

/** Returns the tool: its variable, else PATH (where allowed), else the cached build, else builds it with Go once. */
export async function ensureGoTool(tool: GoTool): Promise<string> {
  const fromEnv = await executableFromEnv(tool.envVariable);
  if (fromEnv) return fromEnv;
  const onPath = tool.fromPath ? await findOnPath(tool.name) : undefined;
  if (onPath) return onPath;

  const installed = join(await toolsCacheDir(), 'bin', tool.name);
  if (await isExecutable(installed)) return installed;

  const go = await findOnPath('go');
  if (!go) throw new Error(`${tool.label} not found and Go is not installed to build it.\n${tool.howToProvide}`);

  // Two clones starting at once would each spend minutes on the same build: the second waits, then reuses the first's.
  return withInstallLock(tool.name, `building ${tool.label}`, async () => {
    if (!(await isExecutable(installed))) await build(go, tool, installed);
    return installed;
  });
}

async function build(go: string, tool: GoTool, installed: string): Promise<void> {
  const binDir = dirname(installed);
  await mkdir(binDir, { recursive: true });
  // `go install` copies into GOBIN in place, so build into a staging dir and rename:
  // an interrupted build never leaves a truncated binary at the final path.
  const staging = await mkdtemp(join(binDir, `.staging-${tool.name}-`));
  try {
    console.error(`[tools] building ${tool.label} from source (${tool.module}) into ${installed}`);
    console.error('[tools] this is a one-time build that can take several minutes; later runs reuse it');
    const started = Date.now();
    const result = await run(go, ['install', tool.module], {
      env: { ...process.env, GOBIN: staging },
      onLine: (line) => console.error(`[${tool.name} build] ${line}`),
    });
    if (result.code !== 0) throw new Error(`go install failed (exit ${String(result.code)}):\n${result.tail}`);
    await rename(join(staging, tool.builtAs ?? tool.name), installed);
    console.error(`[tools] ${tool.label} built in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not build ${tool.label}: ${reason}\n${tool.howToProvide}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
