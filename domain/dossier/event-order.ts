import type { CivilDate } from '../calendar/types';
import type { ActionId, AnchorEvent, Regime } from '../procedure/types';
import { refuse, type ActionRequest, type Refusal } from './action-request';
import type { DossierState } from './state';
import { openInterval } from './term';

/** An earlier event an action's date may not precede, and its name in a sentence. */
interface Dependency {
  anchor: AnchorEvent;
  what: string;
}

/**
 * What each action follows (docs/legal/README.md#event-dates): the reading after the notice, the submission after
 * the reading, the decision after the acceptance… Each date is the legal date the person enters, often after the fact.
 */
const follows: Partial<Record<ActionId, Dependency>> = {
  'record-determination': { anchor: 'determination-requested', what: 'ngày đề nghị xác định tình trạng nghiện' },
  'record-reading': { anchor: 'subject-notified', what: 'ngày thông báo việc lập hồ sơ' },
  approve: { anchor: 'submitted', what: 'ngày chuyển hồ sơ' },
  'return-for-supplementation': { anchor: 'submitted', what: 'ngày chuyển hồ sơ' },
  'court-accept': { anchor: 'court-received', what: 'ngày Tòa án nhận hồ sơ' },
  'court-return': { anchor: 'court-received', what: 'ngày Tòa án nhận hồ sơ' },
  'court-terminate': { anchor: 'court-received', what: 'ngày Tòa án nhận hồ sơ' },
  'court-schedule-session': { anchor: 'court-accepted', what: 'ngày thụ lý' },
  'court-extend': { anchor: 'court-accepted', what: 'ngày thụ lý' },
  'court-suspend': { anchor: 'court-accepted', what: 'ngày thụ lý' },
  'court-decide': { anchor: 'court-accepted', what: 'ngày thụ lý' },
  'file-complaint': { anchor: 'decision-announced', what: 'ngày công bố quyết định' },
  'file-protest': { anchor: 'decision-announced', what: 'ngày công bố quyết định' },
  'record-decision-receipt': { anchor: 'decision-announced', what: 'ngày công bố quyết định' },
  'record-review-receipt': { anchor: 'complaint-filed', what: 'ngày khiếu nại, kiến nghị, kháng nghị' },
  'record-review-decision': { anchor: 'complaint-filed', what: 'ngày khiếu nại, kiến nghị, kháng nghị' },
  escort: { anchor: 'decision-effective', what: 'ngày quyết định có hiệu lực' },
  'extend-escort': { anchor: 'decision-effective', what: 'ngày quyết định có hiệu lực' },
  admit: { anchor: 'escorted', what: 'ngày đưa vào cơ sở' },
  complete: { anchor: 'admitted', what: 'ngày tiếp nhận vào cơ sở' },
  'start-post-rehab': { anchor: 'completed', what: 'ngày chấp hành xong' },
  'close-post-rehab': { anchor: 'post-rehab-started', what: 'ngày quyết định quản lý sau cai nghiện' },
};

/** 31/12/2026, as people write dates. */
const shown = (date: CivilDate) => date.split('-').reverse().join('/');

const outOfOrder = (regime: Regime, request: ActionRequest, on: CivilDate, before: CivilDate, what: string): Refusal =>
  refuse(
    'event-out-of-order',
    `Ngày ${shown(on)} của thao tác "${regime.actions[request.action].title}" không được trước ${what} (${shown(before)}).`,
  );

/**
 * The action's date against the dates already recorded: never before the detection, nor before the event it follows.
 * (A date after today is refused before this, as no event has happened yet.)
 */
export function checkEventOrder(state: DossierState, regime: Regime, request: ActionRequest, on: CivilDate): Refusal | undefined {
  if (on < state.detectedOn) return outOfOrder(regime, request, on, state.detectedOn, 'ngày phát hiện');
  const dependency = follows[request.action];
  const before = dependency && state.anchors[dependency.anchor];
  if (dependency && before && on < before) return outOfOrder(regime, request, on, before, dependency.what);
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
