import { civilDateAt } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import { formsProduced } from '../procedure/action-forms';
import type { ActionId, Regime, StepId } from '../procedure/types';
import type { ActionBodies } from '../schemas/actions';
import { hasJurisdiction } from './jurisdiction';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { activeDeadlines, dayAfter, type ActiveDeadline } from './deadlines';
import { ageOn } from './open-dossier';
import { isMinorTrigger, type Actor, type ClosureReason, type DossierState, type Interval, type LegalReviewMark, type TimelineEvent } from './state';
import { halfServedOn, openInterval } from './term';

/**
 * An action as a person asks for it: one member per action, so that narrowing on `action` types `body` by that
 * action's schema (domain/schemas/actions.ts). `ActionRequest<A>` is one action's request.
 */
export type ActionRequest<A extends ActionId = ActionId> = { [K in A]: { action: K; actor: Actor; body: ActionBodies[K] } }[A];

export type RefusalCode =
  | 'dossier-closed'
  | 'role-not-permitted'
  | 'outside-jurisdiction'
  | 'action-not-allowed-at-step'
  | 'precondition-failed'
  | 'invalid-for-regime'
  | 'term-outside-bounds';

/** Why an action cannot be taken, in words a person can act on. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export interface ActionOutcome {
  state: DossierState;
  /** Forms the action produces, to render, sign and archive. */
  forms: readonly string[];
  /** A relapse during post-rehab opens a new dossier (LPCMT 2021 art. 32(4)), linked to this one. */
  opensRelapseDossier: boolean;
}

const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

/** The validator: everything checked before anything is recorded. */
export function checkAction(
  state: DossierState,
  regime: Regime,
  request: ActionRequest,
  now: Date,
  calendar: WorkingCalendar,
): Refusal | undefined {
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
  return checkPreconditions(state, regime, request, now, calendar);
}

