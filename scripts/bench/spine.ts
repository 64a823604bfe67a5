/**
 * The dossiers the benchmark drives, and the dates of their events. Dates are chosen by running the real domain
 * code (validator, reducer, deadline rules, working-day calendar) before anything is sent, so the plan is exactly
 * what the workflow will do: which period has already ended when an event is recorded, and which timer waits.
 */
import { randomUUID } from 'node:crypto';
import { addDays, civilDateAt } from '../../domain/calendar/civil-date';
import { publishedYears } from '../../domain/calendar';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, checkAction, expireDeadline, type ActionRequest } from '../../domain/dossier';
import { pendingDeadlines, reminderAt, type ActiveDeadline } from '../../domain/dossier/deadlines';
import { openDossier, type DossierOpening } from '../../domain/dossier/open-dossier';
import type { DossierState, Trigger } from '../../domain/dossier/state';
import { getRegime, type ActionId } from '../../domain/procedure';
import { actionBodySchemas, type ActionBodies } from '../../domain/schemas/actions';
import { actors, toDecision, type Step } from '../../test/support/dossier-driver';

export const regimeId = '2026' as const;
const regime = getRegime(regimeId);
/** What the workflow loads from PostgreSQL on a fresh stack: the shipped schedules. */
const calendar = new WorkingCalendar(publishedYears);

export function openingFor(code: string, trigger: Trigger, detectedOn: string): DossierOpening {
  return {
    dossierId: randomUUID(),
    code,
    regimeId,
    subject: {
      fullName: 'Lê Văn Bình',
      dateOfBirth: '1988-03-09',
      sex: 'male',
      idNumber: '001088001234',
      residence: 'Xã Tiên Du',
      hasStableResidence: true,
    },
    trigger,
    detectedOn,
    communeCode: 'DEMO-X01',
    priorPlacements: 0,
    provincialReview: false,
    openedBy: actors.commune_police,
  };
}

/** An Update argument as the API would send it: the body is checked against the API's own schema. */
export function requestOf([role, action, body = {}]: Step): ActionRequest {
  const parsed = actionBodySchemas[action].parse(body) as ActionBodies[ActionId];
  return { action, actor: actors[role], body: parsed } as ActionRequest;
}

interface TimedEvent {
  at: number;
  kind: 'reminder' | 'expiry';
  deadline: ActiveDeadline;
}

/** The timers the workflow would set now (dossierWorkflow's nextTimedEvent, every candidate rather than the first). */
function timedEvents(state: DossierState): TimedEvent[] {
  return pendingDeadlines(state, regime, calendar).flatMap((deadline) => {
    const expiry = { at: Date.parse(deadline.dueAt), kind: 'expiry' as const, deadline };
    return deadline.rule.onExpiry === 'overdue'
      ? [{ at: Date.parse(reminderAt(deadline, calendar)), kind: 'reminder' as const, deadline }, expiry]
      : [expiry];
  });
}

const describeEvent = (event: TimedEvent) => `${event.kind} of ${event.deadline.rule.id} (due ${event.deadline.dueAt})`;

/** Applies requests as the workflow's validator and reducer would, failing on any refusal. */
function apply(state: DossierState, request: ActionRequest, now: Date): DossierState {
  const refusal = checkAction(state, regime, request, now, calendar);
  if (refusal) throw new Error(`benchmark plan refused at ${request.action}: ${refusal.code} ${refusal.message}`);
  return applyAction(state, regime, request, now).state;
}

export interface SpinePlan {
  /** The day the person was detected, and every event up to the decision: the decision's day. */
  openedOn: string;
  /** toDecision: request-determination … court-decide, sent straight to the court (9 Updates). */
  toDecision: ActionRequest[];
  /** After the windows against the decision have ended by themselves: escort, admit (2 Updates). */
  toServing: ActionRequest[];
  decisionOn: string;
  /** When the last window against the decision ended. */
  complaintDueAt: string;
  /** Timers that are already due when an event is recorded, so the workflow handles them at once. */
  firesAtOnce: string[];
}

/**
 * (a) The spine of test/support/dossier-driver.ts: toDecision, then escort and admit. The case is detected, and every
 * event up to the court's decision dated, on the latest working day such that the windows against the decision
 * (complaint, petition, protest) have already ended: no event precedes the one it follows, and the workflow moves to
 * execution on its own timers (firing at once), as in the branch tests. Escort and admission are dated today.
 */
