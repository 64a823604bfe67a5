/**
 * `npm run bench -- workflow [--dossiers N] [--waiting N] …`: measures the dossier workflow on a fresh, throw-away
 * stack (real Temporal dev server, PostgreSQL, MinIO), hoso's workflow worker and documents worker each in a child process. Prints a table, then, as
 * the last line of stdout, one JSON object with every figure. Method and limits: docs/benchmarks.md.
 * `npm run bench -- documents …` is scripts/bench/documents.ts; `npm run bench -- api …` is scripts/bench/api.ts;
 * `npm run bench -- web …` is scripts/bench/web.ts.
 */
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectPostgres, connectTemporal } from '../config/connect';
import { parseEnv } from '../config/env';
import { startStack, type Stack } from './dev-stack';
import { seedDemoData } from './seed/seed';
import { apiUsage, runApiBench } from './bench/api';
import { documentsUsage, runDocumentsBench } from './bench/documents';
import { runParkedTimers, type TimersResult } from './bench/parked-timers';
import { goals, printReport, scalingOf } from './bench/report';
import { planSpine, planTimers } from './bench/spine';
import { runThroughput, type ThroughputResult } from './bench/throughput';
import { findTemporalServerPid, printFigures, progress, round, UsageError } from './bench/util';
import type { WorkerKind } from './bench/worker-child';
import { startWorkerProcess, type WorkerProcess } from './bench/worker-process';
import { throwAwayRun } from './bench/throw-away-run';
import { runWebBench, webUsage } from './bench/web';

interface Options {
  dossiers: number;
  waiting: number;
  concurrency: number;
  warmup: number;
  parkConcurrency: number;
  parkMinutes: number;
  burstConcurrency: number;
  maxCachedWorkflows?: number;
  only?: 'a' | 'b';
  timeoutMinutes: number;
}

const usage = `usage: npm run bench -- workflow [options]
  --dossiers N            (a) dossiers carried through the procedure, and bare workflows (default 200)
  --waiting N             (b) dossiers parked on timers, then made due in one burst (default 10000)
  --park-minutes N        (b) stop parking after N minutes, and go on with the dossiers parked so far (default 6)
  --concurrency N         (a) dossiers in flight (default 32)
  --warmup N              (a) warm-up dossiers per workflow, not counted (default 10)
  --park-concurrency N    (b) dossiers being opened and parked at once (default 64)
  --burst-concurrency N   (b) Updates in flight during the burst (default 200)
  --max-cached-workflows N  (b) the workflow worker's sticky cache size (default: worker/workers.ts's)
  --only a|b              run one part only
  --timeout-minutes N     give up waiting for the workers after N minutes (default 30)`;