function checkPreconditions(
  state: DossierState,
  regime: Regime,
  request: ActionRequest,
  now: Date,
  calendar: WorkingCalendar,
): Refusal | undefined {
  const on = request.body.occurredOn ?? civilDateAt(now);
  const openPause = state.pauses.find((pause) => pause.step === state.step && !pause.endedOn);
  const absconded = openInterval(state.absences) ?? state.pauses.find((pause) => pause.kind === 'absconding' && !pause.endedOn);
  switch (request.action) {
    case 'record-determination':
      return state.anchors['determination-requested']
        ? undefined
        : refuse('precondition-failed', 'Chưa có giấy đề nghị xác định tình trạng nghiện gửi cơ sở y tế.');
    case 'set-temporary-management':
      return request.body.form === 'home' && !state.subject.hasStableResidence
        ? refuse('precondition-failed', 'Chỉ quản lý tại gia đình khi người nghiện có nơi cư trú ổn định (NĐ 116/2021 Điều 45 khoản 1).')
        : undefined;
    case 'record-reading':
      if (!state.subjectNotified) return refuse('precondition-failed', 'Chưa thông báo việc lập hồ sơ cho người bị đề nghị.');
      return request.body.subjectPresent === false && !request.body.relatives?.length
        ? refuse('precondition-failed', 'Người bị đề nghị không đến đọc hồ sơ: ghi rõ người thân đã đọc hồ sơ.')
        : undefined;
    case 'approve':
      // The proposal names a term the court could order; the court's own decision is checked the same way.
      return checkTerm(state, regime, request.body.proposedMonths);
    case 'close-post-rehab':
      return state.anchors['post-rehab-started']
        ? undefined
        : refuse('precondition-failed', 'Chưa có quyết định quản lý sau cai nghiện.');
    case 'notify-subject':
      return isMinorTrigger(state.trigger) && !request.body.guardian
        ? refuse('precondition-failed', 'Người dưới 18 tuổi: phải thông báo cho cha, mẹ hoặc người giám hộ.')
        : undefined;
    case 'submit': {
      const missing = [
        !state.violationRecorded && 'biên bản vi phạm',
        !state.temporaryManagement && 'hình thức quản lý trong thời gian làm thủ tục',
        !state.subjectNotified && 'thông báo cho người bị đề nghị',
        !state.readingRecorded && !readingWindowOver(state, regime, calendar, now) && 'việc đọc hồ sơ (hoặc hết thời hạn đọc)',
      ].filter(Boolean);
      return missing.length
        ? refuse('precondition-failed', `Hồ sơ chưa đủ để chuyển: thiếu ${missing.join(', ')}.`)
        : undefined;
    }
    case 'court-decide':
      if (!state.anchors['court-accepted']) return refuse('precondition-failed', 'Tòa án chưa thụ lý hồ sơ.');
      if (request.body.outcome === 'apply') {
        if (!request.body.centreUnitCode || !request.body.escortUnitCode) {
          return refuse('precondition-failed', 'Quyết định áp dụng phải nêu cơ sở cai nghiện và cơ quan thi hành.');
        }
        return checkCourtTerm(state, regime, request.body.months, request.body.termOutsideBoundsReason);
      }
      return undefined;
    case 'court-schedule-session':
    case 'court-suspend':
      return state.anchors['court-accepted'] ? undefined : refuse('precondition-failed', 'Tòa án chưa thụ lý hồ sơ.');
    case 'court-extend':
      if (!state.anchors['court-accepted']) return refuse('precondition-failed', 'Tòa án chưa thụ lý hồ sơ.');
      return state.extendedDeadlines.includes('court.decide')
        ? refuse('precondition-failed', 'Thời hạn xem xét chỉ được gia hạn một lần.')
        : undefined;
    case 'record-review-decision':
      if (!state.anchors['complaint-filed']) {
        return refuse('precondition-failed', 'Chưa có khiếu nại, kiến nghị hoặc kháng nghị để giải quyết.');
      }
      return request.body.outcome === 'modified' ? checkCourtTerm(state, regime, request.body.months, request.body.termOutsideBoundsReason) : undefined;
    case 'extend-escort':
      return state.extendedDeadlines.includes('execution.escort')
        ? refuse('precondition-failed', 'Thời hạn đưa vào cơ sở đã được kéo dài (tối đa 03 tháng).')
        : undefined;
    case 'record-postponement-decision':
      return state.timeline.some((event) => event.action === 'request-postponement')
        ? undefined
        : refuse('precondition-failed', 'Chưa có đề nghị hoãn chấp hành.');
    case 'escort':
      return absconded ? refuse('precondition-failed', 'Người phải chấp hành đang bỏ trốn.') : undefined;
    case 'record-absconding':
      return absconded ? refuse('precondition-failed', 'Đã ghi nhận việc bỏ trốn.') : undefined;
    case 'record-return':
      return absconded ? undefined : refuse('precondition-failed', 'Không có việc bỏ trốn nào đang được ghi nhận.');
    case 'suspend-for-treatment':
      return openInterval(state.suspensions) ? refuse('precondition-failed', 'Đang tạm đình chỉ chấp hành.') : undefined;
    case 'resume':
      return openInterval(state.suspensions) ? undefined : refuse('precondition-failed', 'Không có tạm đình chỉ nào để chấm dứt.');
    case 'reduce-term': {
      if (state.reductionMonths > 0) return refuse('precondition-failed', 'Thời hạn đã được giảm.');
      const half = halfServedOn(state);
      return half && on >= half
        ? undefined
        : refuse('precondition-failed', `Chỉ được giảm thời hạn khi đã chấp hành một nửa thời hạn (từ ngày ${half ?? '—'}).`);
    }
    case 'set-electronic-monitoring':
      if (!regime.electronicMonitoring) {
        return refuse('invalid-for-regime', 'Giám sát điện tử chỉ áp dụng theo Luật Phòng, chống ma túy 2025.');
      }
      return state.anchors['post-rehab-started']
        ? undefined
        : refuse('precondition-failed', 'Chưa có quyết định quản lý sau cai nghiện.');
    case 'record-relapse':
      return ageOn(state.subject.dateOfBirth, on) < 18
        ? refuse('precondition-failed', 'Tái nghiện của người dưới 18 tuổi không thuộc Điều 32 LPCMT 2021.')
        : undefined;
    case 'record-pause':
      return openPause ? refuse('precondition-failed', 'Đang có sự kiện tạm dừng thời hạn chưa chấm dứt.') : undefined;
    case 'end-pause':
      return openPause ? undefined : refuse('precondition-failed', 'Không có sự kiện tạm dừng thời hạn nào đang diễn ra.');
    default:
      return undefined;
  }
}

