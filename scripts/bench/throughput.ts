/**
 * (a) Dossiers carried through the full procedure per second, against a bare workflow with the same number of
 * Updates, each awaiting a no-op activity. Both drivers are the same loop: start, then each Update awaited in turn,
 * `concurrency` dossiers in flight. hoso's documents are issued after the Updates return, by the documents worker:
 * the run also waits for the last of them, and reports the rate with that wait included.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client, WorkflowHandle } from '@temporalio/client';
import type { Sql } from 'postgres';
import { civilDateAt } from '../../domain/calendar/civil-date';
import type { ActionRequest } from '../../domain/dossier/apply-action';
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
  /** Start of the first dossier → last Update of the last one answered. */
  seconds: number;
  perSecond: number;
  /** → the last document archived (hoso; for bare, the same as `seconds`), and the rate over that span. */
  secondsWithDocuments: number;
  perSecondWithDocuments: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  /** hoso: the workflow worker alone; its documents worker is `documentsWorkerCpuMsPerDossier`. */
  workerCpuMsPerDossier: number;
  documentsWorkerCpuMsPerDossier: number;
  serverCpuMsPerDossier: number;
  /** Worker, dev server, PostgreSQL, MinIO and this driver together. */
  stackCpuMsPerDossier: number;
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
}

interface Driven {
  ms: number;
  handle: WorkflowHandle;
}

export async function runThroughput(options: {
  client: Client;
  sql: Sql;
  plan: SpinePlan;
  workers: { hoso: WorkerProcess; documents: WorkerProcess; bare: WorkerProcess };
  serverPid: number | undefined;
  dossiers: number;
  warmup: number;
  concurrency: number;
}): Promise<ThroughputResult> {
  const { client, sql, plan, workers, serverPid, dossiers, warmup, concurrency } = options;
  const spine: ActionRequest[] = [...plan.toDecision, ...plan.toServing];
  let counter = 0;

  async function hosoDossier(): Promise<Driven> {
    const started = performance.now();
    const opening = openingFor(`HS-BENCH-A-${++counter}`, 'art32-b', civilDateAt(new Date()));
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
    for (let polls = 0; ; polls++) {
      if ((await handle.query(dossierState)).step === 'execution') break;
      if (polls > 3_000) throw new Error(`dossier ${opening.code} never reached execution`);
      await sleep(20);
    }
    for (const request of plan.toServing) view = await sendUpdate(handle, performAction, request);
    if (view?.step !== 'serving') throw new Error(`dossier ${opening.code} is at ${view?.step}, not serving`);
    return { ms: performance.now() - started, handle };
  }

  async function bareDossier(): Promise<Driven> {
    const started = performance.now();
    const handle = await client.workflow.start('bareWorkflow', {
      workflowId: `bench-bare-${randomUUID()}`,
      taskQueue: workers.bare.taskQueue,
      args: [{ updates: spine.length }],
    });
    for (const request of spine) await sendUpdate(handle, bareAction, request);
    return { ms: performance.now() - started, handle };
  }

  async function measure(kind: 'hoso' | 'bare'): Promise<{ result: KindResult; driven: Driven[]; warm: Driven[] }> {
    const drive = kind === 'hoso' ? hosoDossier : bareDossier;
    const worker = workers[kind];
    const documents = kind === 'hoso' ? workers.documents : undefined;
    // Settled workflows have scheduled every document; issued documents wake their workflows again to project them.
    const idle = async () => {
      await worker.idle(1_000);
      if (!documents) return;
      await documents.idle(1_000);
      await worker.idle(1_000);
    };
    const cpuNow = () =>
      Promise.all([worker.cpuSeconds(), documents ? documents.cpuSeconds() : 0, serverPid ? procCpuSeconds(serverPid) : 0, cpuSnapshot()] as const);
    progress(`(a) ${kind}: ${warmup} warm-up dossiers`);
    const warm = await inPool(warmup, concurrency, drive);
    await idle();
    const [workerCpu, documentsCpu, serverCpu, stackCpu] = await cpuNow();
    progress(`(a) ${kind}: ${dossiers} dossiers, ${concurrency} in flight`);
    const startedAt = Date.now();
    const started = performance.now();
    const driven = await inPool(dossiers, concurrency, drive, (done) => {
      if (done % 100 === 0) progress(`(a) ${kind}: ${done}/${dossiers}`);
    });
    const seconds = (performance.now() - started) / 1000;
    // The documents still queued are issued now; CPU is counted until they are.
    await idle();
    const [workerCpuAfter, documentsCpuAfter, serverCpuAfter, stackCpuAfter] = await cpuNow();
    const [last] = await sql<{ at: number | null }[]>`SELECT (extract(epoch FROM max(created_at)) * 1000)::float8 AS at FROM documents`;
    const secondsWithDocuments = documents ? Math.max(seconds, ((last?.at ?? startedAt) - startedAt) / 1000) : seconds;
    const cpu = cpuBetween(stackCpu, stackCpuAfter);
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
        secondsWithDocuments,
        perSecondWithDocuments: dossiers / secondsWithDocuments,
        latencyP50Ms: percentile(latencies, 50),
        latencyP95Ms: percentile(latencies, 95),
        workerCpuMsPerDossier: ((workerCpuAfter - workerCpu) * 1000) / dossiers,
        documentsWorkerCpuMsPerDossier: ((documentsCpuAfter - documentsCpu) * 1000) / dossiers,
        serverCpuMsPerDossier: ((serverCpuAfter - serverCpu) * 1000) / dossiers,
        stackCpuMsPerDossier: (cpu.oursSeconds * 1000) / dossiers,
        foreignCpuPercent: cpu.foreignPercent,
        historyEventsPerDossier: histories.reduce((sum, length) => sum + length, 0) / histories.length,
        workerRssMiB: (await worker.stats()).procRssMiB,
        documentsWorkerRssMiB: documents ? (await documents.stats()).procRssMiB : 0,
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
  };
}
