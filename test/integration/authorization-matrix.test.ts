import { wrongSubmission } from '../../domain/dossier/available-actions';
import { assignedUnitFor } from '../../domain/dossier/jurisdiction';
import { actionIds, getRegime, regimes, type ActionId } from '../../domain/procedure';
import { roles, type Role } from '../../domain/roles';
import type { DossierView } from '../../workflows/dossier-view';
import { actors, dossierDriver, noExclusion, toDecision, type Step } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


/** A body each action's schema accepts, so that only the table and the dossier's state decide. */
const sampleBodies: Record<ActionId, object> = {
  'request-determination': { healthFacilityCode: 'DEMO-YT01' },
  'record-determination': { result: 'addicted' },
  'attach-determination': { result: 'addicted', issuedBy: 'Bệnh viện Đa khoa tỉnh Bắc Ninh' },
  'record-voluntary-registration': {},
  'record-violation': { description: 'Sử dụng trái phép chất ma túy' },
  'attach-document': { title: 'Biên bản xác minh nơi cư trú' },
  'set-temporary-management': { form: 'home', place: 'Gia đình' },
  'notify-subject': { guardian: 'Đặng Thị Hoa (mẹ)' },
  'record-reading': {},
  'record-exclusion': { ground: 'pregnant', evidence: 'Giấy chứng nhận của Bệnh viện Đa khoa tỉnh' },
  submit: { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion },
  'submit-to-court': { courtUnitCode: 'DEMO-TA01', exclusionCheck: noExclusion },
  approve: { courtUnitCode: 'DEMO-TA01', proposedMonths: 24 },
  'return-for-supplementation': { reasons: 'Thiếu bản tóm tắt lý lịch' },
  'court-accept': {},
  'court-return': { reasons: 'Hồ sơ thiếu tài liệu' },
  'court-schedule-session': { sessionOn: '2026-12-01' },
  'court-extend': { reasons: 'Vụ việc phức tạp' },
  'court-decide': { outcome: 'apply', months: 24, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01' },
  'court-suspend': { reasons: 'Người bị đề nghị đang điều trị' },
  'court-terminate': { reasons: 'Người bị đề nghị đã chết' },
  'file-complaint': { complainant: 'Lê Văn Bình' },
  'file-protest': { procuracy: 'Viện kiểm sát nhân dân khu vực 1 - Bắc Ninh' },
  'record-decision-receipt': {},
  'record-review-receipt': {},
  'record-review-decision': { outcome: 'upheld' },
  escort: {},
  'extend-escort': { reasons: 'Người phải thi hành đang ốm' },
  'request-postponement': { grounds: 'illness', reasons: 'Đang điều trị nội trú' },
  'record-postponement-decision': { granted: true },
  'record-exemption': { reasons: 'Mắc bệnh hiểm nghèo' },
  'record-absconding': {},
  admit: {},
  'suspend-for-treatment': { reasons: 'Cần điều trị tại bệnh viện' },
  resume: {},
  'reduce-term': { months: 3 },
  'record-return': {},
  complete: {},
  'start-post-rehab': {},
  'set-electronic-monitoring': {},
  'record-relapse': {},
  'close-post-rehab': {},
  'record-pause': { reason: 'Bão lũ' },
  'end-pause': {},
};

const demoUnitOf: Record<Role, string> = {
  ...(Object.fromEntries(Object.values(actors).map((actor) => [actor.role, actor.unitCode])) as Record<Role, string>),
  supervisor: 'DEMO-T01',
  administrator: 'DEMO-T01',
};

/** The usual path to admission, dated in September so that the complaint window has long ended. */
const september = (index: number) => `2026-09-${String(index + 1).padStart(2, '0')}`;
const spine: Step[] = [
  ...toDecision(september),
  ['escort_police', 'escort', { occurredOn: '2026-09-20' }],
  ['centre_staff', 'admit', { occurredOn: '2026-09-21' }],
];

type Answer = 'allowed' | 403 | 404 | 409;

/**
 * What domain/access.ts and the regime table say about one cell: a role that never owns the action is refused
 * (403); a dossier not assigned to the caller's unit is not found (404); a role the regime does not give the
 * action to is refused (403); a step where the action is not taken, or the way to the court the dossier does not
 * take, is a conflict with the state (409).
 */
function tableAnswer(view: DossierView, action: ActionId, role: Role, ownUnit: boolean): Answer {
  if (!Object.values(regimes).some((regime) => (regime.actions[action].by as readonly string[]).includes(role))) return 403;
  if (!ownUnit || assignedUnitFor(view, role) !== demoUnitOf[role]) return 404;
  const rule = getRegime(view.regimeId).actions[action];
  if (!rule.by.includes(role)) return 403;
  // The way to the court the dossier does not take (docs/legal/README.md#reviewing-level) is not a step it has.
  if (view.step === 'closed' || !rule.at.includes(view.step) || action === wrongSubmission(view)) return 409;
  return 'allowed';
}

/**
 * Issue 5 item 2: every action × every role × own or other unit, through the API, at every point of the
 * usual path (docs/legal/regime-2026.md#3-steps-and-branches). A 2xx only where the table allows; 403/404 (and 409 for
 * the state) otherwise; nothing recorded on a refusal.
 */
describeWithStack('who may take which action, through the API', () => {
  let hoso: Hoso;
  let driver: ReturnType<typeof dossierDriver>;
  beforeAll(async () => {
    hoso = await startHoso();
    driver = dossierDriver(hoso.temporal, hoso.env.TEMPORAL_TASK_QUEUE);
  }, 120_000);
  afterAll(async () => {
    await driver?.terminateAll();
    await hoso?.stop();
  });

  /** A dossier taken along the first `length` steps of the spine, settled (timers that are due have fired). */
  async function dossierAfter(length: number) {
    const decision = spine.findIndex(([, action]) => action === 'court-decide') + 1;
    const dossier = await driver.open(spine.slice(0, Math.min(length, decision)));
    if (length >= decision) {
      // The decision dated in September took effect long ago: the workflow moves on by itself.
      await dossier.until((view) => view.step === 'execution', 'execution');
      for (const [role, action, body] of spine.slice(decision, length)) await dossier.act(role, action, body);
    }
    return { ...dossier, view: await dossier.state() };
  }

  const post = (as: { userId: string; role: Role; unitCode: string }, dossierId: string, action: ActionId, body: object) =>
    hoso.call({ ...as, name: as.userId }, 'POST', `/api/v1/dossiers/${dossierId}/actions/${action}`, body);

  it.each(spine.map((_, index) => index).concat(spine.length))('after %i steps of the usual path', async (length) => {
    const { dossierId, state, view } = await dossierAfter(length);
    const mismatches: string[] = [];
    const allowed: ActionId[] = [];
    const cells = actionIds.flatMap((action) => roles.flatMap((role) => [true, false].map((ownUnit) => ({ action, role, ownUnit }))));
    for (let start = 0; start < cells.length; start += 24) {
      await Promise.all(
        cells.slice(start, start + 24).map(async ({ action, role, ownUnit }) => {
          const expected = tableAnswer(view, action, role, ownUnit);
          if (expected === 'allowed') {
            if (ownUnit) allowed.push(action);
            return;
          }
          const unitCode = ownUnit ? demoUnitOf[role] : `OTHER-${role.toUpperCase().replace(/_/g, '-')}`;
          const result = await post({ userId: `matrix-${role}-${unitCode}`, role, unitCode }, dossierId, action, sampleBodies[action]);
          if (result.status !== expected) mismatches.push(`${action} by ${role} (${ownUnit ? 'own' : 'other'} unit): ${result.status} ${result.body?.code}, table says ${expected}`);
        }),
      );
    }
    expect(mismatches).toEqual([]);
    // Hundreds of refusals, and no act recorded (back-dated deadlines may meanwhile record themselves as overdue).
    const acts = (dossier: DossierView) => dossier.timeline.filter((event) => event.kind !== 'overdue' && event.kind !== 'deadline-expired');
    expect(acts(await state())).toEqual(acts(view));

    // What GET /dossiers/:id offers each reader is exactly what the table lets them do (issue 12): nothing refused.
    for (const [role, reader] of [...Object.entries(actors), ['supervisor', { userId: 'demo-supervisor-t01' }]] as [Role, { userId: string }][]) {
      // The projection follows a step the workflow took by itself (a decision taking effect) a moment later.
      let read = await hoso.call(reader.userId, 'GET', `/api/v1/dossiers/${dossierId}`);
      for (let tries = 0; read.status === 200 && read.body.version < view.version && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        read = await hoso.call(reader.userId, 'GET', `/api/v1/dossiers/${dossierId}`);
      }
      const expected = actionIds.filter((action) => tableAnswer(view, action, role, true) === 'allowed');
      if (read.status === 404) {
        if (expected.length) mismatches.push(`${role} cannot read the dossier, yet the table lets it ${expected.join(', ')}`);
        continue;
      }
      expect(read.body.step).toBe(view.step);
      const offered = (read.body.availableActions as { action: ActionId }[]).map((offer) => offer.action);
      if (offered.sort().join() !== expected.sort().join()) mismatches.push(`${role} is offered [${offered.join()}], the table allows [${expected.join()}]`);
    }
    expect(mismatches).toEqual([]);

    // Each allowed cell, on a twin of the dossier: accepted, or refused only for the state's preconditions.
    const next = spine[length];
    for (const action of new Set(allowed)) {
      const rule = getRegime(view.regimeId).actions[action];
      for (const role of rule.by) {
        const twin = await dossierAfter(length);
        const body = next && next[1] === action ? (next[2] ?? {}) : sampleBodies[action];
        const result = await post(actors[role as keyof typeof actors], twin.dossierId, action, body);
        const accepted = result.status === 200 || (result.status === 409 && ['precondition-failed', 'invalid-for-regime'].includes(result.body?.code));
        if (!accepted) mismatches.push(`allowed ${action} by ${role}: ${result.status} ${result.body?.code} ${result.body?.title}`);
        if (next && next[1] === action && next[0] === role) expect(result.status).toBe(200);
      }
    }
    expect(mismatches).toEqual([]);
    await driver.terminateAll();
  }, 300_000);
});
