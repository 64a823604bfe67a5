import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FromWorker, ToWorker, WorkerKind, WorkerStats } from './worker-child';
import { procCpuSeconds, procMemory, sleep } from './util';

const root = path.join(__dirname, '..', '..');

export interface WorkerProcess {
  kind: WorkerKind;
  pid: number;
  taskQueue: string;
  limits: Omit<Extract<FromWorker, { type: 'ready' }>, 'type'>;
  /** What the worker reports of itself, plus RSS and peak RSS read from /proc. */
  stats(options?: { gc?: boolean }): Promise<WorkerStats & { procRssMiB: number; peakRssMiB: number }>;
  cpuSeconds(): Promise<number>;
  /** Waits until the worker has had nothing in flight for `quietMs`. */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts scripts/bench/worker-child.ts in its own Node process (TypeScript through tsx's loader, so the PID is the
 * worker itself and /proc shows its memory). Its output goes to `logFile`.
 */
export async function startWorkerProcess(options: {
  kind: WorkerKind;
  env: Record<string, string>;
  taskQueue: string;
  logFile: string;
  maxCachedWorkflows?: number;
}): Promise<WorkerProcess> {
  const log = openSync(options.logFile, 'a');
  const child: ChildProcess = spawn(
    process.execPath,
    // BENCH_WORKER_NODE_ARGS: extra Node flags for the workers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them.
    [...(process.env.BENCH_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--expose-gc', '--import', 'tsx', path.join(__dirname, 'worker-child.ts'), options.kind],
    {
      cwd: root,
      env: {
        ...process.env,
        ...options.env,
        TEMPORAL_TASK_QUEUE: options.taskQueue,
        ...(options.maxCachedWorkflows === undefined ? {} : { BENCH_MAX_CACHED_WORKFLOWS: String(options.maxCachedWorkflows) }),
      },
      stdio: ['ignore', log, log, 'ipc'],
    },
  );
  closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = once(child, 'exit');
  const tail = () => readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n');
  // Rejects if the worker dies, whenever that happens; every wait on the worker races it.
  const died = exited.then(([code, signal]) => {
    throw new Error(`the ${options.kind} worker exited (code ${String(code)}, signal ${String(signal)}):\n${tail()}`);
  });
  died.catch(() => undefined);

  const ready = await Promise.race([
    new Promise<Extract<FromWorker, { type: 'ready' }>>((resolve) =>
      child.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve(message);
      }),
    ),
    died,
  ]);

  let nextId = 0;
  async function stats(request: { gc?: boolean } = {}) {
    const id = ++nextId;
    const reply = new Promise<Extract<FromWorker, { type: 'stats' }>>((resolve) => {
      const onMessage = (message: FromWorker) => {
        if (message.type === 'stats' && message.id === id) {
          child.off('message', onMessage);
          resolve(message);
        }
      };
      child.on('message', onMessage);
    });
    child.send({ type: 'stats', id, ...(request.gc ? { gc: true } : {}) } satisfies ToWorker);
    const { type: _type, id: _id, ...reported } = await Promise.race([reply, died]);
    const memory = await procMemory(child.pid as number);
    return { ...reported, procRssMiB: memory.rssMiB, peakRssMiB: memory.peakMiB };
  }

  async function idle(quietMs = 2_000, timeoutMs = 600_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietSince: number | undefined;
    while (Date.now() < deadline) {
      const now = await stats();
      if (now.inFlightActivations === 0 && now.inFlightActivities === 0) {
        quietSince ??= Date.now();
        if (Date.now() - quietSince >= quietMs) return;
      } else {
        quietSince = undefined;
      }
      await sleep(250);
    }
    throw new Error(`the ${options.kind} worker was still busy after ${timeoutMs} ms`);
  }

  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send({ type: 'shutdown' } satisfies ToWorker);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', killOnExit);
  }

  const { type: _type, ...limits } = ready;
  return {
    kind: options.kind,
    pid: child.pid as number,
    taskQueue: options.taskQueue,
    limits,
    stats,
    cpuSeconds: () => procCpuSeconds(child.pid as number),
    idle,
    stop,
  };
}
