import { civilDateAt } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import type { ActionId, Regime, StepId } from '../procedure/types';
import type { ActionBodies } from '../schemas/actions';
import { hasJurisdiction } from './jurisdiction';
import { dayAfter, type ActiveDeadline } from './deadlines';
import { isMinorTrigger, type Actor, type ClosureReason, type DossierState, type TimelineEvent } from './state';

export interface ActionRequest<A extends ActionId = ActionId> {
  action: A;
  actor: Actor;
  body: ActionBodies[A];
}

export type RefusalCode =
  | 'dossier-closed'
  | 'role-not-permitted'
  | 'outside-jurisdiction'
  | 'action-not-allowed-at-step'
  | 'precondition-failed'
  | 'invalid-for-regime';

/** Why an action cannot be taken, in words a person can act on. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export interface ActionOutcome {
  state: DossierState;
  /** Forms the action produces, to render, sign and archive. */
  forms: readonly string[];
}

const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

/** The validator: everything checked before anything is recorded. */
export function checkAction(state: DossierState, regime: Regime, request: ActionRequest, now: Date): Refusal | undefined {
  const rule = regime.actions[request.action];
  if (!rule.by.includes(request.actor.role)) {
    return refuse('role-not-permitted', `Vai trò của bạn không được thực hiện thao tác "${rule.title}".`);
  }
  if (!hasJurisdiction(state, request.actor)) {
    return refuse('outside-jurisdiction', 'Hồ sơ không thuộc thẩm quyền của đơn vị bạn.');
  }
  if (state.step === 'closed') return refuse('dossier-closed', 'Hồ sơ đã kết thúc.');
  if (!rule.at.includes(state.step)) {
    const at = rule.at.map((step) => `"${regime.steps[step].title}"`).join(', ');
    return refuse(
      'action-not-allowed-at-step',
      `Thao tác "${rule.title}" chỉ thực hiện ở bước ${at}; hồ sơ đang ở bước "${regime.steps[state.step].title}".`,
    );
  }
  const occurredOn = request.body.occurredOn;
  if (occurredOn && occurredOn > civilDateAt(now)) {
    return refuse('precondition-failed', 'Ngày sự kiện không được sau ngày hôm nay.');
  }
  return checkPreconditions(state, regime, request);
}

function checkPreconditions(state: DossierState, regime: Regime, request: ActionRequest): Refusal | undefined {
  const body = request.body as Record<string, unknown>;
  switch (request.action) {
    case 'record-determination':
      if (!state.anchors['determination-requested']) {
        return refuse('precondition-failed', 'Chưa có giấy đề nghị xác định tình trạng nghiện gửi cơ sở y tế.');
      }
      return undefined;
    case 'submit': {
      const missing = [
        !state.violationRecorded && 'biên bản vi phạm',
        !state.temporaryManagement && 'hình thức quản lý trong thời gian làm thủ tục',
        !state.subjectNotified && 'thông báo cho người bị đề nghị',
        !state.readingRecorded && !state.lapsed.includes('commune.reading-window') && 'việc đọc hồ sơ (hoặc hết thời hạn đọc)',
      ].filter(Boolean);
      return missing.length
        ? refuse('precondition-failed', `Hồ sơ chưa đủ để chuyển: thiếu ${missing.join(', ')}.`)
        : undefined;
    }
    case 'court-decide':
      if (!state.anchors['court-accepted']) return refuse('precondition-failed', 'Tòa án chưa thụ lý hồ sơ.');
      if (body.outcome === 'apply') {
        if (typeof body.months !== 'number' || !body.centreUnitCode || !body.escortUnitCode) {
          return refuse('precondition-failed', 'Quyết định áp dụng phải có thời hạn, cơ sở cai nghiện và cơ quan thi hành.');
        }
        const range = termRange(state, regime);
        if (body.months < range.min || body.months > range.max) {
          return refuse('precondition-failed', `Thời hạn phải từ ${range.min} đến ${range.max} tháng theo ${range.legalBasis}.`);
        }
      }
      return undefined;
    case 'court-schedule-session':
    case 'court-extend':
      if (!state.anchors['court-accepted']) return refuse('precondition-failed', 'Tòa án chưa thụ lý hồ sơ.');
      if (request.action === 'court-extend' && state.courtExtended) {
        return refuse('precondition-failed', 'Thời hạn xem xét chỉ được gia hạn một lần.');
      }
      return undefined;
    case 'record-review-decision':
      if (!state.anchors['complaint-filed']) {
        return refuse('precondition-failed', 'Chưa có khiếu nại, kiến nghị hoặc kháng nghị để giải quyết.');
      }
      if (body.outcome === 'modified' && typeof body.months !== 'number') {
        return refuse('precondition-failed', 'Quyết định sửa phải nêu thời hạn mới.');
      }
      return undefined;
    case 'set-electronic-monitoring':
      return regime.electronicMonitoring
        ? undefined
        : refuse('invalid-for-regime', 'Giám sát điện tử chỉ áp dụng theo Luật Phòng, chống ma túy 2025.');
    default:
      return undefined;
  }
}

