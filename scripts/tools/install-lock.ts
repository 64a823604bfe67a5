import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { toolsCacheDir } from './cache-dir';

/** What a lock file holds. The token tells one holding from another by the same pid. */
interface LockHolder {
  pid: number;
  purpose: string;
  since: string;
  token: string;
}

export interface InstallLockOptions {
  /** How long to wait for another holder before giving up. */
  timeoutMs?: number;
}

/** Long enough for the longest install, MinIO's build, on a busy machine. */
const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const POLL_MS = 250;

/**
 * Tokens of the locks this process holds or is taking: a lock with our pid but none of these tokens
 * was left by a dead process that had our pid (containers reuse pids).
 */
const ours = new Set<string>();

/**
 * Runs `install` holding the tools cache's lock `name`, so that one install at a time runs, across
 * processes (two clones share the cache) and within this one; the others wait, then usually find the
 * tool installed. A lock whose holder died (Ctrl-C, a crash) is taken over.
 */
export async function withInstallLock<T>(
  name: string,
  purpose: string,
  install: () => Promise<T>,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: InstallLockOptions = {},
): Promise<T> {
  const dir = join(await toolsCacheDir(), 'locks');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.lock`);
  const token = randomUUID();
  ours.add(token); // before the lock exists, so that this process's other waiters never find it abandoned
  try {
    await acquire(path, purpose, token, timeoutMs);
    try {
      return await install();
    } finally {
      await rm(path, { force: true });
    }
  } finally {
    ours.delete(token);
  }
}

async function acquire(path: string, purpose: string, token: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let toldWaiting = false;
  for (;;) {
    const holder: LockHolder = { pid: process.pid, purpose, since: new Date().toISOString(), token };
    if (await createExclusive(path, JSON.stringify(holder))) return;
    const text = await readFile(path, 'utf8').catch(ignoreMissing);
    if (text === undefined) continue; // released meanwhile
    const other = parseHolder(text);
    if (!other || isAbandoned(other)) {
      await removeAbandoned(path, text);
      continue;
    }
    const description = `process ${String(other.pid)} (${other.purpose}, since ${other.since})`;
    if (Date.now() >= deadline) {
      throw new Error(
        `Gave up after ${String(Math.round(timeoutMs / 1000))} s waiting for ${description} to release ${path}. ` +
          `If that process is not installing anything, delete ${path}.`,
      );
    }
    if (!toldWaiting) console.error(`[tools] waiting for ${description} before ${purpose}`);
    toldWaiting = true;
    await sleep(POLL_MS);
  }
}

/** Written whole beside the lock and hard-linked into place: link() fails if the lock exists, and no reader sees half a lock. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const draft = `${path}.${randomUUID()}`;
  await writeFile(draft, content);
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
}

function isAbandoned(holder: LockHolder): boolean {
  if (holder.pid === process.pid) return !ours.has(holder.token);
  try {
    process.kill(holder.pid, 0); // signal 0 only asks whether the process exists
    return false;
  } catch (error) {
    return errorCode(error) !== 'EPERM'; // EPERM: it exists, as another user
  }
}

/**
 * Moved aside first, so that when two waiters find the same abandoned lock, only one removes it and
 * the other cannot remove the lock the first then takes. One taken meanwhile is put back.
 */
async function removeAbandoned(path: string, seen: string): Promise<void> {
  const aside = `${path}.${randomUUID()}.abandoned`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(aside, 'utf8')) !== seen) await link(aside, path).catch(ignoreExisting);
  await rm(aside, { force: true });
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.token === 'string' ? (holder as LockHolder) : undefined;
  } catch {
    return undefined; // not written by us: no holder to wait for
  }
}

function ignoreMissing(error: unknown): undefined {
  if (errorCode(error) === 'ENOENT') return undefined;
  throw error;
}

/** Yet another waiter took the lock in that instant, so two hold it: rare, and the installs' atomic renames tolerate it. */
function ignoreExisting(error: unknown): void {
  if (errorCode(error) !== 'EEXIST') throw error;
}

/** Not by `instanceof Error`: errors from another realm (Jest's sandbox) fail that. */
function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