/** The person's window to read the dossier has ended, whether or not its timer has fired yet. */
function readingWindowOver(state: DossierState, regime: Regime, calendar: WorkingCalendar, now: Date): boolean {
  if (state.lapsed.includes('commune.reading-window')) return true;
  const window = activeDeadlines(state, regime, calendar).find((deadline) => deadline.rule.id === 'commune.reading-window');
  return window !== undefined && Date.parse(window.dueAt) < now.getTime();
}

function checkTerm(state: DossierState, regime: Regime, months: number | undefined): Refusal | undefined {
  const range = termRange(state, regime);
  if (typeof months !== 'number') return refuse('precondition-failed', 'Quyết định phải nêu thời hạn (tháng).');
  return months < range.min || months > range.max
    ? refuse('precondition-failed', `Thời hạn phải từ ${range.min} đến ${range.max} tháng theo ${range.legalBasis}.`)
    : undefined;
}

/**
 * The court's term is recorded as the court ordered it: one outside the table's bounds is not refused, but the clerk
 * must confirm it with a reason (the dossier is then marked for a legal review; docs/legal/README.md).
 */
function checkCourtTerm(state: DossierState, regime: Regime, months: number | undefined, confirmation: string | undefined): Refusal | undefined {
  if (typeof months !== 'number') return refuse('precondition-failed', 'Quyết định phải nêu thời hạn (tháng).');
  const outside = termOutsideBounds(state, regime, months);
  if (!outside || confirmation) return undefined;
  return refuse(
    'term-outside-bounds',
    `Thời hạn ${months} tháng nằm ngoài khung ${outside}. Nếu quyết định của Tòa án ghi như vậy, hãy xác nhận và nêu lý do: thời hạn được ghi nhận đúng như quyết định và hồ sơ được đánh dấu để rà soát pháp lý.`,
  );
}

/** The bounds `months` lies outside, in words; undefined when within them. */
function termOutsideBounds(state: DossierState, regime: Regime, months: number): string | undefined {
  const range = termRange(state, regime);
  return months < range.min || months > range.max ? `${range.min}–${range.max} tháng theo ${range.legalBasis}` : undefined;
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
  const stepAfter = reduce(next, regime, request, occurredOn);
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
  return { state: next, forms: formsProduced(regime.actions[request.action], request.body), opensRelapseDossier: request.action === 'record-relapse' };
}

/** What the timeline keeps of a request: its body, without `occurredOn` (the event's own date). */
function detailsOf(request: ActionRequest): Record<string, unknown> {
  const { occurredOn: _occurredOn, ...rest } = request.body;
  return rest;
}

/** An action event as `applyAction` records it: its `details` are the body entered, less `occurredOn`. */
export type RecordedAction<A extends ActionId = ActionId> = {
  [K in A]: Omit<TimelineEvent, 'kind' | 'action' | 'details'> & { kind: 'action'; action: K; details: ActionBodies[K] };
}[A];

/**
 * Whether an event records the action: its details are then typed as that action's body. The timeline holds them as
 * JSON; `applyAction` is what writes them (`detailsOf`), from a request whose body is that action's.
 */
export function isRecordedAction<A extends ActionId>(event: TimelineEvent, action: A): event is RecordedAction<A> {
  return event.kind === 'action' && event.action === action && event.details !== undefined;
}

/** The body entered with an event if it records the action (without `occurredOn`, which is the event's date). */
export function recordedBody<A extends ActionId>(event: TimelineEvent, action: A): ActionBodies[A] | undefined {
  return isRecordedAction(event, action) ? event.details : undefined;
}

/** A term the clerk confirmed outside the table's bounds is kept as decided, and the dossier marked for a legal review. */
function markTermOutsideBounds(
  state: DossierState,
  regime: Regime,
  action: LegalReviewMark['action'],
  months: number | undefined,
  reason: string | undefined,
  on: CivilDate,
): void {
  const outside = typeof months === 'number' ? termOutsideBounds(state, regime, months) : undefined;
  if (!outside || !reason) return;
  state.legalReview = [...(state.legalReview ?? []), { kind: 'term-outside-bounds', detail: `${String(months)} tháng, ngoài khung ${outside}`, reason, occurredOn: on, action }];
}

