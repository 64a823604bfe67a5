import { vietnameseDate } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import type { ActionId, AnchorEvent, Regime } from '../procedure/types';
import { refuse, type ActionRequest, type Refusal } from './action-request';
import type { DossierState } from './state';
import { openInterval } from './term';

/** The earlier events an action's date may not precede, as a sentence names them. */
const anchorNames = {
  'determination-requested': 'ngày đề nghị xác định tình trạng nghiện',
  'subject-notified': 'ngày thông báo việc lập hồ sơ',
  submitted: 'ngày chuyển hồ sơ',
  'court-received': 'ngày Tòa án nhận hồ sơ',
  'court-accepted': 'ngày thụ lý',
  'decision-announced': 'ngày công bố quyết định',
  'complaint-filed': 'ngày khiếu nại, kiến nghị, kháng nghị',
  'decision-effective': 'ngày quyết định có hiệu lực',
  escorted: 'ngày đưa vào cơ sở',
  admitted: 'ngày tiếp nhận vào cơ sở',
  completed: 'ngày chấp hành xong',
  'post-rehab-started': 'ngày quyết định quản lý sau cai nghiện',
} satisfies Partial<Record<AnchorEvent, string>>;

/**
 * What each action follows (docs/legal/README.md#event-dates): the reading after the notice, the submission after
 * the reading, the decision after the acceptance… Each date is the legal date the person enters, often after the fact.
 */
const follows: Partial<Record<ActionId, keyof typeof anchorNames>> = {
  'record-determination': 'determination-requested',
  'record-reading': 'subject-notified',
  approve: 'submitted',
  'return-for-supplementation': 'submitted',
  'court-accept': 'court-received',
  'court-return': 'court-received',
  'court-terminate': 'court-received',
  'court-schedule-session': 'court-accepted',
  'court-extend': 'court-accepted',
  'court-suspend': 'court-accepted',
  'court-decide': 'court-accepted',
  'file-complaint': 'decision-announced',
  'file-protest': 'decision-announced',
  'record-decision-receipt': 'decision-announced',
  'record-review-receipt': 'complaint-filed',
  'record-review-decision': 'complaint-filed',
  escort: 'decision-effective',
  'extend-escort': 'decision-effective',
  admit: 'escorted',
  complete: 'admitted',
  'start-post-rehab': 'completed',
  'close-post-rehab': 'post-rehab-started',
};

const outOfOrder = (regime: Regime, request: ActionRequest, on: CivilDate, before: CivilDate, what: string): Refusal =>
  refuse(
    'event-out-of-order',
    `Ngày ${vietnameseDate(on)} của thao tác "${regime.actions[request.action].title}" không được trước ${what} (${vietnameseDate(before)}).`,
  );

/**
 * The action's date against the dates already recorded: never before the detection, nor before the event it follows.
 * (A date after today is refused before this, as no event has happened yet.)
 */
export function checkEventOrder(state: DossierState, regime: Regime, request: ActionRequest, on: CivilDate): Refusal | undefined {
  if (on < state.detectedOn) return outOfOrder(regime, request, on, state.detectedOn, 'ngày phát hiện');
  const anchor = follows[request.action];
  const before = anchor && state.anchors[anchor];
  if (anchor && before && on < before) return outOfOrder(regime, request, on, before, anchorNames[anchor]);
  if (request.action === 'submit' || request.action === 'submit-to-court') {
    const read = lastDateOf(state, 'record-reading');
    if (read && on < read) return outOfOrder(regime, request, on, read, 'ngày đọc hồ sơ');
    const notified = state.anchors['subject-notified'];
    if (notified && on < notified) return outOfOrder(regime, request, on, notified, 'ngày thông báo việc lập hồ sơ');
  }
  const ending = endedInterval(state, request.action);
  if (ending && on < ending) return outOfOrder(regime, request, on, ending, 'ngày bắt đầu');
  return undefined;
}

function lastDateOf(state: DossierState, action: ActionId): CivilDate | undefined {
  return state.timeline.filter((event) => event.kind === 'action' && event.action === action).at(-1)?.occurredOn;
}

/** The start of the pause, suspension or absence an action ends: it cannot end before it began. */
function endedInterval(state: DossierState, action: ActionId): CivilDate | undefined {
  switch (action) {
    case 'end-pause':
      return state.pauses.find((pause) => pause.step === state.step && !pause.endedOn)?.startedOn;
    case 'resume':
      return openInterval(state.suspensions)?.startedOn;
    case 'record-return':
      return (openInterval(state.absences) ?? state.pauses.find((pause) => pause.kind === 'absconding' && !pause.endedOn))?.startedOn;
    default:
      return undefined;
  }
}
