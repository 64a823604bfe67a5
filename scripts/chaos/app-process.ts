import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.join(__dirname, '..', '..');

/** One of hoso's processes (a worker, an API replica) that the chaos run kills and starts again, as an orchestrator would. */
export interface AppProcess {
  name: string;
  /** Starts it; resolves once it is ready (for an API, once /healthz answers). */
  start(): Promise<void>;
  /** kill -9, and waits until it is gone. */
  kill(): Promise<void>;
  /** Asks it to stop (SIGTERM), then kills it after ten seconds. */
  stop(): Promise<void>;
  pid(): number | undefined;
}

export interface AppProcessOptions {
  name: string;
  /** worker/main.ts or api/main.ts. */
  entry: string;
  env: Record<string, string>;
  logFile: string;
  /** Resolves true once the process serves; absent for workers, which poll Temporal on their own. */
  ready?: () => Promise<boolean>;
}

export function appProcess({ name, entry, env, logFile, ready }: AppProcessOptions): AppProcess {
  let child: ChildProcess | undefined;
  const running = () => child && child.exitCode === null && child.signalCode === null;
  const killOnExit = () => child?.kill('SIGKILL');
  process.on('exit', killOnExit);

  async function start(): Promise<void> {
    if (running()) return;
    const log = openSync(logFile, 'a');
    const started = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
    closeSync(log);
    child = started;
    if (!ready) return;
    const exited = once(started, 'exit');
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
      if (await ready().catch(() => false)) return;
      if (await Promise.race([exited.then(() => true), sleep(250).then(() => false)])) throw new Error(`${name} exited while starting; see ${logFile}`);
    }
    throw new Error(`${name} was not ready after 120 s; see ${logFile}`);
  }

  async function signal(how: NodeJS.Signals, graceMs: number): Promise<void> {
    const current = child;
    if (!current || !running()) return;
    const exited = once(current, 'exit');
    current.kill(how);
    const timer = setTimeout(() => current.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  return { name, start, kill: () => signal('SIGKILL', 0), stop: () => signal('SIGTERM', 10_000), pid: () => child?.pid };
}
