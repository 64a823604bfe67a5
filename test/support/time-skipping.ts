import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataConverter } from '@temporalio/common';
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundle } from '@temporalio/worker';
import type { DocumentWorkerActivities, WorkflowActivities } from '../../activities';
import { temporalDataConverter } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { civilDateAt, defaultCalendar, type CivilDate } from '../../domain/calendar';
import { addPeriod } from '../../domain/dossier/deadlines';
import { getRegime, type RegimeId } from '../../domain/procedure';
import type { DossierView } from '../../workflows/dossier-view';
import { searchAttributes } from '../../workflows/search-attributes';
import { documentsTaskQueueOf } from '../../workflows/task-queues';
import { dossierDriver } from './dossier-driver';
import { quietTemporalLogs } from './quiet-temporal-logs';

/** The time-skipping test server that `npm test` provides; suites that need it skip without it. */
export const timeSkippingServer = process.env.TEMPORAL_TEST_SERVER;
export const describeTimeSkipping = timeSkippingServer ? describe : describe.skip;

/** One task queue's workers: the dossier workflow with its activities, and the documents worker. */
export interface Workers {
  taskQueue: string;
  activities: WorkflowActivities;
  documentActivities: DocumentWorkerActivities;
}

export interface TimeSkipping {
  env: TestWorkflowEnvironment;
  /** Opens and drives dossiers on one of the task queues. */
  driverOn(taskQueue: string): ReturnType<typeof dossierDriver>;
  /** Ends every dossier still running: the server skips time only while every workflow can make progress. */
  terminateAll(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The SDK gives the server 5 s to listen, which a cold JVM on a loaded 2-core machine can exceed (the Java build
 * runs the dated suites): a server that did not come up is started again, twice at most.
 */
async function startServer(dataConverter: DataConverter, attempt = 1): Promise<TestWorkflowEnvironment> {
  try {
    return withSleepsInTurn(
      await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path: timeSkippingServer as string } },
        client: { dataConverter },
      }),
    );
  } catch (error) {
    if (attempt >= 3) throw error;
    console.warn(`the time-skipping server did not start (${String(error)}); starting it again`);
    return startServer(dataConverter, attempt + 1);
  }
}

/**
 * The server's sleep unlocks time skipping for its length and locks it again after. Two sleeps at once (two dossiers
 * driven side by side, each settling after its action) unlock it twice: the server throws "Unbalanced lock and
 * unlock calls", keeps the second sleep's lock, and never skips time again. So sleeps take turns.
 */
export function withSleepsInTurn(env: TestWorkflowEnvironment): TestWorkflowEnvironment {
  const sleep = env.sleep;
  let previous: Promise<unknown> = Promise.resolve();
  env.sleep = (durationMs) => {
    const mine = previous.then(() => sleep(durationMs));
    previous = mine.catch(() => undefined);
    return mine;
  };
  return env;
}

/** The dossier workflow bundled once per test file, not once per worker: each bundle is seconds of CPU. */
let workflowBundle: Promise<WorkflowBundle> | undefined;

/**
 * The time-skipping server with the dossier workflow's workers on each task queue. Its clock starts wherever the
 * server's does (`HOSO_TEST_START` moves it, scripts/test-dates.ts), so tests read dates off it, never off the machine.
 */
export async function startTimeSkipping(queues: readonly Workers[]): Promise<TimeSkipping> {
  quietTemporalLogs();
  // Encrypted as everywhere else, with the test stack's key ring.
  const dataConverter = await temporalDataConverter(parseEnv(process.env));
  const env = await startServer(dataConverter);
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(searchAttributes).map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
    ),
  });
  workflowBundle ??= bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    failureConverterPath: dataConverter.failureConverterPath,
    logger: new DefaultLogger('WARN'),
  });
  const bundle = await workflowBundle;
  const workers = await Promise.all(
    queues.flatMap(({ taskQueue, activities, documentActivities }) => [
      // No sticky cache: when the test server refuses a completion because events arrived meanwhile ("Expired
      // workflow task"), the next task waits on the evicted worker's sticky queue for a timeout in test time, which
      // the open task keeps from ever passing; every task on the shared queue replays the history instead.
      Worker.create({ connection: env.nativeConnection, dataConverter, taskQueue, workflowBundle: bundle, activities, maxCachedWorkflows: 0 }),
      Worker.create({ connection: env.nativeConnection, dataConverter, taskQueue: documentsTaskQueueOf(taskQueue), activities: documentActivities }),
    ]),
  );
  const running = Promise.all(workers.map((worker) => worker.run()));
  // An action can start a timer already due (a late reminder). The test server refuses to cancel a timer that fired
  // while the workflow handled the next action (temporalio/sdk-java#2606), and the dossier then hangs: so let such
  // timers fire, one skipped second, before the test goes on.
  const settle = () => env.sleep(1_000);
  const drivers = new Map(queues.map(({ taskQueue }) => [taskQueue, dossierDriver(env.client, taskQueue, settle, () => legalToday(env))]));
  return {
    env,
    driverOn(taskQueue) {
      const driver = drivers.get(taskQueue);
      if (!driver) throw new Error(`no workers on ${taskQueue}`);
      return driver;
    },
    async terminateAll() {
      await Promise.all([...drivers.values()].map((driver) => driver.terminateAll()));
    },
    async stop() {
      for (const worker of workers) worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

/** The legal date now on the workflows' clock, Vietnam time. */
export async function legalToday(env: TestWorkflowEnvironment): Promise<CivilDate> {
  return civilDateAt(new Date(await env.currentTimeMs()));
}

/** Lets the workflows' clock run until `margin` after the instant `dueAt` (a deadline's end). */
export async function sleepPast(env: TestWorkflowEnvironment, dueAt: string, margin = 60_000): Promise<void> {
  const wait = Date.parse(dueAt) + margin - (await env.currentTimeMs());
  if (wait > 0) await env.sleep(wait);
}

/** When a deadline of the regime's table falls for an anchor date, by the domain's own calendar. */
export function expectedDueOn(regimeId: RegimeId, deadlineId: string, anchorOn: CivilDate): CivilDate {
  const rule = Object.values(getRegime(regimeId).steps)
    .flatMap((step) => step.deadlines)
    .find((candidate) => candidate.id === deadlineId);
  if (!rule || rule.unit === 'term') throw new Error(`no fixed-period deadline ${deadlineId} in regime ${regimeId}`);
  return addPeriod(rule.unit, anchorOn, rule.amount, defaultCalendar());
}

/** The end of a deadline running at the dossier's step, as the dossier shows it. */
export function endOf(view: DossierView, deadlineId: string): string {
  const deadline = view.deadlines.find((candidate) => candidate.id === deadlineId);
  if (!deadline) throw new Error(`${deadlineId} is not running at ${view.step}`);
  return deadline.dueAt;
}
