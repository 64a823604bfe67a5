import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DocumentWorkerActivities, WorkflowActivities } from '../../activities';
import type { DeadlineNotice } from '../../activities/notifications';
import { publishedYears } from '../../domain/calendar';
import type { DossierState } from '../../domain/dossier/state';
import { searchAttributes } from '../../workflows/search-attributes';
import { documentsTaskQueueOf } from '../../workflows/task-queues';
import { dossierDriver, toDecision } from '../support/dossier-driver';
import { quietTemporalLogs } from '../support/quiet-temporal-logs';

const testServer = process.env.TEMPORAL_TEST_SERVER;
const describeWithServer = testServer ? describe : describe.skip;
const today = () => undefined;

/**
 * Durable timers over real stretches of legal time, on the time-skipping test server: days, months and years
 * pass in milliseconds. Activities are in-process fakes; storage is proven by the integration tests.
 */
describeWithServer('dossier timers (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  let workers: Worker[];
  let running: Promise<unknown>;
  let driver: ReturnType<typeof dossierDriver>;
  const notices: DeadlineNotice[] = [];
  const taskQueue = 'dossier-timers';
  /** While set, documents wait for it: a document worker that has not got to them yet. */
  let documentsHeld: Promise<void> | undefined;

  const documentActivities: DocumentWorkerActivities = {
    issueDocument: async ({ formId, dossier, seq }) => {
      await documentsHeld;
      return {
        documentId: `${dossier.dossierId}-${formId}-${seq}`,
        formId,
        step: 'intake',
        sha256: '0'.repeat(64),
        objectKey: `dossiers/${dossier.dossierId}/${seq}.pdf`,
        size: 1,
      };
    },
  };
  const activities: WorkflowActivities = {
    projectDossier: async () => undefined,
    notifyDeadline: async (notice) => void notices.push(notice),
    loadCalendarYears: async () => [...publishedYears],
  };

  beforeAll(async () => {
    quietTemporalLogs();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServer as string } },
    });
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: Object.fromEntries(
        Object.values(searchAttributes).map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
      ),
    });
    workers = [
      await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: require.resolve('../../workflows'), activities }),
      await Worker.create({ connection: env.nativeConnection, taskQueue: documentsTaskQueueOf(taskQueue), activities: documentActivities }),
    ];
    running = Promise.all(workers.map((worker) => worker.run()));
    driver = dossierDriver(env.client, taskQueue);
  }, 120_000);

  // The server skips time only while every workflow can make progress: end each test's dossiers.
  afterEach(async () => {
    documentsHeld = undefined;
    await driver.terminateAll();
  });

  afterAll(async () => {
    for (const worker of workers ?? []) worker.shutdown();
    await running;
    await env?.teardown();
  });

  it('moves to the commune phase when the 5-working-day registration window passes unused (registration-window)', async () => {
    const { state } = await driver.open(
      [
        ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
        ['health_facility', 'record-determination', { result: 'addicted' }],
      ],
      { trigger: 'art32-a' },
    );
    expect((await state()).step).toBe('registration-window');
    await env.sleep('14 days');
    const view = await state();
    expect(view.step).toBe('commune');
    expect(view.lapsed).toContain('registration-window.register');
  });

  it('reminds the health facility a working day before its deadline, then records and notifies the overdue step (determination)', async () => {
    notices.length = 0;
    const { state, dossierId } = await driver.open([['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    await env.sleep('10 days');
    const view = await state();
    expect(view.step).toBe('determination');
    expect(view.isOverdue).toBe(true);
    expect(view.overdue).toEqual([expect.objectContaining({ deadlineId: 'determination.result', step: 'determination' })]);
    const mine = notices.filter((notice) => notice.dossierId === dossierId);
    expect(mine.map((notice) => [notice.kind, notice.deadline, notice.owner])).toEqual([
      ['reminder', 'determination.result', 'health_facility'],
      ['overdue', 'determination.result', 'health_facility'],
    ]);
    expect(JSON.stringify(mine)).not.toContain('Lê Văn Bình');
  });

  it('makes the court decision take effect when the complaint window passes unused (complaint-window)', async () => {
    const { state } = await driver.open(toDecision(today));
    expect((await state()).step).toBe('complaint-window');
    await env.sleep('12 days');
    const view = await state();
    expect(view.step).toBe('execution');
    expect(view.lapsed).toContain('complaint-window.complaint');
  });

  it('ends the term after 24 months, then flags the completion certificate and the post-rehab decision when late (serving)', async () => {
    const { act, state } = await driver.open(toDecision(today));
    await env.sleep('12 days');
    await act('escort_police', 'escort');
    await act('centre_staff', 'admit');
    await env.sleep('740 days');
    let view = await state();
    expect(view.step).toBe('completion');
    expect(view.anchors['term-ended']).toBeDefined();
    await env.sleep('5 days');
    expect((await state()).overdue.map((record) => record.deadlineId)).toContain('completion.certificate');
    await act('centre_staff', 'complete');
    await env.sleep('10 days');
    view = await state();
    expect(view.step).toBe('post-rehab');
    expect(view.overdue.map((record) => record.deadlineId)).toContain('post-rehab.decision');
  });

  it('rejects an action at the wrong step before recording anything', async () => {
    const { act, state } = await driver.open([]);
    await expect(act('commune_police', 'submit', { reviewerUnitCode: 'DEMO-PC04' })).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/chỉ thực hiện ở bước/) },
    });
    expect((await state()).version).toBe(1);
  });

  it('answers an action once it is recorded, and issues its forms afterwards, on the documents task queue', async () => {
    let release = () => undefined as void;
    documentsHeld = new Promise((resolve) => (release = resolve));
    const { act, until } = await driver.open([]);
    const recorded = await act('commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
    expect(recorded).toMatchObject({ version: 2, documents: [] });
    release();
    const issued = await until((view) => view.documents.length === 2, 'the cover sheet and the request issued');
    expect(issued.documents.map((document) => document.formId)).toEqual(['dossier-cover-sheet', 'determination-request']);
  });

  it('ends only once the forms of its events are issued', async () => {
    let release = () => undefined as void;
    documentsHeld = new Promise((resolve) => (release = resolve));
    const { act, handle } = await driver.open([['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    expect(await act('health_facility', 'record-determination', { result: 'not-addicted' })).toMatchObject({ step: 'closed' });
    expect((await handle.describe()).status.name).toBe('RUNNING');
    release();
    const final = (await handle.result()) as DossierState;
    expect(final.step).toBe('closed');
    expect(final.documents.map((document) => document.formId)).toEqual(['dossier-cover-sheet', 'determination-request']);
  });
});
