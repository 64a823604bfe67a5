/**
 * The two independent verifiers the signing tests run on hoso's signed PDFs: poppler's `pdfsig`
 * (NSS underneath) and pyHanko (Python). Each is found, or installed once, and cached per process.
 */
import { findOrInstallDebianTool } from './debian-tool';
import { executableFromEnv, findOnPath } from './find-executable';
import { ensurePythonVenvTool, type ToolCommand } from './python-venv-tool';

export type { ToolCommand } from './python-venv-tool';

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
  return ensurePythonVenvTool({
    title: `pyHanko ${PYHANKO_VERSION}`,
    slug: `pyhanko-${PYHANKO_VERSION}`,
    pipArgs: ['--no-deps', ...PYHANKO_REQUIREMENTS],
    module: 'pyhanko',
    howTo: 'Install Python 3 with venv and pip, or `pip install pyhanko-cli` and put `pyhanko` on PATH, or set PYHANKO=/path/to/pyhanko.',
  });
}
