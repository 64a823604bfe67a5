import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { forEachLine, LineTail } from '../tools/output';
import { processLog } from './process-log';

/** What every launcher returns: enough to stop the service, plus its connection info. */
export interface ServiceHandle {
  name: string;
  child?: ChildProcess;
  /** Stops the service; safe to call more than once. */
  stop(): Promise<void>;
}

/** A service process whose output is kept (tail, optional log file) for error messages. */
export interface RunningProcess {
  child: ChildProcess;
  /** The last lines the process printed. */
  tail(): string;
}

export interface SpawnServiceOptions {
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv | undefined;
  uid?: number | undefined;
  gid?: number | undefined;
  /** Appends everything the service prints to this file, rotated by size. */
  logFile?: string | undefined;
  /** Also prints it on the terminal, prefixed with the service's name (npm start). */
  echo?: boolean | undefined;
  /** Signal that asks the service to shut down cleanly. */
  stopSignal?: NodeJS.Signals | undefined;
}

/**
 * Starts a service process; rejects if it cannot start at all (e.g. missing binary).
 * Output is always drained so a chatty service never blocks on a full pipe.
 */
export async function spawnService(options: SpawnServiceOptions): Promise<RunningProcess> {
  const { env = process.env, uid, gid } = options;
  const child = spawn(options.command, options.args, { env, uid, gid, stdio: ['ignore', 'pipe', 'pipe'] });

  const tail = new LineTail(40);
  const log = options.logFile ? processLog({ name: options.name, file: options.logFile, echo: options.echo }) : undefined;
  for (const stream of ['stdout', 'stderr'] as const) {
    forEachLine([child[stream]], (line) => {
      tail.push(line);
      log?.write(line, stream);
    });
  }
  try {
    await once(child, 'spawn');
  } catch (error) {
    log?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start ${options.name} (${options.command}): ${reason}`);
  }

  // If this Node process exits without stopping the service (crash, process.exit),
  // still ask the service to stop rather than leave it orphaned holding its ports.
  const onExit = (): void => {
    child.kill(options.stopSignal ?? 'SIGTERM');
  };
  process.on('exit', onExit);
  child.on('exit', () => process.off('exit', onExit));
  // After 'exit', its last lines may still be on their way; 'close' comes once they are read.
  child.on('close', () => log?.close());
  return { child, tail: () => tail.toString() };
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Asks the process to stop with `signal`, and kills it if it is still running after `timeoutMs`. Idempotent. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), timeoutMs);
  });
  const tooSlow = await Promise.race([exited.then(() => false), timedOut]);
  // Clear the timer, or it would keep this Node process alive for the whole timeout.
  clearTimeout(timer);
  if (tooSlow) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Thrown by a probe when waiting longer cannot help (e.g. a wrong password). */
export class FatalProbeError extends Error {}

export interface WaitOptions {
  name: string;
  process: RunningProcess;
  /** Resolves true once the service answers; throwing counts as "not yet", except FatalProbeError. */
  probe: () => Promise<boolean>;
  timeoutMs?: number;
  intervalMs?: number;
}

/** Polls `probe` until the service is ready; fails early if the process dies, and shows its last output either way. */
export async function waitUntilReady(options: WaitOptions): Promise<void> {
  const { name, process: service, probe, timeoutMs = 60_000, intervalMs = 250 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastProbeError = '';
  for (;;) {
    if (hasExited(service.child)) {
      const how = service.child.signalCode ?? `code ${String(service.child.exitCode)}`;
      throw new Error(`${name} exited (${how}) before it was ready. Last output:\n${service.tail()}`);
    }
    try {
      if (await probe()) return;
    } catch (error) {
      if (error instanceof FatalProbeError) {
        await stopProcess(service.child);
        throw new Error(`${name} is running but unusable: ${error.message}`);
      }
      lastProbeError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      await stopProcess(service.child);
      const probeNote = lastProbeError ? ` (last probe error: ${lastProbeError})` : '';
      throw new Error(`${name} was not ready after ${timeoutMs} ms${probeNote}. Last output:\n${service.tail()}`);
    }
    await sleep(intervalMs);
  }
}
