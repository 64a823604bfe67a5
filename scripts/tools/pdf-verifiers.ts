/**
 * The two independent verifiers the signing tests run on hoso's signed PDFs: poppler's `pdfsig`
 * (NSS underneath) and pyHanko (Python). Each is found, or installed once, and cached per process.
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { findOrInstallDebianTool } from './debian-tool';
import { run } from './exec';
import { executableFromEnv, findOnPath, isExecutable } from './find-executable';

/** A command and the arguments that come before the tool's own. */
export interface ToolCommand {
  command: string;
  args: readonly string[];
}

export const PYHANKO_VERSION = '0.38.0';

/**
 * pyHanko's CLI and every dependency, pinned so that every machine validates with the same code.
 * No extras: validation needs none (they add PKCS#11, images, fonts, async HTTP for signing).
 */
const PYHANKO_REQUIREMENTS = [
  `pyHanko==${PYHANKO_VERSION}`,
  'pyhanko-cli==0.6.0',
  'pyhanko-certvalidator==0.33.0',
  'aiohappyeyeballs==2.7.1',
  'aiohttp==3.14.5',
  'aiosignal==1.4.0',
  'asn1crypto==1.5.1',
  'attrs==26.1.0',
  'certifi==2026.10.18',
  'cffi==2.1.1',
  'click==8.5.1',
  'cryptography==50.0.2',
  'frozenlist==1.8.0',
  'idna==3.20',
  'lxml==6.1.3',
  'multidict==7.2.1',
  'oscrypto==1.3.0',
  'platformdirs==4.14.7',
  'propcache==0.5.4',
  'pycparser==3.12',
  'PyYAML==6.0.3',
  'typing_extensions==4.16.0',
  'tzlocal==5.4.5',
  'uritools==6.1.4',
  'yarl==1.25.1',
];

let pdfsig: Promise<string> | undefined;
let pyhanko: Promise<ToolCommand> | undefined;

/** poppler's `pdfsig`: $PDFSIG, else PATH, else (as root) `apt-get install poppler-utils`. */
export function ensurePdfsig(): Promise<string> {
  pdfsig ??= findOrInstallDebianTool({ command: 'pdfsig', debianPackage: 'poppler-utils', envVariable: 'PDFSIG' });
  pdfsig.catch(() => (pdfsig = undefined)); // a failure is not cached: the next call tries again
  return pdfsig;
}

/** pyHanko: $PYHANKO, else `pyhanko` on PATH, else a pinned virtualenv in the tools cache. */
export function ensurePyhanko(): Promise<ToolCommand> {
  pyhanko ??= findOrInstallPyhanko();
  pyhanko.catch(() => (pyhanko = undefined));
  return pyhanko;
}

async function findOrInstallPyhanko(): Promise<ToolCommand> {
  const fromEnv = await executableFromEnv('PYHANKO');
  if (fromEnv) return { command: fromEnv, args: [] };
  const onPath = await findOnPath('pyhanko');
  if (onPath) return { command: onPath, args: [] };

  const python = await findOnPath('python3');
  const howTo = 'Install Python 3 with venv and pip, or `pip install pyhanko-cli` and put `pyhanko` on PATH, or set PYHANKO=/path/to/pyhanko.';
  if (!python) throw new Error(`pyHanko needs python3, which is not installed. ${howTo}`);
  const version = await run(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])']);
  if (version.code !== 0) throw new Error(`python3 does not run:\n${version.tail}\n${howTo}`);
  // Compiled wheels (cryptography, lxml…) are built for one Python: the directory names it.
  const pypiDir = join(await toolsCacheDir(), 'pypi');
  const target = join(pypiDir, `pyhanko-${PYHANKO_VERSION}-py${version.tail.trim()}`);
  const command = { command: join(target, 'bin', 'python'), args: ['-m', 'pyhanko'] };
  if (await isExecutable(join(target, 'bin', 'python'))) return command;

  await mkdir(pypiDir, { recursive: true });
  // Build beside and rename into place, so an interrupted install is never trusted. `python -m
  // pyhanko` still works after the rename (the venv's scripts would not: their shebangs hold the path).
  const staging = await mkdtemp(join(pypiDir, '.staging-pyhanko-'));
  try {
    console.error(`[tools] installing pyHanko ${PYHANKO_VERSION} into ${target}`);
    const venv = await run(python, ['-m', 'venv', staging]);
    if (venv.code !== 0) throw new Error(`python3 -m venv failed (exit ${String(venv.code)}):\n${venv.tail}`);
    const pip = await run(join(staging, 'bin', 'python'), [
      '-m', 'pip', 'install',
      '--no-deps', '--only-binary=:all:',
      '--disable-pip-version-check', '--no-input',
      ...PYHANKO_REQUIREMENTS,
    ]);
    if (pip.code !== 0) throw new Error(`pip install pyHanko failed (exit ${String(pip.code)}):\n${pip.tail}`);
    const check = await run(join(staging, 'bin', 'python'), ['-m', 'pyhanko', '--version']);
    if (check.code !== 0) throw new Error(`pyHanko installed but does not run:\n${check.tail}`);
    try {
      await rename(staging, target);
    } catch (error) {
      if (!(await isExecutable(join(target, 'bin', 'python')))) throw error; // else another process finished first
    }
    return command;
  } catch (error) {
    throw new Error(`Could not install pyHanko: ${error instanceof Error ? error.message : String(error)}\n${howTo}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
