/**
 * schemathesis (PyPI), the property-based API tester the OpenAPI test runs against hoso's API:
 * installed once into a pinned virtualenv in the tools cache, and cached per process.
 */
import { join } from 'node:path';
import { executableFromEnv } from './find-executable';
import { ensurePythonVenvTool, type ToolCommand } from './python-venv-tool';

export const SCHEMATHESIS_VERSION = '4.32.5';

/** `pip freeze` of a working install: a fresh machine gets the same dependencies, not the newest ones. */
const CONSTRAINTS = join(__dirname, 'schemathesis-constraints.txt');

let schemathesis: Promise<ToolCommand> | undefined;

/**
 * schemathesis' CLI (`st`): $SCHEMATHESIS, else the pinned virtualenv in the tools cache. `st` on PATH is not
 * used: the test's options and checks are those of this version.
 */
export function ensureSchemathesis(): Promise<ToolCommand> {
  schemathesis ??= findOrInstallSchemathesis();
  schemathesis.catch(() => (schemathesis = undefined)); // a failure is not cached: the next call tries again
  return schemathesis;
}

async function findOrInstallSchemathesis(): Promise<ToolCommand> {
  const fromEnv = await executableFromEnv('SCHEMATHESIS');
  if (fromEnv) return { command: fromEnv, args: [] };
  return ensurePythonVenvTool({
    title: `schemathesis ${SCHEMATHESIS_VERSION}`,
    slug: `schemathesis-${SCHEMATHESIS_VERSION}`,
    pipArgs: ['--constraint', CONSTRAINTS, `schemathesis==${SCHEMATHESIS_VERSION}`],
    module: 'schemathesis.cli',
    howTo: `Install Python 3 with venv and pip (Debian: apt-get install python3-venv), or \`pip install schemathesis==${SCHEMATHESIS_VERSION}\` and set SCHEMATHESIS=/path/to/st.`,
  });
}
