import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities } from '../../activities';
import type { DeadlineNotice } from '../../activities/notifications';
import type { DossierOpening } from '../../domain/dossier/open-dossier';
import { dossierState, performAction, workflowIdOf } from '../../workflows/messages';
import type { DossierView } from '../../workflows/dossier-view';
import { quietTemporalLogs } from '../support/quiet-temporal-logs';
import { searchAttributes } from '../../workflows/search-attributes';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';

const testServer = process.env.TEMPORAL_TEST_SERVER;
const describeWithServer = testServer ? describe : describe.skip;

/** Workflow behaviour over weeks of legal time, in milliseconds, on the time-skipping test server. */
describeWithServer('dossier workflow on durable timers', () => {
  let env: TestWorkflowEnvironment;
  const notices: DeadlineNotice[] = [];
  const projections: DossierView[] = [];

  // In-process fakes: these tests are about the workflow's timing, not about storage.
  const activities: Activities = {
    issueDocument: async ({ formId, dossier, seq }) => ({
      documentId: `${dossier.dossierId}-${formId}-${seq}`,
      formId,
      step: 'intake',
      sha256: '0'.repeat(64),
      objectKey: `dossiers/${dossier.dossierId}/${seq}.pdf`,
      size: 1,
    }),
    projectDossier: async (view) => void projections.push(view),
    notifyDeadline: async (notice) => void notices.push(notice),
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
  }, 120_000);
  afterAll(async () => {
    await env?.teardown();
  });

  /**
   * Runs a test with its own worker, then terminates the test's dossiers: the time-skipping server does not
   * skip time while any workflow waits for a worker that has gone.
   */
  async function withWorker(workflowId: string, run: (taskQueue: string) => Promise<void>): Promise<void> {
    const taskQueue = `unit-${workflowId}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: require.resolve('../../workflows'),
      activities,
    });
    try {
      await worker.runUntil(run(taskQueue));
    } finally {
      await env.client.workflow.getHandle(workflowIdOf(workflowId)).terminate('test finished').catch(() => undefined);
    }
  }

  const opening = (dossierId: string, trigger: DossierOpening['trigger'], detectedOn: string): DossierOpening => ({
    dossierId,
    code: `HS-TEST-${dossierId}`,
    regimeId: '2026',
    subject: {
      fullName: 'Lê Văn Bình',
      dateOfBirth: '1988-03-09',
      sex: 'male',
      idNumber: '001088001234',
      residence: 'Xã Tiên Du',
      hasStableResidence: true,
    },
    trigger,
    detectedOn,
    communeCode: 'DEMO-X01',
    openedBy: { userId: 'police', role: 'commune_police', unitCode: 'DEMO-X01' },
  });

  it('moves on to the commune phase when the 5-working-day registration window passes unused (registration-window)', async () => {
    await withWorker('reg-window', async (taskQueue) => {
      const handle = await env.client.workflow.start('dossierWorkflow', {
        workflowId: workflowIdOf('reg-window'),
        taskQueue,
        args: [opening('reg-window', 'art32-a', '2026-11-20')],
      });
      const police = { userId: 'police', role: 'commune_police' as const, unitCode: 'DEMO-X01' };
      await handle.executeUpdate(performAction, {
        args: [{ action: 'request-determination', actor: police, body: { healthFacilityCode: 'DEMO-YT01' } }],
      });
      const health = { userId: 'doctor', role: 'health_facility' as const, unitCode: 'DEMO-YT01' };
      const determined = await handle.executeUpdate(performAction, {
        args: [{ action: 'record-determination', actor: health, body: { result: 'addicted' } }],
      });
      expect(determined.step).toBe('registration-window');
      await env.sleep('14 days');
      const state = await handle.query(dossierState);
      expect(state.step).toBe('commune');
      expect(state.timeline.some((event) => event.kind === 'deadline-expired' && event.stepAfter === 'commune')).toBe(true);
    });
  }, 60_000);

  it('records an overdue determination and notifies the health facility, keeping the step open', async () => {
    notices.length = 0;
    await withWorker('overdue', async (taskQueue) => {
      const handle = await env.client.workflow.start('dossierWorkflow', {
        workflowId: workflowIdOf('overdue'),
        taskQueue,
        args: [opening('overdue', 'art32-b', '2026-11-20')],
      });
      const police = { userId: 'police', role: 'commune_police' as const, unitCode: 'DEMO-X01' };
      await handle.executeUpdate(performAction, {
        args: [{ action: 'request-determination', actor: police, body: { healthFacilityCode: 'DEMO-YT01' } }],
      });
      await env.sleep('10 days');
      const state = await handle.query(dossierState);
      expect(state.step).toBe('determination');
      expect(state.isOverdue).toBe(true);
      expect(state.overdue).toEqual([expect.objectContaining({ deadlineId: 'determination.result', step: 'determination' })]);
      expect(notices).toEqual([expect.objectContaining({ kind: 'overdue', deadline: 'determination.result', owner: 'health_facility' })]);
      expect(JSON.stringify(notices)).not.toContain('Lê Văn Bình');
    });
  }, 60_000);

  it('rejects an action at the wrong step before recording anything', async () => {
    await withWorker('wrong-step', async (taskQueue) => {
      const handle = await env.client.workflow.start('dossierWorkflow', {
        workflowId: workflowIdOf('wrong-step'),
        taskQueue,
        args: [opening('wrong-step', 'art32-b', '2026-11-20')],
      });
      const police = { userId: 'police', role: 'commune_police' as const, unitCode: 'DEMO-X01' };
      await expect(
        handle.executeUpdate(performAction, {
          args: [{ action: 'submit', actor: police, body: { reviewerUnitCode: 'DEMO-PC04' } }],
        }),
      ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/chỉ thực hiện ở bước/) } });
      expect((await handle.query(dossierState)).version).toBe(1);
    });
  }, 60_000);
});
