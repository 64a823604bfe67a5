import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { toolsCacheDir } from './cache-dir';
import { run, type RunResult } from './exec';
import { executableFromEnv, findOnPath } from './find-executable';
import { withInstallLock } from './install-lock';

export interface DebianTool {
  /** The command, e.g. `pdfsig`. */
  command: string;
  /** The Debian package that ships it, e.g. `poppler-utils`. */
  debianPackage: string;
  /** The variable that may name the executable instead, e.g. `PDFSIG`. */
  envVariable: string;
}

/** The package manager that installs Debian tools. */
export interface Apt {
  /** The apt-get to run. */
  command: string;
  /** Where apt keeps its package lists. */
  listsDir: string;
  /** Whether it installs only as root, as the system's does. */
  needsRoot: boolean;
}

export const systemApt: Apt = { command: 'apt-get', listsDir: '/var/lib/apt/lists', needsRoot: true };

/** How long apt waits for another apt (unattended upgrades, another user) to release its locks. */
const APT_LOCK_TIMEOUT_S = 600;
/** Lists updated this recently cannot be why an install failed, so another update would not help. */
const LISTS_FRESH_MS = 60 * 60_000;
const LISTS_LOCK_RETRY_MS = 1000;

/** A tool from Debian's packages: $<envVariable>, else PATH, else (as root) `apt-get install <debianPackage>`. */
export async function findOrInstallDebianTool(tool: DebianTool, apt: Apt = systemApt): Promise<string> {
  const { command, debianPackage, envVariable } = tool;
  const found = (await executableFromEnv(envVariable)) ?? (await findOnPath(command));
  if (found) return found;
  const howTo = `Install ${debianPackage} (Debian/Ubuntu: \`sudo apt-get install ${debianPackage}\`) or set ${envVariable}=/path/to/${command}.`;
  if (apt.needsRoot && process.getuid?.() !== 0) throw new Error(`${command} is not installed and this process is not root. ${howTo}`);
  // One install at a time, across processes: dpkg serves one apt at a time, and the installs share one lists update.
  return withInstallLock('apt', `installing ${debianPackage}`, async () => {
    const installedMeanwhile = await findOnPath(command);
    if (installedMeanwhile) return installedMeanwhile;
    console.error(`[tools] installing ${command} (Debian ${debianPackage})`);
    const result = await installPackage(apt, debianPackage);
    if (result.code !== 0) throw new Error(`apt-get install ${debianPackage} failed (exit ${String(result.code)}):\n${result.tail}\n${howTo}`);
    const installed = await findOnPath(command);
    if (!installed) throw new Error(`apt-get installed ${debianPackage}, but ${command} is not on PATH. ${howTo}`);
    return installed;
  });
}

/** Installs, updating the package lists first when there are none, or after a failure when they are not fresh. */
async function installPackage(apt: Apt, debianPackage: string): Promise<RunResult> {
  const marker = join(await toolsCacheDir(), 'apt-lists-updated');
  if (!(await hasPackageLists(apt.listsDir))) await updatePackageLists(apt, marker);
  const install = () => aptGet(apt, ['install', '-y', '--no-install-recommends', debianPackage]);
  const result = await install();
  if (result.code === 0 || (await updatedSince(marker, Date.now() - LISTS_FRESH_MS))) return result;
  // Stale lists may lack the package, or name versions the mirror has dropped.
  await updatePackageLists(apt, marker);
  return install();
}

async function hasPackageLists(listsDir: string): Promise<boolean> {
  const names = await readdir(listsDir).catch(() => []);
  return names.some((name) => name.includes('_Packages'));
}

/** `apt-get update`, noted in `marker` whatever its outcome, so that a run updates at most once. */
async function updatePackageLists(apt: Apt, marker: string): Promise<void> {
  console.error('[tools] updating the package lists (apt-get update)');
  const deadline = Date.now() + APT_LOCK_TIMEOUT_S * 1000;
  let result = await aptGet(apt, ['update']);
  // DPkg::Lock::Timeout does not cover the lists' lock: wait for another apt that is updating them.
  while (result.code !== 0 && result.tail.includes('Could not get lock') && Date.now() < deadline) {
    await sleep(LISTS_LOCK_RETRY_MS);
    result = await aptGet(apt, ['update']);
  }
  await writeFile(marker, new Date().toISOString());
  if (result.code !== 0) console.error(`[tools] apt-get update failed (exit ${String(result.code)}):\n${result.tail}`);
}

async function updatedSince(marker: string, time: number): Promise<boolean> {
  const updated = await stat(marker).catch(() => undefined);
  return updated !== undefined && updated.mtimeMs >= time;
}

function aptGet(apt: Apt, args: readonly string[]): Promise<RunResult> {
  // LC_ALL=C: updatePackageLists reads apt's messages.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C' };
  return run(apt.command, ['-o', `DPkg::Lock::Timeout=${String(APT_LOCK_TIMEOUT_S)}`, ...args], { env });
}
