import { chmod, stat } from 'node:fs/promises';
import { dirname, parse, resolve } from 'node:path';
import { run } from '../tools/exec';

/**
 * PostgreSQL refuses to run as root. When we are root (containers, CI, this dev box)
 * the server runs as the `postgres` system user instead, which must own the data
 * dir and be able to reach it and the binaries. Not root: runs as ourselves.
 */
export interface RunAs {
  uid: number;
  gid: number;
}

const USER = 'postgres';

/** The user to run PostgreSQL as, or undefined to run as this process's user. Creates the user if needed. */
export async function postgresRunAs(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const existing = await lookupUser(USER);
  if (existing) return existing;

  console.error(`[postgres] creating system user "${USER}": PostgreSQL refuses to run as root`);
  // A leftover "postgres" group (user deleted, group kept) makes --user-group fail.
  const groupExists = (await run('getent', ['group', USER])).code === 0;
  const result = await run('useradd', [
    '--system', ...(groupExists ? ['--gid', USER] : ['--user-group']),
    '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', USER,
  ]).catch((error: unknown) => ({ code: null, tail: String(error) }));
  const created = result.code === 0 ? await lookupUser(USER) : undefined;
  if (!created) {
    throw new Error(
      `Running as root, PostgreSQL needs a "${USER}" system user and creating it failed:\n${result.tail}\n` +
        `Create it yourself (useradd --system --user-group ${USER}) or run as a normal user.`,
    );
  }
  return created;
}

async function lookupUser(name: string): Promise<RunAs | undefined> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { uid: Number(uid.tail.trim()), gid: Number(gid.tail.trim()) };
}

/**
 * Lets `user` reach `target` (a file or dir): every ancestor dir it cannot search gets
 * the search bit for others (o+x). That allows entering the dir, not listing it. Typical
 * case: a data dir under /root (mode 0700). Asked of the kernel as that user, so ACLs count.
 */
export async function grantSearchPath(target: string, user: RunAs): Promise<void> {
  if (await canSearch(target, user)) return;
  for (const dir of ancestors(resolve(target))) {
    if (await canSearch(dir, user)) continue;
    const { mode } = await stat(dir);
    console.error(`[postgres] granting search permission (o+x) on ${dir} so the postgres user can reach ${target}`);
    await chmod(dir, (mode & 0o7777) | 0o001);
  }
  if (!(await canSearch(target, user))) {
    throw new Error(`The postgres user (uid ${user.uid}) still cannot reach ${target}; check its permissions.`);
  }
}

/** `/`, `/a`, `/a/b` for `/a/b/c`: the dirs to pass through, outermost first. */
function ancestors(path: string): string[] {
  const dirs: string[] = [];
  const { root } = parse(path);
  for (let dir = dirname(path); dir !== root; dir = dirname(dir)) dirs.unshift(dir);
  return [root, ...dirs];
}

async function canSearch(path: string, user: RunAs): Promise<boolean> {
  return (await run('test', ['-x', path], user)).code === 0;
}
