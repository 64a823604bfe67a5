/**
 * (a) Dossiers carried through the full procedure per second, against a bare workflow with the same number of
 * Updates, each awaiting a no-op activity. Both drivers are the same loop: start, then each Update awaited in turn,
 * `concurrency` dossiers in flight. hoso's documents are issued by a documents worker of its own (WORKER_ROLE),
 * which in production runs on other hosts. On one machine this is emulated in two phases: the dossiers are carried
 * through with the documents worker stopped (their forms wait on its task queue), then a documents worker issues
 * them. The rate of the first phase is the workflow side's; both phases together are the rate with documents on
 * the same CPUs.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client, WorkflowHandle } from '@temporalio/client';
import type { Sql } from 'postgres';
import type { ActionRequest } from '../../domain/dossier';
import { dossierState, dossierWorkflowType, performAction, workflowIdOf } from '../../workflows/messages';
import { searchAttributes } from '../../workflows/search-attributes';
import type { DossierView } from '../../workflows/dossier-view';
import { bareAction } from './bare-workflow';
import { sendUpdate } from './updates';
import { openingFor, regimeId, type SpinePlan } from './spine';
import { cpuBetween, cpuSnapshot, inPool, percentile, procCpuSeconds, progress, sleep } from './util';
import type { WorkerProcess } from './worker-process';

export interface KindResult {
  kind: 'hoso' | 'bare';
  dossiers: number;
  updatesPerDossier: number;
  /** Start of the first dossier → last Update of the last one answered (hoso: documents worker stopped). */
  seconds: number;
  perSecond: number;
  /** hoso: the documents worker started → the last document archived; 0 for bare. */
  documentsSeconds: number;
  /** Both phases: the rate with the documents issued on the same CPUs. */
  perSecondWithDocuments: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  /** The workflow worker, dev server, and everything (with PostgreSQL, MinIO, this driver), while the Updates ran. */
  workerCpuMsPerDossier: number;
  serverCpuMsPerDossier: number;
  stackCpuMsPerDossier: number;
  /** hoso, while the documents were issued: the documents worker, and everything (the workflow worker projects them). */
  documentsWorkerCpuMsPerDossier: number;
  documentsStackCpuMsPerDossier: number;
  /** CPU used meanwhile by processes outside the benchmark (% of one CPU): they compete for the same cores. */
  foreignCpuPercent: number;
  historyEventsPerDossier: number;
  workerRssMiB: number;
  documentsWorkerRssMiB: number;
}

export interface ThroughputResult {
  hoso: KindResult;
  bare: KindResult;
  ratio: number;
  /** Both rates with hoso's documents included. */
  ratioWithDocuments: number;
  concurrency: number;
  warmup: number;
  /** A sample of finished hoso dossiers: timers that fired and what the timeline holds. */
  hosoSample: { remindersPerDossier: number; deadlineEventsPerDossier: number; documentsPerDossier: number };
  /** Mean over the measured hoso dossiers. */
  hosoPollsPerDossier: number;
}

interface Driven {
  ms: number;
  handle: WorkflowHandle;
  /** Reads of the projection while waiting for the complaint window's timer. */
  polls: number;
}

/** How often the driver reads whether the workflow's timer has moved the dossier to execution, as the branch tests poll. */
export const EXECUTION_POLL_MS = 50;

