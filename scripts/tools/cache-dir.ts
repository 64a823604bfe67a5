import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where downloaded or built tools live. It sits in the user's cache dir, not in the
 * clone, so a fresh clone (or `git clean`) finds the tools again without reinstalling.
 */
export function resolveToolsCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  if (env.HOSO_TOOLS_DIR) return resolve(env.HOSO_TOOLS_DIR);
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'hoso', 'tools');
  return join(home, '.cache', 'hoso', 'tools');
}

/** The tools cache dir for this process, created if missing. */
export async function toolsCacheDir(): Promise<string> {
  const dir = resolveToolsCacheDir(process.env, homedir());
  await mkdir(dir, { recursive: true });
  return dir;
}