function close(state: DossierState, reason: ClosureReason): StepId {
  state.closure = reason;
  return 'closed';
}

/** Mutates the cloned state and returns the step the dossier moves to. */
function reduce(state: DossierState, regime: Regime, request: ActionRequest, on: CivilDate): StepId {
  switch (request.action) {
    case 'request-determination':
      state.units.healthFacility = request.body.healthFacilityCode;
      state.anchors['determination-requested'] = on;
      return state.step;
    case 'record-determination':
    case 'attach-determination':
      state.anchors['determination-notified'] = on;
      if (request.body.result === 'not-addicted') return close(state, 'not-addicted');
      if (state.trigger === 'art32-a' || state.trigger === 'art33-a') return 'registration-window';
      state.anchors['case-detected'] = on;
      return 'commune';
    case 'record-voluntary-registration':
      return close(state, 'diverted-to-voluntary-rehab');
    case 'record-violation':
      state.violationRecorded = true;
      return state.step;
    case 'set-temporary-management':
      state.temporaryManagement = { form: request.body.form, place: request.body.place, since: on };
      return state.step;
    case 'notify-subject':
      state.subjectNotified = true;
      state.anchors['subject-notified'] = on;
      if (request.body.guardian) state.guardianNotified = request.body.guardian;
      return state.step;
    case 'record-reading':
      state.readingRecorded = true;
      return state.step;
    case 'submit':
      state.units.reviewer = request.body.reviewerUnitCode;
      state.anchors.submitted = on;
      return 'review';
    case 'approve':
      state.units.court = request.body.courtUnitCode;
      state.anchors['court-received'] = on;
      return 'court';
    case 'return-for-supplementation':
    case 'court-return':
      return returnToCommune(state, on);
    case 'court-accept':
      state.anchors['court-accepted'] = on;
      return state.step;
    case 'court-extend':
    case 'extend-escort':
      state.extendedDeadlines.push(request.action === 'court-extend' ? 'court.decide' : 'execution.escort');
      return state.step;
    case 'court-suspend':
      state.courtSuspended = true;
      return state.step;
    case 'court-terminate':
      return close(state, 'court-terminated');
    case 'court-decide':
      markTermOutsideBounds(state, regime, request.action, request.body.months, request.body.termOutsideBoundsReason, on);
      state.decision = {
        outcome: request.body.outcome,
        announcedOn: on,
        ...(typeof request.body.months === 'number' ? { months: request.body.months } : {}),
      };
      if (request.body.outcome === 'not-apply') return close(state, 'court-did-not-apply');
      // `checkAction` refused an order to apply the measure that names no centre or escort.
      state.units.centre = request.body.centreUnitCode;
      state.units.escort = request.body.escortUnitCode;
      state.anchors['decision-announced'] = on;
      return 'complaint-window';
    case 'file-complaint':
    case 'file-protest':
      state.anchors['complaint-filed'] ??= on;
      return state.step;
    case 'record-review-decision':
      if (request.body.outcome === 'annulled') return close(state, 'decision-annulled');
      if (request.body.outcome === 'modified') markTermOutsideBounds(state, regime, request.action, request.body.months, request.body.termOutsideBoundsReason, on);
      // `checkAction` refused a modified decision that names no term.
      if (request.body.outcome === 'modified' && state.decision) state.decision.months = request.body.months;
      state.anchors['decision-effective'] = on;
      return 'execution';
    case 'record-postponement-decision':
      if (request.body.granted) {
        const { until } = request.body;
        state.pauses.push({ kind: 'postponement', step: state.step, startedOn: on, ...(until ? { endedOn: until } : {}) });
      }
      return state.step;
    case 'record-exemption':
      return close(state, 'exempted');
    case 'record-absconding':
      if (state.step === 'serving') state.absences.push({ startedOn: on });
      else state.pauses.push({ kind: 'absconding', step: state.step, startedOn: on });
      return state.step;
    case 'record-return':
      endOpen(state.step === 'serving' ? state.absences : state.pauses.filter((pause) => pause.kind === 'absconding'), on);
      return state.step;
    case 'record-pause':
      state.pauses.push({ kind: 'obstacle', step: state.step, startedOn: on });
      return state.step;
    case 'end-pause':
      endOpen(state.pauses.filter((pause) => pause.step === state.step), on);
      return state.step;
    case 'escort':
      state.anchors.escorted = on;
      return 'admission';
    case 'admit':
      state.anchors.admitted = on;
      return 'serving';
    case 'suspend-for-treatment':
      state.suspensions.push({ startedOn: on });
      return state.step;
    case 'resume':
      endOpen(state.suspensions, on);
      return state.step;
    case 'reduce-term':
      state.reductionMonths += request.body.months;
      return state.step;
    case 'complete':
      state.anchors.completed = on;
      return 'post-rehab';
    case 'start-post-rehab':
      state.anchors['post-rehab-started'] = on;
      return state.step;
    case 'set-electronic-monitoring':
      state.electronicMonitoring = true;
      return state.step;
    case 'record-relapse':
      return close(state, 'relapsed');
    case 'close-post-rehab':
      return close(state, 'post-rehab-completed');
    case 'attach-document':
    case 'court-schedule-session':
    case 'request-postponement':
      return state.step;
  }
}