export function planSpine(now: Date): SpinePlan {
  const today = civilDateAt(now);
  for (let back = 1; back <= 60; back++) {
    const decisionOn = addDays(today, -back);
    if (!calendar.isWorkingDay(decisionOn)) continue;
    const steps = toDecision(() => decisionOn, 24, 'court').map(requestOf);
    let state = openDossier(openingFor('plan', 'art32-b', decisionOn), now);
    const firesAtOnce: string[] = [];
    for (const request of steps) {
      state = apply(state, request, now);
      if (request.action === 'court-decide') break;
      firesAtOnce.push(...timedEvents(state).filter((event) => event.at <= now.getTime()).map((event) => `after ${request.action}: ${describeEvent(event)}`));
    }
    const windows = timedEvents(state).filter((event) => event.kind === 'expiry' && event.deadline.rule.id.startsWith('complaint-window.'));
    if (!windows.length || windows.some((event) => event.at > now.getTime())) continue;
    for (const window of windows.sort((a, b) => a.at - b.at)) state = expireDeadline(state, window.deadline, now);
    if (state.step !== 'execution') throw new Error(`expected execution after the windows against the decision, got ${state.step}`);
    const complaintDueAt = windows.map((event) => event.deadline.dueAt).sort().at(-1) ?? '';
    firesAtOnce.push(...timedEvents(state).filter((event) => event.at <= now.getTime()).map((event) => `in execution: ${describeEvent(event)}`));
    const toServing = (
      [
        ['escort_police', 'escort'],
        ['centre_staff', 'admit'],
      ] as Step[]
    ).map(requestOf);
    for (const request of toServing) {
      state = apply(state, request, now);
      firesAtOnce.push(...timedEvents(state).filter((event) => event.at <= now.getTime()).map((event) => `after ${request.action}: ${describeEvent(event)}`));
    }
    if (state.step !== 'serving') throw new Error(`expected serving at the end of the spine, got ${state.step}`);
    return { openedOn: decisionOn, toDecision: steps, toServing, decisionOn, complaintDueAt, firesAtOnce };
  }
  throw new Error('no decision date within 60 days makes the complaint window end before today');
}

export interface TimerPlan {
  /** The detection date: the day the earlier determination result was issued, so no event precedes it. */
  detectedOn: string;
  /** request-determination dated today: the dossier waits on its 5-day determination deadline. */
  park: ActionRequest;
  /** Documents a parked dossier has: the opening's forms and the request's. */
  parkedDocuments: number;
  /** The first timer a parked dossier waits on (the reminder the working day before), and the deadline itself. */
  parkedTimerAt: string;
  parkedDueAt: string;
  /** attach-determination of a result obtained earlier: the 5-working-day registration window has already ended. */
  burst: ActionRequest;
  attachedOn: string;
  registrationDueAt: string;
  /** The timers of the next step (commune), which must still lie in the future. */
  nextTimerAt: string;
}

/**
 * (b) Dossiers opened under LPCMT art. 32(1)(a) (the trigger with a voluntary-registration window), detected on the
 * day of that result, parked at determination with the determination requested today, then given a result issued far
 * enough back that the registration window has already ended: the deadline is due, and known, from the moment
 * the Update is accepted, and the workflow must record its expiry (`deadline-expired`) by itself.
 */
export function planTimers(now: Date): TimerPlan {
  const today = civilDateAt(now);
  const park = requestOf(['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]);
  for (let back = 1; back <= 60; back++) {
    const attachedOn = addDays(today, -back);
    if (!calendar.isWorkingDay(attachedOn)) continue;
    const opening = openDossier(openingFor('plan', 'art32-a', attachedOn), now);
    const opened = apply(opening, park, now);
    const parkedDocuments = regime.opening.forms.length + applyAction(opening, regime, park, now).forms.length;
    const first = timedEvents(opened).sort((a, b) => a.at - b.at)[0];
    if (!first || first.at <= now.getTime()) throw new Error('a parked dossier would not wait on a future timer');
    const burst = requestOf(['commune_police', 'attach-determination', { result: 'addicted', issuedBy: 'Trung tâm Y tế khu vực Tiên Du', occurredOn: attachedOn }]);
    let state = apply(opened, burst, now);
    const window = timedEvents(state).find((event) => event.deadline.rule.id === 'registration-window.register');
    if (!window || window.at > now.getTime()) continue;
    state = expireDeadline(state, window.deadline, now);
    const next = timedEvents(state).sort((a, b) => a.at - b.at)[0];
    if (!next || next.at <= now.getTime()) throw new Error(`after the registration window, ${next ? describeEvent(next) : 'nothing'} would also fire at once`);
    return {
      detectedOn: attachedOn,
      park,
      parkedDocuments,
      parkedTimerAt: new Date(first.at).toISOString(),
      parkedDueAt: first.deadline.dueAt,
      burst,
      attachedOn,
      registrationDueAt: window.deadline.dueAt,
      nextTimerAt: new Date(next.at).toISOString(),
    };
  }
  throw new Error('no determination date within 60 days makes the registration window end before today');
}
