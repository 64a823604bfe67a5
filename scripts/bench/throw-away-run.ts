import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progress } from './util';

/**
 * A benchmark's throw-away directory and what it started: `cleanups` run in reverse order at the end (or on
 * Ctrl-C); the directory is removed after a run that `succeed`ed, and kept with its logs after one that failed.
 */
export async function throwAwayRun(prefix: string) {
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  const logs = path.join(dataDir, 'logs');
  const cleanups: Array<() => Promise<unknown>> = [];
  let failed = true;
  const cleanup = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
    if (failed) progress(`logs kept in ${logs}`);
    else await rm(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    dataDir,
    logs,
    cleanups,
    cleanup,
    succeed: () => {
      failed = false;
    },
  };
}