function endOpen(intervals: readonly Interval[], on: CivilDate): void {
  const open = openInterval(intervals);
  if (open) open.endedOn = on;
}

/** Back to the commune phase for supplementation, with a fresh compilation deadline. */
function returnToCommune(state: DossierState, on: CivilDate): StepId {
  state.returnsForSupplementation += 1;
  state.anchors['case-detected'] = on;
  delete state.anchors.submitted;
  delete state.anchors['court-received'];
  delete state.anchors['court-accepted'];
  state.extendedDeadlines = state.extendedDeadlines.filter((id) => id !== 'court.decide');
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
      // Not registering within the window brings the person under LPCMT art. 32(1).
      state.anchors['case-detected'] = dayAfter(deadline.dueOn);
      return 'commune';
    case 'complaint-window':
      state.anchors['decision-effective'] = dayAfter(deadline.dueOn);
      return 'execution';
    case 'serving':
      state.anchors['term-ended'] = deadline.dueOn;
      return 'completion';
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

/** What a notification was about, as the dossier records it when the notification could not be delivered. */
export interface UndeliveredNotice {
  kind: 'overdue' | 'reminder';
  deadlineId: string;
  dueAt: string;
  reason: string;
}

/**
 * A notice that could not be delivered on its whole retry schedule: recorded so that people see who was not told.
 * The deadline and any overdue mark stand as they are; only the message was lost.
 */
export function recordNotificationFailure(state: DossierState, notice: UndeliveredNotice, now: Date): DossierState {
  const next = cloneState(state);
  record(next, {
    kind: 'notification-failed',
    stepBefore: state.step,
    stepAfter: state.step,
    occurredOn: civilDateAt(now),
    recordedAt: now.toISOString(),
    details: { ...notice },
  });
  return next;
}

/**
 * The dossier that a relapse opens could not be started: the relapse stays recorded on this dossier, and the
 * event tells the commune police to open the new one by hand.
 */
export function recordRelapseDossierFailure(state: DossierState, reason: string, now: Date): DossierState {
  const next = cloneState(state);
  record(next, {
    kind: 'relapse-dossier-failed',
    stepBefore: state.step,
    stepAfter: state.step,
    occurredOn: civilDateAt(now),
    recordedAt: now.toISOString(),
    details: { reason },
  });
  return next;
}

/** A new working-day calendar moved some running deadlines: recorded so that people see why a due date changed. */
export function recordCalendarChange(
  state: DossierState,
  moved: ReadonlyArray<{ deadlineId: string; from: string; to: string }>,
  calendarVersion: string,
  now: Date,
): DossierState {
  const next = cloneState(state);
  record(next, {
    kind: 'calendar-changed',
    stepBefore: state.step,
    stepAfter: state.step,
    occurredOn: civilDateAt(now),
    recordedAt: now.toISOString(),
    details: { calendarVersion, moved },
  });
  return next;
}
