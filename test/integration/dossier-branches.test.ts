import { defaultCalendar, publishedYears } from '../../domain/calendar';
import { addDays, civilDateAt } from '../../domain/calendar/civil-date';
import { calendarChanged, dossierState, workflowIdOf } from '../../workflows/messages';
import { dossierDriver, dueOf, noExclusion, stepsVisited, toDecision, type Step } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';
import { expectedDueOn } from '../support/time-skipping';


/** Dates in the past, one per step of `toDecision`, as clerks record events after the fact. */
const september = (index: number) => `2026-09-${String(index + 1).padStart(2, '0')}`;
const today = () => undefined;

/**
 * Every branch of docs/legal/regime-2026.md#3-steps-and-branches on the real Temporal server with the real activities. Events carry
 * their legal dates; back-dated periods have already ended, so their timers fire at once: months of law in
 * milliseconds. (Timer behaviour over real waiting is tested on the time-skipping server.)
 */
describeWithStack('the dossier workflow carries out every branch of the law', () => {
  let hoso: Hoso;
  let driver: ReturnType<typeof dossierDriver>;
  beforeAll(async () => {
    hoso = await startHoso();
    driver = dossierDriver(hoso.temporal, hoso.env.TEMPORAL_TASK_QUEUE);
  }, 120_000);
  afterEach(async () => {
    await driver.terminateAll();
  });
  afterAll(async () => {
    await hoso?.stop();
  });

  describe('determination and the registration window', () => {
    it('closes the dossier when the person is not addicted', async () => {
      const { act } = await driver.open([['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
      expect(await act('health_facility', 'record-determination', { result: 'not-addicted' })).toMatchObject({
        step: 'closed',
        closure: 'not-addicted',
      });
    });

    it('diverts to voluntary rehab when the person registers within 5 working days', async () => {
      const { act } = await driver.open(
        [
          ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
          ['health_facility', 'record-determination', { result: 'addicted' }],
        ],
        { trigger: 'art32-a' },
      );
      expect(await act('commune_committee', 'record-voluntary-registration')).toMatchObject({
        closure: 'diverted-to-voluntary-rehab',
      });
    });

    it('moves to the commune phase once the registration window has passed unused', async () => {
      const { until } = await driver.open(
        [
          ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2026-11-02' }],
          ['health_facility', 'record-determination', { result: 'addicted', occurredOn: '2026-11-02' }],
        ],
        { trigger: 'art32-a' },
      );
      // 5 working days from Monday 02/11/2026 end on Monday 09/11; the case counts as detected the next day.
      const view = await until((state) => state.step === 'commune', 'the commune phase');
      expect(view.anchors['case-detected']).toBe('2026-11-10');
    });

    it('records an overdue determination, keeps the step open and accepts the late result as late', async () => {
      const { act, until } = await driver.open([
        ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2026-11-02' }],
      ]);
      const overdue = await until((state) => state.isOverdue, 'overdue');
      expect(overdue.step).toBe('determination');
      expect(overdue.overdue).toEqual([expect.objectContaining({ deadlineId: 'determination.result' })]);
      const late = await act('health_facility', 'record-determination', { result: 'addicted' });
      expect(late.timeline.at(-1)).toMatchObject({ action: 'record-determination', late: true });
    });
  });

  describe('commune phase and review', () => {
    it('refuses to submit an incomplete dossier and says what is missing', async () => {
      const { act } = await driver.open(toDecision(today).slice(0, 3));
      await expect(act('commune_police', 'submit', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion })).rejects.toMatchObject({
        cause: { type: 'precondition-failed', message: expect.stringMatching(/hình thức quản lý.*thông báo/) },
      });
    });

    it('returns the dossier to the commune for supplementation, any number of times, each with a fresh deadline', async () => {
      // Dated as the clerks recorded them, each after the event it follows (docs/legal/README.md#event-dates).
      const { act, state } = await driver.open(toDecision(() => '2026-11-20').slice(0, 7));
      await act('reviewer', 'return-for-supplementation', { reasons: 'Thiếu bản tường trình', occurredOn: '2026-11-20' });
      await act('commune_police', 'submit', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion, occurredOn: '2026-11-23' });
      const view = await act('reviewer', 'return-for-supplementation', { reasons: 'Thiếu xác nhận của gia đình', occurredOn: '2026-11-23' });
      expect(view.returnsForSupplementation).toBe(2);
      // 5 working days from Monday 23/11/2026: 24/11 is only a provisional day off, not counted, so 24–27, 30/11.
      expect(dueOf(view, 'commune.compile-dossier')).toBe('2026-11-30');
      expect(stepsVisited(await state())).toEqual(['determination', 'commune', 'review', 'commune', 'review', 'commune']);
    });
  });

  describe('court', () => {
    it('returns the file to the commune when the court finds it incomplete', async () => {
      const { act } = await driver.open(toDecision(today).slice(0, 8));
      expect((await act('court_clerk', 'court-return', { reasons: 'Thiếu tài liệu' })).step).toBe('commune');
    });

    it('closes the dossier when the court does not apply the measure, once the windows to challenge that pass', async () => {
      const { act, until } = await driver.open(toDecision(september).slice(0, 9));
      expect(await act('court_clerk', 'court-decide', { outcome: 'not-apply', occurredOn: '2026-11-02' })).toMatchObject({
        step: 'complaint-window',
        decision: { outcome: 'not-apply' },
      });
      expect(await until((state) => state.step === 'closed', 'closed')).toMatchObject({ closure: 'court-did-not-apply', anchors: { 'decision-effective': '2026-11-10' } });
    });

    it('closes the dossier when the court terminates consideration (e.g. a pregnant woman, an exclusion), once its windows pass', async () => {
      const { act, until } = await driver.open(toDecision(september).slice(0, 9));
      expect(await act('court_clerk', 'court-terminate', { reasons: 'Người bị đề nghị đang mang thai', occurredOn: '2026-11-02' })).toMatchObject({
        step: 'complaint-window',
      });
      expect(await until((state) => state.step === 'closed', 'closed')).toMatchObject({ closure: 'court-terminated' });
    });

    it('stops the court periods while consideration is suspended', async () => {
      const { act } = await driver.open(toDecision(today).slice(0, 9));
      const suspended = await act('court_clerk', 'court-suspend', { reasons: 'Chờ kết quả giám định' });
      expect(suspended.deadlines).toEqual([]);
    });

    it('gives the court 30 days instead of 15 from acceptance once, when extended', async () => {
      const { act } = await driver.open(toDecision(() => '2026-11-20').slice(0, 8));
      const accepted = await act('court_clerk', 'court-accept', { occurredOn: '2026-11-20' });
      // 15 days from 20/11/2026 end on Saturday 05/12, so on Monday 07/12; 30 days end on Sunday 20/12, so Monday 21/12.
      expect(dueOf(accepted, 'court.decide')).toBe('2026-12-07');
      expect(dueOf(await act('court_clerk', 'court-extend', { reasons: 'Vụ việc phức tạp' }), 'court.decide')).toBe('2026-12-21');
      await expect(act('court_clerk', 'court-extend', { reasons: 'Lần hai' })).rejects.toMatchObject({
        cause: { type: 'precondition-failed' },
      });
    });

    it('records a term outside the regime’s range as the court ordered it, once the clerk confirms it with a reason', async () => {
      const { act } = await driver.open(toDecision(today).slice(0, 9));
      const decision = { outcome: 'apply', months: 12, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01' };
      await expect(act('court_clerk', 'court-decide', decision)).rejects.toMatchObject({
        cause: { type: 'term-outside-bounds', message: expect.stringMatching(/ngoài khung 24–24 tháng/) },
      });
      const view = await act('court_clerk', 'court-decide', { ...decision, termOutsideBoundsReason: 'Quyết định của Tòa án ghi 12 tháng' });
      expect(view.decision?.months).toBe(12);
      expect(view.legalReview).toEqual([expect.objectContaining({ kind: 'term-outside-bounds', reason: 'Quyết định của Tòa án ghi 12 tháng' })]);
    });
  });

  describe('complaint window', () => {
    it('makes the decision take effect once 5 working days pass with no complaint', async () => {
      const { until } = await driver.open(toDecision((index) => (index === 9 ? '2026-11-02' : september(index))));
      const view = await until((state) => state.step === 'execution', 'execution');
      expect(view.anchors['decision-effective']).toBe('2026-11-10');
    });

    it.each([
      ['upheld', 'execution'],
      ['annulled', 'closed'],
      ['modified', 'execution'],
    ] as const)('after a complaint, a review decision that is %s leads to %s', async (outcome, step) => {
      const { act } = await driver.open(toDecision(today));
      await act('court_clerk', 'file-complaint', { complainant: 'Người bị đề nghị' });
      const view = await act('court_clerk', 'record-review-decision', { outcome, ...(outcome === 'modified' ? { months: 24 } : {}) });
      expect(view.step).toBe(step);
      if (outcome === 'annulled') expect(view.closure).toBe('decision-annulled');
    });

    it('adds the working days lost to force majeure to the complaint window', async () => {
      // The decision two working days before today and a day lost the working day after: the window still runs
      // today, whatever today is (a window already over would let the decision take effect before the pause).
      const calendar = defaultCalendar();
      const todayOn = civilDateAt(new Date());
      let decidedOn = todayOn;
      for (let back = 0; back < 2; ) {
        decidedOn = addDays(decidedOn, -1);
        if (calendar.isWorkingDay(decidedOn)) back++;
      }
      const lostOn = calendar.addWorkingDays(decidedOn, 1);
      const { act } = await driver.open(toDecision((index) => (index === 9 ? decidedOn : september(index))));
      await act('court_clerk', 'record-pause', { reason: 'Bão lũ chia cắt', occurredOn: lostOn });
      const paused = await act('court_clerk', 'end-pause', { occurredOn: lostOn });
      // The window as the regime table sets it, and one working day more for the day lost.
      expect(dueOf(paused, 'complaint-window.complaint')).toBe(calendar.addWorkingDays(expectedDueOn('2026', 'complaint-window.complaint', decidedOn), 1));
    });
  });

  describe('execution', () => {
    const effective = (index: number) => (index === 9 ? '2026-11-02' : september(index));

    it('allows up to 3 months to escort when the centre cannot admit', async () => {
      const { act, until } = await driver.open(toDecision(effective));
      await until((state) => state.step === 'execution', 'execution');
      const view = await act('escort_police', 'extend-escort', { reasons: 'Cơ sở không còn chỗ' });
      // 3 months from 10/11/2026 end on 10/02/2027, in Tết 2027 on the statutory calendar; so Friday 12/02/2027.
      expect(view.deadlines.find((deadline) => deadline.id === 'execution.escort')).toMatchObject({ dueOn: '2027-02-12', provisional: true });
    });

    it('recounts the escort period (24 hours under Luật 120/2025 art. 38(5)) from the end of a postponement', async () => {
      const { act, until } = await driver.open(toDecision(effective));
      await until((state) => state.step === 'execution', 'execution');
      await act('commune_police', 'request-postponement', { grounds: 'illness', reasons: 'Bệnh nặng, có xác nhận' });
      const view = await act('court_clerk', 'record-postponement-decision', { granted: true, until: '2026-12-15' });
      // The period as the regime table sets it, counted again in full from the end of the postponement.
      expect(dueOf(view, 'execution.escort')).toBe(expectedDueOn('2026', 'execution.escort', '2026-12-15'));
    });

    it('closes the dossier when the person is exempted', async () => {
      const { act, until } = await driver.open(toDecision(effective));
      await until((state) => state.step === 'execution', 'execution');
      expect(await act('court_clerk', 'record-exemption', { reasons: 'Mắc bệnh hiểm nghèo' })).toMatchObject({ closure: 'exempted' });
    });

    it('waits while the person has absconded, and escorts after their return', async () => {
      const { act, until } = await driver.open(toDecision(effective));
      await until((state) => state.step === 'execution', 'execution');
      await act('escort_police', 'record-absconding');
      await expect(act('escort_police', 'escort')).rejects.toMatchObject({ cause: { message: expect.stringMatching(/bỏ trốn/) } });
      await act('escort_police', 'record-return');
      expect((await act('escort_police', 'escort')).step).toBe('admission');
      expect((await act('centre_staff', 'admit')).step).toBe('serving');
    });
  });

  /** A dossier admitted long ago, so that its term has run: regime 2026 is pinned by override. */
  async function servedTerm(options: { trigger?: 'art32-b' | 'art33-b'; dateOfBirth?: string; regimeId?: '2022' | '2026'; months?: number } = {}) {
    const months = options.months ?? 24;
    const dates = (index: number) => `2024-01-${String(index + 1).padStart(2, '0')}`;
    const steps: Step[] = [
      ...toDecision(dates, months),
      ['escort_police', 'escort', { occurredOn: '2024-01-25' }],
      ['centre_staff', 'admit', { occurredOn: '2024-01-25' }],
    ];
    const dossier = await driver.open([], { ...options, detectedOn: '2024-01-01' });
    for (const [role, action, body] of steps) {
      if (action === 'escort') await dossier.until((state) => state.step === 'execution', 'execution');
      await dossier.act(role, action, body);
    }
    await dossier.until((state) => state.step === 'completion', 'completion');
    await dossier.act('centre_staff', 'complete', { occurredOn: '2026-11-02' });
    await dossier.act('commune_committee', 'start-post-rehab', { occurredOn: '2026-11-03' });
    return dossier;
  }

  describe('completion and post-rehab', () => {
    it('moves to completion when the term runs out, then to 2 years of post-rehab management for an adult', async () => {
      const { state, act } = await servedTerm({ regimeId: '2022', months: 24 });
      const view = await state();
      // 24 months from admission on 25/01/2024; a term ends on its day, even a Sunday (it is not a period to act in).
      expect(view.anchors['term-ended']).toBe('2026-01-25');
      expect(view.termEndsOn).toBe('2026-01-25');
      expect(dueOf(view, 'post-rehab.period')).toBe('2028-11-02');
      expect(await act('commune_committee', 'close-post-rehab')).toMatchObject({ closure: 'post-rehab-completed' });
    });

    it('manages a minor for 1 year after completion', async () => {
      const { state } = await servedTerm({ regimeId: '2022', trigger: 'art33-b', dateOfBirth: '2008-01-15', months: 12 });
      expect(dueOf(await state(), 'post-rehab.period')).toBe('2027-11-02');
    });

    it('allows electronic monitoring under the 2025 law only', async () => {
      const now = await servedTerm({ regimeId: '2026' });
      expect(await now.act('commune_police', 'set-electronic-monitoring')).toMatchObject({ electronicMonitoring: true });
      const before = await servedTerm({ regimeId: '2022' });
      await expect(before.act('commune_police', 'set-electronic-monitoring')).rejects.toMatchObject({
        cause: { type: 'invalid-for-regime' },
      });
    });

    it('opens a new dossier linked to the old one when the person relapses during post-rehab', async () => {
      const { act, dossierId } = await servedTerm({ regimeId: '2026' });
      const closed = await act('commune_police', 'record-relapse');
      expect(closed).toMatchObject({ step: 'closed', closure: 'relapsed' });
      const next = hoso.temporal.workflow.getHandle(workflowIdOf(closed.nextDossierId as string));
      expect(await next.query(dossierState)).toMatchObject({ trigger: 'art32-d', previousDossierId: dossierId, regimeId: '2026', step: 'determination' });
      await next.terminate('test finished');
    });
  });

  it('moves a waiting timer when an administrator changes the calendar, and what the pages read', async () => {
    const { dossierId, handle, state, until } = await driver.open([
      ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2026-11-23' }],
    ]);
    const before = await state();
    // 5 days from 23/11/2026 end on Saturday 28/11, so on Monday 30/11.
    expect(dueOf(before, 'determination.result')).toBe('2026-11-30');
    const [y2025, y2026] = publishedYears;
    await handle.signal(calendarChanged, {
      years: [y2025, { ...y2026, daysOff: [...y2026.daysOff, { date: '2026-11-30', name: 'Nghỉ đột xuất' }] }],
    });
    const after = await until((view) => view.timeline.at(-1)?.kind === 'calendar-changed', 'calendar change');
    expect(dueOf(after, 'determination.result')).toBe('2026-12-01');
    expect(after.timeline.at(-1)?.details).toMatchObject({ moved: [{ deadlineId: 'determination.result' }] });
    // The projection the dossier page, the inboxes and the boards read shows the new date too, without another event.
    for (let attempt = 0; ; attempt++) {
      const { body } = await hoso.call('demo-health-yt01', 'GET', `/api/v1/dossiers/${dossierId}`);
      if (dueOf(body, 'determination.result') === '2026-12-01') break;
      if (attempt > 100) throw new Error(`the projection still says ${dueOf(body, 'determination.result')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
