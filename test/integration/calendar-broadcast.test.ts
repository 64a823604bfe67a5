import { createCalendarBroadcaster, signalCalendarThrough } from '../../api/calendar/calendar-broadcaster';
import { dossierState, workflowIdOf } from '../../workflows/messages';
import { actThroughApi, openThroughApi } from '../support/api-dossiers';
import { toDecision } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  for (const until = Date.now() + timeoutMs; ; ) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describeWithStack('a calendar change reaches every open dossier, even when Temporal fails partway', () => {
  let hoso: Hoso;
  /** Signals the broadcaster may still send before Temporal "fails"; unlimited until a test sets it. */
  let signalsBeforeOutage = Infinity;
  /** The dates of the provisional days any signal carried: none may reach a workflow. */
  const provisionalDaysTold = new Set<string>();

  beforeAll(async () => {
    // A database of its own: the change reaches every dossier of the database, and this test counts them.
    hoso = await startHoso({
      ownDatabase: true,
      calendarSignal: (signal) => async (dossierId, years) => {
        if (signalsBeforeOutage-- <= 0) throw new Error('Temporal unreachable (test outage)');
        for (const year of years) for (const day of [...year.daysOff, ...year.workingWeekendDays]) if (day.status === 'provisional') provisionalDaysTold.add(day.date);
        await signal(dossierId, years);
      },
    });
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  /** The calendar version of each dossier's running deadlines, as its workflow computes them now. */
  async function calendarVersionsOf(dossierIds: string[]): Promise<string[]> {
    return Promise.all(
      dossierIds.map(async (dossierId) => {
        const view = await hoso.temporal.workflow.getHandle(workflowIdOf(dossierId)).query(dossierState);
        return [...new Set(view.deadlines.map((deadline) => deadline.calendarVersion))].join(',');
      }),
    );
  }

  async function signalsLeft(): Promise<{ pending: number; failed: number }> {
    const [row] = await hoso.sql<{ pending: number; failed: number }[]>`
      SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failed FROM calendar_signals`;
    return row ?? { pending: 0, failed: 0 };
  }

  it('queues the signal with the save, keeps the dossiers a failure left, and finishes after a restart', async () => {
    const dossierIds: string[] = [];
    for (let opened = 0; opened < 5; opened++) {
      const answer = await openThroughApi(hoso);
      expect(answer.status).toBe(201);
      dossierIds.push(answer.body.dossierId);
      // The determination's deadline runs from its request: a deadline whose calendar version the test can read.
      await actThroughApi(hoso, answer.body.dossierId, toDecision(() => undefined).slice(0, 1));
    }
    await eventually(async () => (await hoso.sql`SELECT id FROM dossiers WHERE id = ANY(${dossierIds}::uuid[])`).length, (count) => count === 5, 'projected');
    const [before] = await calendarVersionsOf(dossierIds);
    expect(before).toMatch(/^vn-/);

    // Temporal takes two signals, then fails.
    signalsBeforeOutage = 2;
    const saved = await hoso.call('demo-admin', 'PUT', '/api/v1/admin/calendar/2099', {
      daysOff: [{ date: '2099-01-01', name: 'Tết Dương lịch' }],
      workingWeekendDays: [],
      source: 'Thông báo của Bộ Nội vụ (thử nghiệm)',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.dossiersNotified).toBe(5);
    expect(saved.body.version).not.toBe(before);
    expect(await hoso.sql`SELECT calendar_version AS "calendarVersion", saved_by AS "savedBy" FROM calendar_broadcasts`).toEqual([
      { calendarVersion: saved.body.version, savedBy: 'demo-admin' },
    ]);

    // The failed signals stay queued with their failure counted; the two that went through have moved their dossiers.
    await eventually(signalsLeft, (left) => left.pending === 3 && left.failed === 3, 'failed signals recorded');
    const partway = await eventually(
      () => calendarVersionsOf(dossierIds),
      (versions) => versions.filter((version) => version === saved.body.version).length === 2,
      'two dossiers on the new calendar',
    );
    expect(partway.filter((version) => version === before)).toHaveLength(3);
    // 24/11/2026 ships provisional: the workflows are told the applied days only.
    expect(provisionalDaysTold).toEqual(new Set());

    // The API stops while Temporal is still down; the next one to start finishes the broadcast from PostgreSQL.
    await hoso.calendarBroadcaster.stop();
    const restarted = createCalendarBroadcaster({ sql: hoso.sql, signal: signalCalendarThrough(hoso.temporal), report: (message, error) => console.error(message, error) });
    restarted.start();
    try {
      await eventually(signalsLeft, (left) => left.pending === 0, 'every signal sent');
      await eventually(
        () => calendarVersionsOf(dossierIds),
        (versions) => versions.every((version) => version === saved.body.version),
        'every dossier on the new calendar',
      );
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});
