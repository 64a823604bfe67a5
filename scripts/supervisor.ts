import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { tailOfLog } from './stack/process-log';
import { decideRestart, type RestartPolicy } from './stack/restart-policy';

/** A process `npm start` keeps running: a worker, the API, or one of the stack's services. */
export interface Supervised {
  name: string;
  logFile: string;
  /** The process now, if one was started. */
  child(): ChildProcess | undefined;
  /** Starts it again after it stopped, on the same port and data; resolves once it serves, rejects if it cannot. */
  restart(): Promise<void>;
}

export interface SuperviseOptions {
  policy: RestartPolicy;
  /** Stops every process and service cleanly. */
  stopAll(): Promise<void>;
}

/**
 * Keeps the processes running until Ctrl-C (or SIGTERM, as systemd stops a service): one that stops on its own is
 * started again after a growing pause and counted; one that keeps failing (RestartPolicy) stops everything, with the
 * end of its log, since it needs a person. Resolves with the exit code: 0 when asked to stop, 1 when it gave up.
 */
export async function supervise(processes: readonly Supervised[], { policy, stopAll }: SuperviseOptions): Promise<number> {
  const stopping = new AbortController();
  const restarting = new Set<Promise<void>>();

  async function keepRunning(supervised: Supervised): Promise<'given up' | 'stopped'> {
    const failures: number[] = [];
    let restarts = 0;
    let ended = await endOf(supervised);
    while (!stopping.signal.aborted) {
      failures.push(Date.now());
      const decision = decideRestart(failures, policy);
      if (!decision.restart) {
        console.error(
          `\n[supervisor] ${supervised.name} ${ended}: it failed ${decision.failuresInWindow} times within ${durationOf(policy.windowMs)}, so hoso stops.` +
            `\n[supervisor] The last lines of ${supervised.logFile}:\n${tailOfLog(supervised.logFile)}\n`,
        );
        return 'given up';
      }
      restarts++;
      console.error(`[supervisor] ${supervised.name} ${ended}; restart ${restarts} in ${durationOf(decision.afterMs)} (${decision.failuresInWindow} failure(s) within ${durationOf(policy.windowMs)})`);
      try {
        await sleep(decision.afterMs, undefined, { signal: stopping.signal });
      } catch {
        return 'stopped';
      }
      const started = supervised.restart();
      restarting.add(started);
      try {
        await started;
        console.error(`[supervisor] ${supervised.name} runs again (restart ${restarts})`);
        ended = await endOf(supervised);
      } catch (error) {
        ended = `could not start again (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
      } finally {
        restarting.delete(started);
      }
    }
    return 'stopped';
  }

  return new Promise<number>((resolve) => {
    const stop = (exitCode: number) => {
      stopping.abort();
      // A restart under way finishes first, or the service it starts would outlive the stop.
      void Promise.allSettled(restarting)
        .then(() => stopAll())
        .then(() => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve(exitCode);
        });
    };
    // Kept for the whole stop: a repeated Ctrl-C, or the copy tsx relays to its child, must not kill this process
    // halfway and leave the services running.
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping.signal.aborted) {
        console.log(`${signal}: still stopping hoso…`);
        return;
      }
      console.log(`\n${signal}: stopping hoso…`);
      stop(0);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    for (const supervised of processes) {
      void keepRunning(supervised).then((outcome) => {
        if (outcome === 'given up' && !stopping.signal.aborted) stop(1);
      });
    }
  });
}

/** Waits until the process stops, and says how: "stopped unexpectedly (exit code 137, SIGKILL)". */
async function endOf(supervised: Supervised): Promise<string> {
  const child = supervised.child();
  if (!child) return 'is not running';
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  const { exitCode, signalCode } = child;
  const code = exitCode ?? 128 + (signalCode ? constants.signals[signalCode] : 0);
  return `stopped unexpectedly (exit code ${code}${signalCode ? `, ${signalCode}` : ''})`;
}

function durationOf(ms: number): string {
  return ms < 60_000 ? `${ms / 1000} s` : `${Math.round(ms / 6_000) / 10} min`;
}
