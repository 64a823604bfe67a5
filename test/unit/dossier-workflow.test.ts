import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities } from '../../activities';
import type { DeadlineNotice } from '../../activities/notifications';
import { publishedYears } from '../../domain/calendar';
import { searchAttributes } from '../../workflows/search-attributes';
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
  let worker: Worker;
  let running: Promise<void>;
  let driver: ReturnType<typeof dossierDriver>;
  const notices: DeadlineNotice[] = [];
  const taskQueue = 'dossier-timers';

  const activities: Activities = {
    issueDocument: async ({ formId, dossier, seq }) => ({
      documentId: `${dossier.dossierId}-${formId}-${seq}`,
      formId,
      step: 'intake',
      sha256: '0'.repeat(64),
      objectKey: `dossiers/${dossier.dossierId}/${seq}.pdf`,
      size: 1,
    }),
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
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: require.resolve('../../workflows'), activities });
    running = worker.run();
    driver = dossierDriver(env.client, taskQueue);
  }, 120_000);

  // The server skips time only while every workflow can make progress: end each test's dossiers.
  afterEach(async () => {
    await driver.terminateAll();
  });

  afterAll(async () => {
    worker?.shutdown();
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
});
