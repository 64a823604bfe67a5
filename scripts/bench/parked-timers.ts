/**
 * (b) Open dossiers waiting on timers: the worker's memory once they are parked, and how late their deadlines are
 * recorded once due. See docs/benchmarks.md for what is measured and what is not.
 */
import { performance } from 'node:perf_hooks';
import { WorkflowUpdateStage, type Client } from '@temporalio/client';
import { sendUpdate, updateRetries } from './updates';
import type { Sql } from 'postgres';
import { dossierWorkflowType, performAction, workflowIdOf } from '../../workflows/messages';
import { searchAttributes } from '../../workflows/search-attributes';
import { openingFor, regimeId, type TimerPlan } from './spine';
import { cpuBetween, cpuSnapshot, inPool, percentile, procMemory, progress, sleep } from './util';
import type { WorkerProcess } from './worker-process';

export interface Checkpoint {
  parked: number;
  /** Seconds spent opening and parking dossiers so far. */
  parkingSeconds: number;
  /** The workflow worker; the documents worker is separate. */
  workerRssMiB: number;
  workerHeapUsedMiB: number;
  documentsWorkerRssMiB: number;
  cachedWorkflows: number;
  serverRssMiB: number;
}

export interface LagFigures {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface TimersResult {
  /** Dossiers asked for (--waiting), and how many were parked before the time budget ran out. */
  requested: number;
  waiting: number;
  budgetMinutes: number;
  budgetExhausted: boolean;
  /** CPU used by other processes on the machine while parking, % of one CPU. */
  parkingForeignCpuPercent: number;
  /** CPU of the worker, services and driver per parked dossier. */
  parkingCpuMsPerDossier: number;
  parkedTimerAt: string;
  parkedDueAt: string;
  checkpoints: Checkpoint[];
  parkedPerSecond: number;
  /** Peak RSS of each worker over the whole of (b), burst included. */
  workerPeakRssMiB: number;
  workerRssAfterBurstMiB: number;
  documentsWorkerPeakRssMiB: number;
  burst: {
    dossiers: number;
    attachedOn: string;
    registrationDueAt: string;
    concurrency: number;
    foreignCpuPercent: number;
    /** Updates the server timed out before the worker took them in, sent again with the same id. */
    updateRetries: number;
    sendSeconds: number;
    drainSeconds: number;
    expiriesPerSecond: number;
    /** Update accepted → its `deadline-expired` event (both workflow time). */
    lag: LagFigures;
    /** First Update sent → each `deadline-expired` event: as if every deadline had fallen due at that instant. */
    lagFromBurstStart: LagFigures;
  };
}

const lagOf = (values: number[]): LagFigures => ({
  p50Ms: percentile(values, 50),
  p95Ms: percentile(values, 95),
  maxMs: values.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY),
});

async function waitFor(what: string, count: () => Promise<number>, target: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let lastReport = Date.now();
  for (;;) {
    const now = await count();
    if (now >= target) return;
    if (Date.now() > deadline) throw new Error(`${what}: ${now}/${target} after ${Math.round(timeoutMs / 1000)} s`);
    if (now !== last && Date.now() - lastReport > 10_000) {
      progress(`${what}: ${now}/${target}`);
      lastReport = Date.now();
    }
    last = now;
    await sleep(500);
  }
}

