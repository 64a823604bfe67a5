import { civilDateAt } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Regime } from '../procedure/types';
import type { ActionBodies } from '../schemas/actions';
import { refuse, type ActionRequest, type Refusal } from './action-request';
import { wrongSubmission } from './available-actions';
import { activeDeadlines } from './deadlines';
import { checkEventOrder } from './event-order';
import { hasJurisdiction } from './jurisdiction';
import { ageOn } from './open-dossier';
import { isMinorTrigger, type DossierState } from './state';
import { halfServedOn, openInterval } from './term';
import { termOutsideBounds, termRange } from './term-bounds';

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
  if (request.action === wrongSubmission(state)) {
    // The route the dossier takes is fixed when it is opened (`reviewRequired`): the other way is not a step it has.
    return refuse(
      'action-not-allowed-at-step',
      state.reviewRequired
        ? 'Hồ sơ phải được chuyển đến cơ quan xem xét, đề nghị trước khi đến Tòa án.'
        : 'Hồ sơ này không qua cấp xem xét, đề nghị: chuyển hồ sơ thẳng đến Tòa án.',
    );
  }
  const occurredOn = request.body.occurredOn;
  if (occurredOn && occurredOn > civilDateAt(now)) {
    return refuse('precondition-failed', 'Ngày sự kiện không được sau ngày hôm nay.');
  }
  return checkEventOrder(state, regime, request, occurredOn ?? civilDateAt(now)) ?? checkPreconditions(state, regime, request, now, calendar);
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
    case 'submit':
    case 'submit-to-court': {
      const excluded = excludedBy(request.body.exclusionCheck);
      if (excluded.length && !isMinorTrigger(state.trigger)) {
        return refuse(
          'precondition-failed',
          `Người bị đề nghị thuộc trường hợp không áp dụng biện pháp (${excluded.join('; ')}) theo ${regime.exclusions.legalBasis}: hồ sơ không được chuyển đi. Ghi nhận bằng thao tác "${regime.actions['record-exclusion'].title}".`,
        );
      }
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
      if (request.body.outcome !== 'modified') return undefined;
      if (state.decision?.outcome !== 'apply') {
        return refuse('precondition-failed', 'Chỉ quyết định áp dụng biện pháp mới được sửa thời hạn; quyết định này chỉ có thể được giữ nguyên hoặc hủy.');
      }
      return checkCourtTerm(state, regime, request.body.months, request.body.termOutsideBoundsReason);
    case 'record-decision-receipt':
      return state.anchors['decision-received'] ? refuse('precondition-failed', 'Đã có ngày người bị đề nghị nhận quyết định.') : undefined;
    case 'record-review-receipt':
      if (!state.anchors['complaint-filed']) return refuse('precondition-failed', 'Chưa có khiếu nại, kiến nghị hoặc kháng nghị để xem xét lại.');
      return state.anchors['review-received'] ? refuse('precondition-failed', 'Đã có ngày Tòa án xem xét lại nhận hồ sơ.') : undefined;
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
    case 'suspend-for-treatment': {
      if (openInterval(state.suspensions)) return refuse('precondition-failed', 'Đang tạm đình chỉ chấp hành.');
      const { minInpatientDays, legalBasis } = regime.suspension;
      return minInpatientDays !== undefined && !((request.body.inpatientDays ?? 0) > minInpatientDays)
        ? refuse('precondition-failed', `Chỉ tạm đình chỉ khi đã điều trị nội trú trên ${minInpatientDays} ngày (${legalBasis}): ghi số ngày điều trị nội trú.`)
        : undefined;
    }
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

/**
 * The grounds a submission's exclusion check found, in words; empty when none. Read defensively: the workflow also
 * takes requests that did not pass the API's schema (tests, replays), and a validator must refuse, never throw.
 */
function excludedBy(check: Partial<ActionBodies['submit']['exclusionCheck']> | undefined): string[] {
  return [
    check?.lacksAdministrativeCapacity && 'không có năng lực trách nhiệm hành chính',
    check?.pregnant && 'đang mang thai',
    check?.soleCarerOfYoungChild && 'người duy nhất đang nuôi con dưới 36 tháng tuổi',
  ].filter((ground): ground is string => typeof ground === 'string');
}