function termRange(state: DossierState, regime: Regime) {
  if (isMinorTrigger(state.trigger)) return regime.termMonths.minor;
  return state.previousDossierId ? regime.termMonths.adultRepeat : regime.termMonths.adultFirst;
}

/** Records an accepted action: the reducer behind every Update. Call only after `checkAction` passed. */
export function applyAction(
  state: DossierState,
  regime: Regime,
  request: ActionRequest,
  now: Date,
): ActionOutcome {
  const occurredOn = request.body.occurredOn ?? civilDateAt(now);
  const next: DossierState = cloneState(state);
  const stepAfter = reduce(next, request, occurredOn);
  record(next, {
    kind: 'action',
    action: request.action,
    stepBefore: state.step,
    stepAfter,
    actor: request.actor,
    occurredOn,
    recordedAt: now.toISOString(),
    details: detailsOf(request),
    late: state.overdue.some((overdue) => regime.steps[state.step].deadlines.some((rule) => rule.id === overdue.deadlineId)),
  });
  next.step = stepAfter;
  return { state: next, forms: regime.actions[request.action].forms };
}

function detailsOf(request: ActionRequest): Record<string, unknown> {
  const { occurredOn: _occurredOn, ...rest } = request.body as Record<string, unknown>;
  return rest;
}

function close(state: DossierState, reason: ClosureReason): StepId {
  state.closure = reason;
  return 'closed';
}