export async function runThroughput(options: {
  client: Client;
  sql: Sql;
  plan: SpinePlan;
  workers: { hoso: WorkerProcess; documents: WorkerProcess; bare: WorkerProcess };
  /** A fresh documents worker on hoso's documents task queue. */
  startDocumentsWorker: () => Promise<WorkerProcess>;
  serverPid: number | undefined;
  dossiers: number;
  warmup: number;
  concurrency: number;
}): Promise<ThroughputResult> {
  const { client, sql, plan, serverPid, dossiers, warmup, concurrency } = options;
  const workers = { ...options.workers };
  const spine: ActionRequest[] = [...plan.toDecision, ...plan.toServing];
  let counter = 0;

  async function hosoDossier(): Promise<Driven> {
    const started = performance.now();
    const opening = openingFor(`HS-BENCH-A-${++counter}`, 'art32-b', plan.openedOn);
    // As the API starts a dossier (api/dossiers/dossier-service.ts).
    const handle = await client.workflow.start(dossierWorkflowType, {
      workflowId: workflowIdOf(opening.dossierId),
      taskQueue: workers.hoso.taskQueue,
      args: [opening],
      typedSearchAttributes: [
        { key: searchAttributes.regime, value: regimeId },
        { key: searchAttributes.step, value: 'determination' },
        { key: searchAttributes.overdue, value: false },
        { key: searchAttributes.unit, value: opening.communeCode },
      ],
    });
    let view: DossierView | undefined;
    for (const request of plan.toDecision) view = await sendUpdate(handle, performAction, request);
    // The complaint window has already ended: the workflow's own timer moves the dossier to execution, perhaps
    // even before the decision's Update has returned (its handler awaits the projection, the timer does not wait).
    if (view?.step !== 'complaint-window' && view?.step !== 'execution') {
      throw new Error(`dossier ${opening.code} is at ${view?.step} after the decision`);
    }
    // Waits as a reader of lists and inboxes would: on the projection, which the timer's workflow task writes.
    let polls = 0;
    for (; ; polls++) {
      const [row] = await sql<{ step: string }[]>`SELECT step FROM dossiers WHERE id = ${opening.dossierId}`;
      if (row?.step === 'execution') break;
      if (polls > 1_000) throw new Error(`dossier ${opening.code} never reached execution`);
      await sleep(EXECUTION_POLL_MS);
    }
    for (const request of plan.toServing) view = await sendUpdate(handle, performAction, request);
    if (view?.step !== 'serving') throw new Error(`dossier ${opening.code} is at ${view?.step}, not serving`);
    return { ms: performance.now() - started, handle, polls: polls + 1 };
  }

  async function bareDossier(): Promise<Driven> {
    const started = performance.now();
    const handle = await client.workflow.start('bareWorkflow', {
      workflowId: `bench-bare-${randomUUID()}`,
      taskQueue: workers.bare.taskQueue,
      args: [{ updates: spine.length }],
    });
    for (const request of spine) await sendUpdate(handle, bareAction, request);
    return { ms: performance.now() - started, handle, polls: 0 };
  }

  async function measure(kind: 'hoso' | 'bare'): Promise<{ result: KindResult; driven: Driven[]; warm: Driven[] }> {
    const drive = kind === 'hoso' ? hosoDossier : bareDossier;
    const worker = workers[kind];
    const cpuNow = () =>
      Promise.all([worker.cpuSeconds(), serverPid ? procCpuSeconds(serverPid) : 0, cpuSnapshot()] as const);
    // Settled workflows have scheduled every document; issued documents wake their workflows again to project them.
    const settled = async () => {
      await worker.idle(1_000);
      if (kind === 'bare') return;
      await workers.documents.idle(1_000);
      await worker.idle(1_000);
    };
    progress(`(a) ${kind}: ${warmup} warm-up dossiers`);
    const warm = await inPool(warmup, concurrency, drive);
    await settled();
    if (kind === 'hoso') await workers.documents.stop();
    const [workerCpu, serverCpu, stackCpu] = await cpuNow();
    progress(`(a) ${kind}: ${dossiers} dossiers, ${concurrency} in flight${kind === 'hoso' ? ', documents worker stopped' : ''}`);
    const started = performance.now();
    const driven = await inPool(dossiers, concurrency, drive, (done) => {
      if (done % 100 === 0) progress(`(a) ${kind}: ${done}/${dossiers}`);
    });
    const seconds = (performance.now() - started) / 1000;
    await worker.idle(1_000);
    const [workerCpuAfter, serverCpuAfter, stackCpuAfter] = await cpuNow();
    const cpu = cpuBetween(stackCpu, stackCpuAfter);

    let documentsSeconds = 0;
    let documentsWorkerCpuMs = 0;
    let documentsStackCpuMs = 0;
    if (kind === 'hoso') {
      progress('(a) hoso: a documents worker issues the measured dossiers\' documents');
      workers.documents = await options.startDocumentsWorker();
      const [documentsCpu, documentsStack] = await Promise.all([workers.documents.cpuSeconds(), cpuSnapshot()]);
      const documentsStartedAt = Date.now();
      await settled();
      const [documentsCpuAfter, documentsStackAfter] = await Promise.all([workers.documents.cpuSeconds(), cpuSnapshot()]);
      const [last] = await sql<{ at: number }[]>`SELECT (extract(epoch FROM max(created_at)) * 1000)::float8 AS at FROM documents`;
      documentsSeconds = Math.max(0, ((last?.at ?? documentsStartedAt) - documentsStartedAt) / 1000);
      documentsWorkerCpuMs = (documentsCpuAfter - documentsCpu) * 1000;
      documentsStackCpuMs = cpuBetween(documentsStack, documentsStackAfter).oursSeconds * 1000;
    }
    const sample = driven.slice(0, 10);
    const histories = await Promise.all(sample.map(({ handle }) => handle.describe().then((description) => description.historyLength)));
    const latencies = driven.map(({ ms }) => ms);
    return {
      driven,
      warm,
      result: {
        kind,
        dossiers,
        updatesPerDossier: spine.length,
        seconds,
        perSecond: dossiers / seconds,
        documentsSeconds,
        perSecondWithDocuments: dossiers / (seconds + documentsSeconds),
        latencyP50Ms: percentile(latencies, 50),
        latencyP95Ms: percentile(latencies, 95),
        workerCpuMsPerDossier: ((workerCpuAfter - workerCpu) * 1000) / dossiers,
        serverCpuMsPerDossier: ((serverCpuAfter - serverCpu) * 1000) / dossiers,
        stackCpuMsPerDossier: (cpu.oursSeconds * 1000) / dossiers,
        documentsWorkerCpuMsPerDossier: documentsWorkerCpuMs / dossiers,
        documentsStackCpuMsPerDossier: documentsStackCpuMs / dossiers,
        foreignCpuPercent: cpu.foreignPercent,
        historyEventsPerDossier: histories.reduce((sum, length) => sum + length, 0) / histories.length,
        workerRssMiB: (await worker.stats()).procRssMiB,
        documentsWorkerRssMiB: kind === 'hoso' ? (await workers.documents.stats()).procRssMiB : 0,
      },
    };
  }

  // The baseline first, then hoso: each alone on the machine, the other worker idle.
  const bare = await measure('bare');
  const hoso = await measure('hoso');
  const views = await Promise.all(hoso.driven.slice(0, 10).map(({ handle }) => handle.query(dossierState)));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const hosoSample = {
    remindersPerDossier: mean(views.map((view) => view.reminded.length)),
    deadlineEventsPerDossier: mean(views.map((view) => view.timeline.filter((event) => event.kind !== 'action' && event.kind !== 'opened').length)),
    documentsPerDossier: mean(views.map((view) => view.documents.length)),
  };
  // The dossiers now wait out a 24-month term; end them so that (b) starts from a quiet server.
  const open = [...hoso.warm, ...hoso.driven];
  await inPool(open.length, 50, (index) => (open[index] as Driven).handle.terminate('benchmark (a) finished'));
  return {
    hoso: hoso.result,
    bare: bare.result,
    ratio: hoso.result.perSecond / bare.result.perSecond,
    ratioWithDocuments: hoso.result.perSecondWithDocuments / bare.result.perSecondWithDocuments,
    concurrency,
    warmup,
    hosoSample,
    hosoPollsPerDossier: mean(hoso.driven.map(({ polls }) => polls)),
  };
}