function parseOptions(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'workflow') throw new UsageError(command ? `unknown benchmark "${command}"` : 'which benchmark?');
  const options: Options = {
    dossiers: 200,
    waiting: 10_000,
    concurrency: 32,
    warmup: 10,
    parkConcurrency: 64,
    parkMinutes: 6,
    burstConcurrency: 200,
    timeoutMinutes: 30,
  };
  const numeric: Record<string, keyof Options> = {
    '--dossiers': 'dossiers',
    '--waiting': 'waiting',
    '--concurrency': 'concurrency',
    '--warmup': 'warmup',
    '--park-concurrency': 'parkConcurrency',
    '--park-minutes': 'parkMinutes',
    '--burst-concurrency': 'burstConcurrency',
    '--max-cached-workflows': 'maxCachedWorkflows',
    '--timeout-minutes': 'timeoutMinutes',
  };
  for (let index = 0; index < rest.length; index++) {
    const [flag = '', inline] = (rest[index] as string).split('=', 2);
    const value = inline ?? rest[++index];
    if (flag === '--only') {
      if (value !== 'a' && value !== 'b') throw new UsageError('--only takes a or b');
      options.only = value;
      continue;
    }
    const key = numeric[flag];
    if (!key) throw new UsageError(`unknown option ${flag}`);
    const number = Number(value);
    if (!Number.isInteger(number) || number < (key === 'warmup' ? 0 : 1)) throw new UsageError(`${flag} takes a positive integer`);
    (options as unknown as Record<string, number>)[key] = number;
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const started = performance.now();
  const { dataDir, logs, cleanups, cleanup, succeed } = await throwAwayRun('hoso-bench-');

  try {
    progress('starting a fresh Temporal dev server, PostgreSQL and MinIO');
    const stack: Stack = await startStack({ persistent: false, dataDir, temporalUi: false });
    cleanups.push(() => stack.stop());
    const env = parseEnv(stack.env);
    const sql = connectPostgres(env, 4);
    cleanups.push(() => sql.end());
    await seedDemoData(sql);
    const temporal = await connectTemporal(env);
    cleanups.push(() => temporal.connection.close());
    const serverPid = await findTemporalServerPid(env.TEMPORAL_ADDRESS.split(':').at(-1) as string);
    const setupSeconds = (performance.now() - started) / 1000;
    const timeoutMs = options.timeoutMinutes * 60_000;

    const spawnWorker = async (kind: WorkerKind, taskQueue: string, maxCachedWorkflows?: number): Promise<WorkerProcess> => {
      const worker = await startWorkerProcess({
        kind,
        env: stack.env,
        taskQueue,
        logFile: path.join(logs, `worker-${kind}-${taskQueue}.log`),
        ...(maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows }),
      });
      cleanups.push(() => worker.stop());
      return worker;
    };

    const now = new Date();
    const spinePlan = planSpine(now);
    const timerPlan = planTimers(now);

    let a: ThroughputResult | undefined;
    if (options.only !== 'b') {
      progress('(a) starting the hoso workflow and documents workers and the bare worker (each bundles its workflows)');
      const [hoso, documents, bare] = await Promise.all([
        spawnWorker('hoso', 'bench-a-hoso'),
        spawnWorker('documents', 'bench-a-hoso'),
        spawnWorker('bare', 'bench-a-bare'),
      ]);
      let documentsNow = documents;
      a = await runThroughput({
        client: temporal.client,
        sql,
        plan: spinePlan,
        workers: { hoso, documents, bare },
        startDocumentsWorker: async () => (documentsNow = await spawnWorker('documents', 'bench-a-hoso')),
        serverPid,
        dossiers: options.dossiers,
        warmup: options.warmup,
        concurrency: options.concurrency,
      });
      await Promise.all([hoso.stop(), documents.stop(), documentsNow.stop(), bare.stop()]);
    }

    let b: { result: TimersResult; worker: WorkerProcess } | undefined;
    if (options.only !== 'a') {
      progress('(b) starting fresh hoso workflow and documents workers');
      const [worker, documents] = await Promise.all([
        spawnWorker('hoso', 'bench-b-hoso', options.maxCachedWorkflows),
        spawnWorker('documents', 'bench-b-hoso'),
      ]);
      const result = await runParkedTimers({
        client: temporal.client,
        sql,
        worker,
        documents,
        serverPid,
        plan: timerPlan,
        requested: options.waiting,
        budgetMinutes: options.parkMinutes,
        concurrency: options.parkConcurrency,
        burstConcurrency: options.burstConcurrency,
        timeoutMs,
      });
      await Promise.all([worker.stop(), documents.stop()]);
      b = { result, worker };
    }

    succeed();
    await cleanup();
    const totalSeconds = (performance.now() - started) / 1000;
    const scaling = b ? scalingOf(b.result, b.worker.limits.maxCachedWorkflows) : undefined;
    printReport({
      startedAt,
      setupSeconds,
      totalSeconds,
      ...(a ? { a: { result: a, plan: spinePlan } } : {}),
      ...(b && scaling
        ? {
            b: {
              result: b.result,
              plan: timerPlan,
              scaling,
              maxCachedWorkflows: b.worker.limits.maxCachedWorkflows,
              heapLimitMiB: b.worker.limits.heapLimitMiB,
              maxConcurrentWorkflowTasks: b.worker.limits.maxConcurrentWorkflowTasks,
            },
          }
        : {}),
    });

    const last = b?.result.checkpoints.at(-1);
    const figures = {
      bench: 'workflow',
      at: startedAt.toISOString(),
      machine: { cpus: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 1), node: process.version },
      seconds: round(totalSeconds, 1),
      goals,
      ...(a
        ? {
            ratio: round(a.ratio, 3),
            hosoDossiersPerSecond: round(a.hoso.perSecond, 2),
            bareDossiersPerSecond: round(a.bare.perSecond, 2),
            ratioGoalMet: a.ratio >= goals.ratio,
            ratioWithDocuments: round(a.ratioWithDocuments, 3),
            hosoDossiersPerSecondWithDocuments: round(a.hoso.perSecondWithDocuments, 2),
            ratioWithDocumentsGoalMet: a.ratioWithDocuments >= goals.ratio,
            hosoWorkflowWorkerRssMiB: round(a.hoso.workerRssMiB, 1),
            hosoDocumentsWorkerRssMiB: round(a.hoso.documentsWorkerRssMiB, 1),
          }
        : {}),
      ...(b && last && scaling
        ? {
            waitingRequested: b.result.requested,
            waiting: b.result.waiting,
            rssMiB: round(last.workerRssMiB, 1),
            rssPeakMiB: round(b.result.workerPeakRssMiB, 1),
            rssGoalMet: last.workerRssMiB <= goals.rssMiB,
            documentsRssMiB: round(last.documentsWorkerRssMiB, 1),
            documentsRssPeakMiB: round(b.result.documentsWorkerPeakRssMiB, 1),
            lagP50Ms: round(b.result.burst.lag.p50Ms),
            lagP95Ms: round(b.result.burst.lag.p95Ms),
            lagMaxMs: round(b.result.burst.lag.maxMs),
            lagGoalMet: b.result.burst.lag.maxMs <= goals.lagMs,
            burstLagP50Ms: round(b.result.burst.lagFromBurstStart.p50Ms),
            burstLagP95Ms: round(b.result.burst.lagFromBurstStart.p95Ms),
            burstLagMaxMs: round(b.result.burst.lagFromBurstStart.maxMs),
            burstLagGoalMet: b.result.burst.lagFromBurstStart.maxMs <= goals.lagMs,
            maxCachedWorkflows: b.worker.limits.maxCachedWorkflows,
          }
        : {}),
      ...(a ? { a: { ...a, plan: { decisionOn: spinePlan.decisionOn, complaintDueAt: spinePlan.complaintDueAt, firesAtOnce: spinePlan.firesAtOnce } } } : {}),
      ...(b && scaling ? { b: { ...b.result, limits: b.worker.limits, attachedOn: timerPlan.attachedOn }, scaling100k: scaling } : {}),
    };
    printFigures(figures);
    return 0;
  } catch (error) {
    // Said before cleaning up: a client call still retrying can fail loudly once its connection is closed.
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw error;
  } finally {
    await cleanup();
  }
}

const [command, ...args] = process.argv.slice(2);
const benchmarks: Record<string, { run: () => Promise<number>; usage: string }> = {
  workflow: { run: main, usage },
  documents: { run: () => runDocumentsBench(args), usage: documentsUsage },
  api: { run: () => runApiBench(args), usage: apiUsage },
  web: { run: () => runWebBench(args), usage: webUsage },
};
const benchmark = command === undefined ? undefined : benchmarks[command];

(benchmark ? benchmark.run() : Promise.reject(new UsageError(command ? `unknown benchmark "${command}"` : 'which benchmark?'))).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${benchmark?.usage ?? Object.values(benchmarks).map((known) => known.usage).join('\n')}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