export async function runParkedTimers(options: {
  client: Client;
  sql: Sql;
  worker: WorkerProcess;
  documents: WorkerProcess;
  serverPid: number | undefined;
  plan: TimerPlan;
  requested: number;
  concurrency: number;
  burstConcurrency: number;
  /** Parking stops once this much time has gone by (the checkpoint in progress is cut short and still measured). */
  budgetMinutes: number;
  timeoutMs: number;
}): Promise<TimersResult> {
  const { client, sql, worker, documents, serverPid, plan, requested, concurrency, burstConcurrency, budgetMinutes, timeoutMs } = options;
  const workflowIds: string[] = [];
  const serverRss = async () => (serverPid ? (await procMemory(serverPid)).rssMiB : Number.NaN);

  async function park(index: number): Promise<void> {
    const opening = openingFor(`HS-BENCH-T-${index + 1}`, 'art32-a', plan.detectedOn);
    const handle = await client.workflow.start(dossierWorkflowType, {
      workflowId: workflowIdOf(opening.dossierId),
      taskQueue: worker.taskQueue,
      args: [opening],
      typedSearchAttributes: [
        { key: searchAttributes.regime, value: regimeId },
        { key: searchAttributes.step, value: 'determination' },
        { key: searchAttributes.overdue, value: false },
        { key: searchAttributes.unit, value: opening.communeCode },
      ],
    });
    await sendUpdate(handle, performAction, plan.park);
    workflowIds[index] = handle.workflowId;
  }

  // Parked: at determination, the request recorded (version 2) and its documents (cover sheet, request) archived, all projected.
  const parkedCount = async () =>
    (
      await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM dossiers
        WHERE code LIKE 'HS-BENCH-T-%' AND step = 'determination' AND version = 2
          AND jsonb_array_length(state->'documents') = ${plan.parkedDocuments}`
    )[0]?.n ?? 0;
  const idle = () => Promise.all([worker.idle(2_000, timeoutMs), documents.idle(2_000, timeoutMs)]);

  const sizes = [...new Set([Math.ceil(requested / 10), Math.ceil(requested / 2), requested])].filter((size) => size > 0);
  const checkpoints: Checkpoint[] = [];
  const budgetEnds = performance.now() + budgetMinutes * 60_000;
  const overBudget = () => performance.now() > budgetEnds;
  const parkingCpu = { oursSeconds: 0, foreignSeconds: 0, elapsed: 0 };
  let parkingSeconds = 0;
  let parked = 0;
  for (const size of sizes) {
    const from = parked;
    progress(`(b) parking dossiers ${from + 1}…${size} (${concurrency} in flight)`);
    const started = performance.now();
    const cpuBefore = await cpuSnapshot();
    const done = await inPool(
      size - from,
      concurrency,
      (offset) => park(from + offset),
      (count) => {
        if (count % 500 === 0) progress(`(b) parked ${from + count}/${requested}`);
      },
      overBudget,
    );
    parked = from + done.length;
    await waitFor('(b) parked and projected', parkedCount, parked, timeoutMs);
    await idle();
    const cpu = cpuBetween(cpuBefore, await cpuSnapshot());
    const elapsed = (performance.now() - started) / 1000;
    parkingSeconds += elapsed;
    parkingCpu.oursSeconds += cpu.oursSeconds;
    parkingCpu.foreignSeconds += (cpu.foreignPercent / 100) * elapsed;
    parkingCpu.elapsed += elapsed;
    // Let the worker idle, collect garbage, then read its resident memory.
    await sleep(5_000);
    const [stats] = await Promise.all([worker.stats({ gc: true }), documents.stats({ gc: true })]);
    await sleep(1_000);
    const [after, documentsAfter] = await Promise.all([worker.stats(), documents.stats()]);
    checkpoints.push({
      parked,
      parkingSeconds,
      workerRssMiB: after.procRssMiB,
      workerHeapUsedMiB: after.heapUsedMiB,
      documentsWorkerRssMiB: documentsAfter.procRssMiB,
      cachedWorkflows: stats.cachedWorkflows,
      serverRssMiB: await serverRss(),
    });
    progress(
      `(b) ${parked} parked: workflow worker RSS ${after.procRssMiB.toFixed(0)} MiB, ${stats.cachedWorkflows} workflows cached; ` +
        `documents worker RSS ${documentsAfter.procRssMiB.toFixed(0)} MiB`,
    );
    if (parked < size) {
      progress(`(b) the ${budgetMinutes}-minute parking budget is spent: ${parked} of ${requested} parked`);
      break;
    }
  }
  const waiting = parked;

  // The burst: every parked dossier gets a determination result issued long enough ago that its registration
  // window has already ended. Updates go out as fast as the server accepts them.
  progress(`(b) burst: ${waiting} deadlines made due (${burstConcurrency} Updates in flight)`);
  const retriesBefore = updateRetries.count;
  const burstCpu = await cpuSnapshot();
  const burstStart = Date.now();
  await inPool(waiting, burstConcurrency, async (index) => {
    await sendUpdate(client.workflow.getHandle(workflowIds[index] as string), performAction, plan.burst, WorkflowUpdateStage.ACCEPTED);
  });
  const sendSeconds = (Date.now() - burstStart) / 1000;
  const burstRetries = updateRetries.count - retriesBefore;
  const expiredCount = async () =>
    (
      await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.code LIKE 'HS-BENCH-T-%' AND e.kind = 'deadline-expired'`
    )[0]?.n ?? 0;
  await waitFor('(b) deadline-expired events', expiredCount, waiting, timeoutMs);
  const burstForeign = cpuBetween(burstCpu, await cpuSnapshot()).foreignPercent;

  const rows = await sql<{ accepted: number; expired: number; deadline: string }[]>`
    SELECT (extract(epoch FROM a.recorded_at) * 1000)::float8 AS accepted,
           (extract(epoch FROM e.recorded_at) * 1000)::float8 AS expired,
           e.details->>'deadlineId' AS deadline
    FROM dossiers d
    JOIN dossier_events a ON a.dossier_id = d.id AND a.action = 'attach-determination'
    JOIN dossier_events e ON e.dossier_id = d.id AND e.kind = 'deadline-expired'
    WHERE d.code LIKE 'HS-BENCH-T-%'`;
  const wrong = rows.filter((row) => row.deadline !== 'registration-window.register');
  if (rows.length !== waiting || wrong.length) {
    throw new Error(`expected ${waiting} registration-window expiries, found ${rows.length} (${wrong.length} of another deadline)`);
  }
  const lastExpiry = rows.reduce((last, row) => Math.max(last, row.expired), burstStart);
  const drainSeconds = (lastExpiry - burstStart) / 1000;
  await idle();
  const [afterBurst, documentsAfterBurst] = await Promise.all([worker.stats({ gc: true }), documents.stats()]);

  return {
    requested,
    waiting,
    budgetMinutes,
    budgetExhausted: waiting < requested,
    parkingForeignCpuPercent: parkingCpu.elapsed ? (parkingCpu.foreignSeconds / parkingCpu.elapsed) * 100 : 0,
    parkingCpuMsPerDossier: (parkingCpu.oursSeconds * 1000) / waiting,
    parkedTimerAt: plan.parkedTimerAt,
    parkedDueAt: plan.parkedDueAt,
    checkpoints,
    parkedPerSecond: waiting / parkingSeconds,
    workerPeakRssMiB: afterBurst.peakRssMiB,
    workerRssAfterBurstMiB: afterBurst.procRssMiB,
    documentsWorkerPeakRssMiB: documentsAfterBurst.peakRssMiB,
    burst: {
      dossiers: waiting,
      attachedOn: plan.attachedOn,
      registrationDueAt: plan.registrationDueAt,
      concurrency: burstConcurrency,
      foreignCpuPercent: burstForeign,
      updateRetries: burstRetries,
      sendSeconds,
      drainSeconds,
      expiriesPerSecond: waiting / drainSeconds,
      lag: lagOf(rows.map((row) => row.expired - row.accepted)),
      lagFromBurstStart: lagOf(rows.map((row) => row.expired - burstStart)),
    },
  };
}
