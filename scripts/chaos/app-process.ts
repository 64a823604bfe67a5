import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { forEachLine } from '../tools/output';

const root = path.join(__dirname, '..', '..');

/**
 * One of hoso's processes (a worker, an API replica) that the chaos run kills and starts again, as an orchestrator
 * would, and that `npm start`'s supervisor starts again when it crashes.
 */
export interface AppProcess {
  name: string;
  /** Starts it; resolves once it is ready (for an API, once /healthz answers). */
  start(): Promise<void>;
  /** kill -9, and waits until it is gone. */
  kill(): Promise<void>;
  /** Asks it to stop (SIGTERM), then kills it after ten seconds. */
  stop(): Promise<void>;
  /** The process now: after a start again, the new one. */
  child(): ChildProcess | undefined;
}

export interface AppProcessOptions {
  name: string;
  /** worker/main.ts or api/main.ts. */
  entry: string;
  env: Record<string, string>;
  logFile: string;
  /** Each line it prints, for the caller to write to `logFile` (and the terminal); without it, the output goes to the file as it is. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Resolves true once the process serves; absent for workers, which poll Temporal on their own. */
  ready?: () => Promise<boolean>;
}

export function appProcess({ name, entry, env, logFile, onLine, ready }: AppProcessOptions): AppProcess {
  let child: ChildProcess | undefined;
  const running = () => child && child.exitCode === null && child.signalCode === null;
  const killOnExit = () => child?.kill('SIGKILL');
  process.on('exit', killOnExit);

  async function start(): Promise<void> {
    if (running()) return;
    const spawnWith = (output: 'pipe' | number) =>
      spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', output, output] });
    let started: ChildProcess;
    if (onLine) {
      started = spawnWith('pipe');
      for (const stream of ['stdout', 'stderr'] as const) forEachLine([started[stream]], (line) => onLine(line, stream));
    } else {
      const log = openSync(logFile, 'a');
      started = spawnWith(log);
      closeSync(log);
    }
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

  return { name, start, kill: () => signal('SIGKILL', 0), stop: () => signal('SIGTERM', 10_000), child: () => child };
}