/** Mutates the cloned state and returns the step the dossier moves to. */
function reduce(state: DossierState, request: ActionRequest, on: CivilDate): StepId {
  const body = request.body as Record<string, unknown>;
  switch (request.action) {
    case 'request-determination':
      state.units.healthFacility = body.healthFacilityCode as string;
      state.anchors['determination-requested'] = on;
      return state.step;
    case 'record-determination':
    case 'attach-determination':
      state.anchors['determination-notified'] = on;
      if (body.result === 'not-addicted') return close(state, 'not-addicted');
      if (state.trigger === 'art32-a' || state.trigger === 'art33-a') return 'registration-window';
      state.anchors['case-detected'] = on;
      return 'commune';
    case 'record-voluntary-registration':
      return close(state, 'diverted-to-voluntary-rehab');
    case 'record-violation':
      state.violationRecorded = true;
      return state.step;
    case 'set-temporary-management':
      state.temporaryManagement = { form: body.form as 'home' | 'facility', place: body.place as string, since: on };
      return state.step;
    case 'notify-subject':
      state.subjectNotified = true;
      state.anchors['subject-notified'] = on;
      return state.step;
    case 'record-reading':
      state.readingRecorded = true;
      return state.step;
    case 'submit':
      state.units.reviewer = body.reviewerUnitCode as string;
      state.anchors.submitted = on;
      return 'review';
    case 'approve':
      state.units.court = body.courtUnitCode as string;
      state.anchors['court-received'] = on;
      return 'court';
    case 'return-for-supplementation':
    case 'court-return':
      return returnToCommune(state, on);
    case 'court-accept':
      state.anchors['court-accepted'] = on;
      return state.step;
    case 'court-extend':
      state.courtExtended = true;
      return state.step;
    case 'court-suspend':
      state.courtSuspended = true;
      return state.step;
    case 'court-terminate':
      return close(state, 'court-terminated');
    case 'court-decide':
      state.decision = {
        outcome: body.outcome as 'apply' | 'not-apply',
        announcedOn: on,
        ...(typeof body.months === 'number' ? { months: body.months } : {}),
      };
      if (body.outcome === 'not-apply') return close(state, 'court-did-not-apply');
      state.units.centre = body.centreUnitCode as string;
      state.units.escort = body.escortUnitCode as string;
      state.anchors['decision-announced'] = on;
      return 'complaint-window';
    case 'file-complaint':
    case 'file-protest':
      state.anchors['complaint-filed'] ??= on;
      return state.step;
    case 'record-review-decision':
      if (body.outcome === 'annulled') return close(state, 'decision-annulled');
      if (body.outcome === 'modified' && state.decision) state.decision.months = body.months as number;
      state.anchors['decision-effective'] = on;
      return 'execution';
    case 'escort':
      return 'admission';
    case 'record-exemption':
      return close(state, 'exempted');
    case 'admit':
      state.anchors.admitted = on;
      return 'serving';
    case 'complete':
      state.anchors.completed = on;
      return 'post-rehab';
    case 'close-post-rehab':
      return close(state, 'post-rehab-completed');
    default:
      return state.step;
  }
}

/** Back to the commune phase for supplementation, with a fresh compilation deadline. */
function returnToCommune(state: DossierState, on: CivilDate): StepId {
  state.returnsForSupplementation += 1;
  state.anchors['case-detected'] = on;
  delete state.anchors.submitted;
  delete state.anchors['court-received'];
  delete state.anchors['court-accepted'];
  state.courtExtended = false;
  state.courtSuspended = false;
  return 'commune';
}

/** Applies what the law says happens when a period ends with the step still open. */
export function expireDeadline(state: DossierState, deadline: ActiveDeadline, now: Date): DossierState {
  const next: DossierState = cloneState(state);
  const { rule } = deadline;
  let stepAfter: StepId = state.step;
  if (rule.onExpiry === 'overdue') {
    next.overdue.push({ deadlineId: rule.id, step: state.step, dueAt: deadline.dueAt, recordedAt: now.toISOString() });
  } else {
    next.lapsed.push(rule.id);
    if (rule.onExpiry === 'advance') stepAfter = advance(next, deadline);
  }
  record(next, {
    kind: rule.onExpiry === 'overdue' ? 'overdue' : 'deadline-expired',
    stepBefore: state.step,
    stepAfter,
    occurredOn: deadline.dueOn,
    recordedAt: now.toISOString(),
    details: { deadlineId: rule.id, dueAt: deadline.dueAt, calendarVersion: deadline.calendarVersion },
  });
  next.step = stepAfter;
  return next;
}

function advance(state: DossierState, deadline: ActiveDeadline): StepId {
  switch (state.step) {
    case 'registration-window':
      // Not registering within the window brings the person under LPCMT art. 32(a).
      state.anchors['case-detected'] = dayAfter(deadline.dueOn);
      return 'commune';
    case 'complaint-window':
      state.anchors['decision-effective'] = dayAfter(deadline.dueOn);
      return 'execution';
    default:
      return state.step;
  }
}

function record(state: DossierState, event: Omit<TimelineEvent, 'seq'>): void {
  state.version += 1;
  state.timeline.push({ seq: state.version, ...event });
}

/** The state is plain JSON (it travels in workflow history); `structuredClone` is absent from the workflow sandbox. */
function cloneState(state: DossierState): DossierState {
  return JSON.parse(JSON.stringify(state)) as DossierState;
}
