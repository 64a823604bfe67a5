import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { run } from './exec';
import { findOnPath, isExecutable } from './find-executable';
import { withInstallLock } from './install-lock';

/** A command and the arguments that come before the tool's own. */
export interface ToolCommand {
  command: string;
  args: readonly string[];
}

export interface PythonVenvTool {
  /** Human name for messages, e.g. "pyHanko". */
  title: string;
  /** Directory name in the tools cache, e.g. "pyhanko-0.38.0" (the Python version is appended). */
  slug: string;
  /** What `pip install` gets after its options: pinned requirements, `--constraint` files… */
  pipArgs: readonly string[];
  /** The module that runs the tool (`python -m <module>`), also asked for `--version` to prove the install. */
  module: string;
  /** How to provide the tool by hand, added to every error. */
  howTo: string;
}

/**
 * A PyPI tool installed once into its own virtualenv in the tools cache, run as `python -m <module>`. Compiled
 * wheels are built for one Python, so the directory names the Python version. The venv is built beside and
 * renamed into place, so an interrupted install is never trusted; `python -m` still works after the rename
 * (the venv's scripts would not: their shebangs hold the staging path).
 */
export async function ensurePythonVenvTool(tool: PythonVenvTool): Promise<ToolCommand> {
  const python = await findOnPath('python3');
  if (!python) throw new Error(`${tool.title} needs python3, which is not installed. ${tool.howTo}`);
  const version = await run(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])']);
  if (version.code !== 0) throw new Error(`python3 does not run:\n${version.tail}\n${tool.howTo}`);
  const pypiDir = join(await toolsCacheDir(), 'pypi');
  const target = join(pypiDir, `${tool.slug}-py${version.tail.trim()}`);
  const command = { command: join(target, 'bin', 'python'), args: ['-m', tool.module] };
  if (await isExecutable(command.command)) return command;

  return withInstallLock(`pypi-${basename(target)}`, `installing ${tool.title}`, async () => {
    // Another process may have installed it while we waited.
    if (!(await isExecutable(command.command))) await installInto(tool, python, target);
    return command;
  });
}

async function installInto(tool: PythonVenvTool, python: string, target: string): Promise<void> {
  const pypiDir = dirname(target);
  await mkdir(pypiDir, { recursive: true });
  const staging = await mkdtemp(join(pypiDir, `.staging-${tool.slug}-`));
  try {
    console.error(`[tools] installing ${tool.title} into ${target}`);
    const venv = await run(python, ['-m', 'venv', staging]);
    if (venv.code !== 0) throw new Error(`python3 -m venv failed (exit ${String(venv.code)}):\n${venv.tail}`);
    const pip = await run(join(staging, 'bin', 'python'), [
      '-m', 'pip', 'install', '--only-binary=:all:', '--disable-pip-version-check', '--no-input', ...tool.pipArgs,
    ]);
    if (pip.code !== 0) throw new Error(`pip install failed (exit ${String(pip.code)}):\n${pip.tail}`);
    const check = await run(join(staging, 'bin', 'python'), ['-m', tool.module, '--version']);
    if (check.code !== 0) throw new Error(`installed but does not run:\n${check.tail}`);
    try {
      await rename(staging, target);
    } catch (error) {
      // Another process finished first (one the lock missed, e.g. in another container); theirs is as good.
      if (!(await isExecutable(join(target, 'bin', 'python')))) throw error;
    }
  } catch (error) {
    throw new Error(`Could not install ${tool.title}: ${error instanceof Error ? error.message : String(error)}\n${tool.howTo}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
