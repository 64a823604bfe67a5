import type { DocumentWorkerActivities, WorkflowActivities } from '../../activities';
import type { DeadlineNotice } from '../../activities/notifications';
import { publishedYears } from '../../domain/calendar';
import type { DossierState } from '../../domain/dossier/state';
import { dueOf, toDecision } from '../support/dossier-driver';
import { describeTimeSkipping, endOf, expectedDueOn, legalToday, sleepPast, startTimeSkipping, type TimeSkipping } from '../support/time-skipping';

const today = () => undefined;

/**
 * Durable timers over real stretches of legal time, on the time-skipping test server: days, months and years
 * pass in milliseconds. The clock starts on any date (scripts/test-dates.ts runs these from many), so every
 * expected date comes from the domain calendar and the workflows' own clock. Activities are in-process fakes;
 * storage is proven by the integration tests.
 */
describeTimeSkipping('dossier timers (time-skipping)', () => {
  let harness: TimeSkipping;
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
    harness = await startTimeSkipping([{ taskQueue, activities, documentActivities }]);
  }, 120_000);

  // The server skips time only while every workflow can make progress: end each test's dossiers.
  afterEach(async () => {
    documentsHeld = undefined;
    await harness.terminateAll();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  /** Notifications are sent in the background: waits until `count` reached the fake webhook. */
  async function noticesOf(dossierId: string, count: number): Promise<DeadlineNotice[]> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const mine = notices.filter((notice) => notice.dossierId === dossierId);
      if (mine.length >= count) return mine;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return notices.filter((notice) => notice.dossierId === dossierId);
  }

  it('moves to the commune phase when the 5-working-day registration window passes unused (registration-window)', async () => {
    const { env } = harness;
    const { state } = await harness.driverOn(taskQueue).open(
      [
        ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
        ['health_facility', 'record-determination', { result: 'addicted' }],
      ],
      { trigger: 'art32-a' },
    );
    const waiting = await state();
    expect(waiting.step).toBe('registration-window');
    const due = dueOf(waiting, 'registration-window.register');
    expect(due).toBe(expectedDueOn('2026', 'registration-window.register', await legalToday(env)));
    await sleepPast(env, endOf(waiting, 'registration-window.register'));
    const view = await state();
    expect(view.step).toBe('commune');
    expect(view.lapsed).toContain('registration-window.register');
  });

  it('reminds the health facility a working day before its deadline, then records and notifies the overdue step (determination)', async () => {
    const { env } = harness;
    notices.length = 0;
    const { state, dossierId } = await harness.driverOn(taskQueue).open([['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    const requested = await state();
    expect(dueOf(requested, 'determination.result')).toBe(expectedDueOn('2026', 'determination.result', await legalToday(env)));
    await sleepPast(env, endOf(requested, 'determination.result'));
    const view = await state();
    expect(view.step).toBe('determination');
    expect(view.isOverdue).toBe(true);
    expect(view.overdue).toEqual([expect.objectContaining({ deadlineId: 'determination.result', step: 'determination' })]);
    const mine = await noticesOf(dossierId, 2);
    expect(mine.map((notice) => [notice.kind, notice.deadline, notice.owner])).toEqual([
      ['reminder', 'determination.result', 'health_facility'],
      ['overdue', 'determination.result', 'health_facility'],
    ]);
    expect(JSON.stringify(mine)).not.toContain('Lê Văn Bình');
  });

  it('makes the court decision take effect when the complaint window passes unused (complaint-window)', async () => {
    const { env } = harness;
    const { state } = await harness.driverOn(taskQueue).open(toDecision(today));
    const decided = await state();
    expect(decided.step).toBe('complaint-window');
    expect(dueOf(decided, 'complaint-window.complaint')).toBe(expectedDueOn('2026', 'complaint-window.complaint', await legalToday(env)));
    await sleepPast(env, endOf(decided, 'complaint-window.complaint'));
    const view = await state();
    expect(view.step).toBe('execution');
    expect(view.lapsed).toContain('complaint-window.complaint');
  });

  it('ends the term after 24 months, then flags the completion certificate and the post-rehab decision when late (serving)', async () => {
    const { env } = harness;
    const { act, state } = await harness.driverOn(taskQueue).open(toDecision(today));
    await sleepPast(env, endOf(await state(), 'complaint-window.complaint'));
    await act('escort_police', 'escort');
    const admitted = await act('centre_staff', 'admit');
    await sleepPast(env, endOf(admitted, 'serving.term'));
    let view = await state();
    expect(view.step).toBe('completion');
    expect(view.anchors['term-ended']).toBe(dueOf(admitted, 'serving.term'));
    // Each office's deadline is counted on the calendar from the day its period starts: across Tết it may take weeks.
    expect(dueOf(view, 'completion.certificate')).toBe(expectedDueOn('2026', 'completion.certificate', view.anchors['term-ended']!));
    await sleepPast(env, endOf(view, 'completion.certificate'));
    expect((await state()).overdue.map((record) => record.deadlineId)).toContain('completion.certificate');
    const completed = await act('centre_staff', 'complete');
    expect(completed.step).toBe('post-rehab');
    expect(dueOf(completed, 'post-rehab.decision')).toBe(expectedDueOn('2026', 'post-rehab.decision', await legalToday(env)));
    await sleepPast(env, endOf(completed, 'post-rehab.decision'));
    view = await state();
    expect(view.step).toBe('post-rehab');
    expect(view.overdue.map((record) => record.deadlineId)).toContain('post-rehab.decision');
  });

  it('rejects an action at the wrong step before recording anything', async () => {
    const { act, state } = await harness.driverOn(taskQueue).open([]);
    await expect(act('commune_police', 'submit', { reviewerUnitCode: 'DEMO-PC04' })).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/chỉ thực hiện ở bước/) },
    });
    expect((await state()).version).toBe(1);
  });

  it('answers an action once it is recorded, and issues its forms afterwards, on the documents task queue', async () => {
    let release = () => undefined as void;
    documentsHeld = new Promise((resolve) => (release = resolve));
    const { act, until } = await harness.driverOn(taskQueue).open([]);
    const recorded = await act('commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
    expect(recorded).toMatchObject({ version: 2, documents: [] });
    release();
    const issued = await until((view) => view.documents.length === 2, 'the cover sheet and the request issued');
    expect(issued.documents.map((document) => document.formId)).toEqual(['dossier-cover-sheet', 'determination-request']);
  });

  it('ends only once the forms of its events are issued', async () => {
    let release = () => undefined as void;
    documentsHeld = new Promise((resolve) => (release = resolve));
    const { act, handle } = await harness.driverOn(taskQueue).open([['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    expect(await act('health_facility', 'record-determination', { result: 'not-addicted' })).toMatchObject({ step: 'closed' });
    expect((await handle.describe()).status.name).toBe('RUNNING');
    release();
    const final = (await handle.result()) as DossierState;
    expect(final.step).toBe('closed');
    expect(final.documents.map((document) => document.formId)).toEqual(['dossier-cover-sheet', 'determination-request']);
  });
});
