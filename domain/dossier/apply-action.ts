import { addMonths, civilDateAt } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import { formsProduced } from '../procedure/action-forms';
import { decisionWindows } from '../procedure/steps';
import type { Regime, StepId } from '../procedure/types';
import type { ActionOutcome, ActionRequest } from './action-request';
import type { ClosureReason, DossierState, Interval } from './state';
import { openInterval, termEnd } from './term';
import { markTermOutsideBounds } from './term-bounds';
import { cloneState, record } from './timeline';

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
      // Only a person who did not register gets a last chance to (NĐ 116/2021 art. 3, 28(1)); one who did not carry out
      // or gave up voluntary rehab goes straight to the commune's dossier.
      if ((state.trigger === 'art32-a' || state.trigger === 'art33-a') && state.voluntaryRehabCase !== 'not-carried-out' && state.voluntaryRehabCase !== 'gave-up') {
        return 'registration-window';
      }
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
    case 'record-exclusion':
      return close(state, 'excluded');
    case 'submit':
      state.units.reviewer = request.body.reviewerUnitCode;
      state.anchors.submitted = on;
      return 'review';
    case 'submit-to-court':
      state.units.court = request.body.courtUnitCode;
      state.anchors.submitted = on;
      state.anchors['court-received'] = on;
      return 'court';
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
      // Issued without a session: taken as received the day it is issued [U] (docs/legal/README.md#decisions-taking-effect).
      state.decision = { outcome: 'terminated', announcedOn: on };
      return announce(state, on, true);
    case 'court-decide':
      markTermOutsideBounds(state, regime, request.action, request.body.months, request.body.termOutsideBoundsReason, on);
      state.decision = {
        outcome: request.body.outcome,
        announcedOn: on,
        ...(typeof request.body.months === 'number' ? { months: request.body.months } : {}),
      };
      if (request.body.outcome === 'apply') {
        // `checkAction` refused an order to apply the measure that names no centre or escort.
        state.units.centre = request.body.centreUnitCode;
        state.units.escort = request.body.escortUnitCode;
      }
      return announce(state, on, request.body.subjectPresent !== false);
    case 'record-decision-receipt':
      state.anchors['decision-received'] = on;
      return state.step;
    case 'record-review-receipt':
      state.anchors['review-received'] = on;
      return state.step;
    case 'file-complaint':
    case 'file-protest':
      state.anchors['complaint-filed'] ??= on;
      return state.step;
    case 'record-review-decision':
      if (request.body.outcome === 'annulled') {
        // An annulled order to apply the measure ends the case; an annulled refusal or termination sends it back to the court.
        return state.decision?.outcome === 'apply' ? close(state, 'decision-annulled') : backToCourt(state);
      }
      if (request.body.outcome === 'modified') markTermOutsideBounds(state, regime, request.action, request.body.months, request.body.termOutsideBoundsReason, on);
      // `checkAction` refused a modified decision that names no term, or that is not an order to apply the measure.
      if (request.body.outcome === 'modified' && state.decision) state.decision.months = request.body.months;
      return takeEffect(state, on);
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
    case 'resume': {
      endOpen(state.suspensions, on);
      // Back to the centre only if enough of the term remains; otherwise the rest is waived.
      const end = termEnd(state);
      return end && end < addMonths(on, regime.suspension.monthsToContinue) ? close(state, 'exempted') : state.step;
    }
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

/** The decision is announced: its windows run, the person's from today only if they were at the session. */
function announce(state: DossierState, on: CivilDate, received: boolean): StepId {
  state.anchors['decision-announced'] = on;
  if (received) state.anchors['decision-received'] = on;
  return 'complaint-window';
}

/** The decision takes effect `on`: the measure is executed, or the case ends as decided. */
export function takeEffect(state: DossierState, on: CivilDate): StepId {
  state.anchors['decision-effective'] = on;
  switch (state.decision?.outcome) {
    case 'not-apply':
      return close(state, 'court-did-not-apply');
    case 'terminated':
      return close(state, 'court-terminated');
    default:
      return 'execution';
  }
}

/** The court considers the case again: the annulled decision and its windows are gone. */
function backToCourt(state: DossierState): StepId {
  delete state.decision;
  delete state.anchors['decision-announced'];
  delete state.anchors['decision-received'];
  delete state.anchors['complaint-filed'];
  delete state.anchors['review-received'];
  state.lapsed = state.lapsed.filter((id) => !(decisionWindows as readonly string[]).includes(id));
  return 'court';
}

function endOpen(intervals: readonly Interval[], on: CivilDate): void {
  const open = openInterval(intervals);
  if (open) open.endedOn = on;
}

/** Back to the commune phase for supplementation, with a fresh compilation deadline. */
function returnToCommune(state: DossierState, on: CivilDate): StepId {
  state.returnsForSupplementation += 1;
  state.anchors['case-detected'] = on;
  // The compile deadline runs again until the supplemented dossier is notified or sent on. The person's reading
  // window is not opened again, even if it was cut short by a reading: no rule for it was found
  // (docs/legal/README.md#reading-window-and-sending-the-dossier-on).
  if (!state.lapsed.includes('commune.reading-window')) state.lapsed.push('commune.reading-window');
  delete state.anchors['subject-notified'];
  delete state.anchors.submitted;
  delete state.anchors['court-received'];
  delete state.anchors['court-accepted'];
  state.extendedDeadlines = state.extendedDeadlines.filter((id) => id !== 'court.decide');
  state.courtSuspended = false;
  return 'commune';
}
