import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** True when `file` is a regular file this process may execute. */
export async function isExecutable(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on $PATH, like `command -v`. */
export async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The binary named by an override variable such as TEMPORAL_CLI. An override that
 * points nowhere is an error rather than a silent fallback: the user asked for it.
 */
export async function executableFromEnv(variable: string): Promise<string | undefined> {
  const value = process.env[variable];
  if (!value) return undefined;
  if (!(await isExecutable(value))) {
    throw new Error(`${variable} is set to "${value}", which is not an executable file. Fix the path or unset ${variable}.`);
  }
  return value;
}
