import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  TemporalFailure,
  allHandlersFinished,
  condition,
  log,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';

import { deadlinesMoved } from '../domain/calendar/deadlines-moved';
import { WorkingCalendar } from '../domain/calendar/working-calendar';
import { civilDateAt } from '../domain/calendar/civil-date';
import {
  applyAction,
  checkAction,
  expireDeadline,
  recordCalendarChange,
  recordNotificationFailure,
  recordRelapseDossierFailure,
} from '../domain/dossier';
import { pendingDeadlines, reminderAt, reminderKey, type ActiveDeadline } from '../domain/dossier/deadlines';
import { linkNextDossier, openDossier, relapseOpening, type DossierOpening } from '../domain/dossier/open-dossier';
import { formFailureOf, recordIssueOutcomes, type IssueOutcome } from '../domain/dossier/form-failures';
import type { Actor, DossierState } from '../domain/dossier/state';
import { getRegime } from '../domain/procedure';
import { viewOf, type DossierView } from './dossier-view';
import { calendarChanged, dossierState, performAction, workflowIdOf } from './messages';
import { searchAttributes } from './search-attributes';
import { documentsTaskQueueOf } from './task-queues';

const durable = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const;
// Short PostgreSQL work, idempotent (the projection keeps the newest version), run inside the workflow task that needs
// it (docs/decisions/0008-workflow-task-economy.md): retried in place for a moment, then on a timer, so that a longer
// outage leaves the workflow task free and the history shows the waiting.
const { projectDossier, loadCalendarYears } = proxyLocalActivities<Activities>({ ...durable, startToCloseTimeout: '30 seconds', localRetryThreshold: '3 seconds' });
// A notice is worth sending for a few days: long enough to ride out a day-long outage of the receiving system.
const { notifyDeadline } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '3 days',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});

/** One dossier, from opening to its terminal step (docs/legal/README.md#steps). */
export async function dossierWorkflow(opening: DossierOpening): Promise<DossierState> {
  const { issueDocument } = proxyActivities<Activities>({ ...durable, taskQueue: documentsTaskQueueOf(workflowInfo().taskQueue) });
  const regime = getRegime(opening.regimeId);
  // Workflow time: the SDK makes `new Date()` deterministic inside workflows.
  const now = () => new Date();
  let state = openDossier(opening, now());
  // The calendar arrives through history (activity result, then signals), so an edit never changes a replay.
  let calendar = new WorkingCalendar([]);
  let calendarRevision = 0;
  let calendarLoaded = false;

  // Queries, the projection and each Update's answer all read the view of the same state: computed once per state.
  let lastView: { of: DossierState; calendar: WorkingCalendar; view: DossierView } | undefined;
  function view(of: DossierState = state): DossierView {
    if (lastView?.of !== of || lastView.calendar !== calendar) lastView = { of, calendar, view: viewOf(of, regime, calendar) };
    return lastView.view;
  }

  setHandler(dossierState, () => view());
  setHandler(
    performAction,
    async (request) => {
      await condition(() => calendarLoaded);
      const outcome = applyAction(state, regime, request, now());
      state = outcome.state;
      if (outcome.opensRelapseDossier) {
        // No setting sent (a client of the workflow other than the API): the law's default, no reviewing level.
        await openRelapseDossier(request.actor, request.body.occurredOn ?? civilDateAt(now()), request.provincialReview ?? false);
      }
      await record(outcome.forms);
      return view();
    },
    {
      validator: (request) => {
        const refusal = checkAction(state, regime, request, now(), calendar);
        if (refusal) throw ApplicationFailure.create({ type: refusal.code, message: refusal.message, nonRetryable: true });
      },
    },
  );
  setHandler(calendarChanged, ({ years }) => {
    const before = calendar;
    calendar = new WorkingCalendar(years);
    calendarRevision++;
    const moved = deadlinesMoved([state], before, calendar).map(({ deadlineId, from, to }) => ({ deadlineId, from, to }));
    if (!moved.length) return;
    state = recordCalendarChange(state, moved, calendar.version, now());
    // Projected at once, as any other event: the pages read the projection.
    void record([]);
  });

  /** Forms of recorded events not yet issued, each with the state at its event; and whether a batch is being issued. */
  const queuedForms: Array<{ formId: string; dossier: DossierState }> = [];
  let issuing = false;

  /**
   * Publishes and projects the event just recorded, and queues its forms: they are issued in the background, on the
   * documents task queue, so that the Update answers once the event is recorded and projected.
   */
  async function record(forms: readonly string[]): Promise<void> {
    const snapshot = state;
    publishSearchAttributes(snapshot);
    queuedForms.push(...forms.map((formId) => ({ formId, dossier: snapshot })));
    await project();
  }

  async function issue(formId: string, dossier: DossierState): Promise<IssueOutcome> {
    const seq = dossier.version;
    try {
      return { formId, seq, document: await issueDocument({ dossier, formId, seq }) };
    } catch (error) {
      // A form its data cannot fill must not undo or block the legal act already recorded: the dossier shows the
      // failure until the form is issued. The log names the form, not the message, which quotes the dossier's data.
      if (!(error instanceof ActivityFailure)) throw error;
      const cause = error.cause instanceof ApplicationFailure ? error.cause : undefined;
      log.error('document not issued', { formId, seq, type: cause?.type ?? error.cause?.name ?? 'unknown' });
      return { formId, seq, failure: formFailureOf(formId, seq, { type: cause?.type, details: cause?.details }, now()) };
    }
  }

  /** Issues queued forms, a batch at a time, and projects the documents once they are archived, or the forms that failed. */
  async function issueQueuedForms(): Promise<void> {
    for (;;) {
      await condition(() => queuedForms.length > 0);
      issuing = true;
      const batch = queuedForms.splice(0);
      const outcomes = await Promise.all(batch.map(({ formId, dossier }) => issue(formId, dossier)));
      state = recordIssueOutcomes(state, outcomes);
      await project();
      issuing = false;
    }
  }

  // One projection at a time, each of the state as it is when it starts, so that an older snapshot never lands
  // after a newer one of the same version (documents do not change the version); callers that arrive while one
  // runs share the next.
  let projecting: Promise<void> | undefined;
  let nextProjection: Promise<void> | undefined;
  function project(): Promise<void> {
    if (nextProjection) return nextProjection;
    if (!projecting) return startProjection();
    nextProjection = projecting.then(startProjection, startProjection);
    return nextProjection;
  }
  function startProjection(): Promise<void> {
    nextProjection = undefined;
    const run = projectDossier(view());
    projecting = run;
    const settled = () => {
      if (projecting === run) projecting = undefined;
    };
    void run.then(settled, settled);
    return run;
  }

  function publishSearchAttributes(snapshot: DossierState): void {
    const pairs = [
      { key: searchAttributes.regime, value: snapshot.regimeId },
      { key: searchAttributes.step, value: snapshot.step },
      { key: searchAttributes.overdue, value: view(snapshot).isOverdue },
      { key: searchAttributes.unit, value: snapshot.units.commune },
    ];
    // Only what changed: most events keep the step, and the starter set all four.
    const published = new Map(workflowInfo().typedSearchAttributes.getAll().map(({ key, value }) => [key.name, value]));
    const changed = pairs.filter(({ key, value }) => published.get(key.name) !== value);
    if (changed.length) upsertSearchAttributes(changed);
  }

  async function openRelapseDossier(actor: Actor, detectedOn: string, provincialReview: boolean): Promise<void> {
    const next = relapseOpening(state, uuid4(), detectedOn, actor, provincialReview);
    if (!next) return;
    try {
      await startChild(dossierWorkflow, {
      workflowId: workflowIdOf(next.dossierId),
      args: [next],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      typedSearchAttributes: [
        { key: searchAttributes.regime, value: next.regimeId },
        { key: searchAttributes.step, value: 'determination' },
        { key: searchAttributes.overdue, value: false },
          { key: searchAttributes.unit, value: next.communeCode },
        ],
      });
    } catch (error) {
      // The relapse itself stays recorded; the new dossier can be opened by hand.
      if (!(error instanceof TemporalFailure)) throw error;
      state = recordRelapseDossierFailure(state, error.message, now());
      return;
    }
    state = linkNextDossier(state, next.dossierId);
  }

  async function handleExpiry(deadline: ActiveDeadline): Promise<void> {
    state = expireDeadline(state, deadline, now());
    // In the background, so that PostgreSQL being unreachable never holds the next timer back.
    void record([]);
    if (deadline.rule.onExpiry === 'overdue') await notify('overdue', deadline);
  }

  /** Notices still being delivered: the dossier ends only once each is delivered or recorded as failed. */
  let noticesInFlight = 0;

  /** Tells the office responsible; in the background, so that the next deadline is never held back by an outage. */
  async function notify(kind: 'overdue' | 'reminder', deadline: ActiveDeadline): Promise<void> {
    const delivery = deliver(kind, deadline);
    noticesInFlight++;
    void delivery.finally(() => noticesInFlight--);
  }

  async function deliver(kind: 'overdue' | 'reminder', deadline: ActiveDeadline): Promise<void> {
    try {
      await notifyDeadline({
        dossierId: state.dossierId,
        code: state.code,
        kind,
        step: state.step,
        deadline: deadline.rule.id,
        dueAt: deadline.dueAt,
        owner: deadline.rule.owner,
        units: state.units,
      });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      const reason = error.cause?.message ?? error.message;
      state = recordNotificationFailure(state, { kind, deadlineId: deadline.rule.id, dueAt: deadline.dueAt, reason }, now());
      await record([]);
    }
  }

  /** The next thing that happens by itself: a reminder the day before an office's deadline, or a period ending. */
  function nextTimedEvent(): { at: number; deadline: ActiveDeadline; kind: 'reminder' | 'expiry' } | undefined {
    const events = pendingDeadlines(state, regime, calendar).flatMap((deadline) => {
      const expiry = { at: Date.parse(deadline.dueAt), deadline, kind: 'expiry' as const };
      const remind = deadline.rule.onExpiry === 'overdue' && !state.reminded.includes(reminderKey(deadline));
      return remind ? [{ at: Date.parse(reminderAt(deadline, calendar)), deadline, kind: 'reminder' as const }, expiry] : [expiry];
    });
    return events.sort((a, b) => a.at - b.at)[0];
  }

  // Issues forms, in the background, until the workflow ends.
  void issueQueuedForms();
  calendar = new WorkingCalendar(await loadCalendarYears());
  calendarLoaded = true;
  await record(regime.opening.forms);

  while (state.step !== 'closed') {
    const version = state.version;
    const revision = calendarRevision;
    const next = nextTimedEvent();
    const changed = () => state.version !== version || calendarRevision !== revision;
    if (!next) {
      await condition(changed);
      continue;
    }
    if (await condition(changed, Math.max(next.at - now().getTime(), 1))) continue;
    if (next.kind === 'expiry') {
      await handleExpiry(next.deadline);
    } else {
      state = { ...state, reminded: [...state.reminded, reminderKey(next.deadline)] };
      // The projection holds the whole state, the reminders sent included; in the background, as for a period ending.
      void record([]);
      // A reminder already late (the dossier was recorded after the fact) is not worth sending.
      if (Date.parse(next.deadline.dueAt) > now().getTime()) await notify('reminder', next.deadline);
    }
  }

  // The last event's forms are part of the dossier: it ends once they are issued and everything is projected.
  await condition(
    () => allHandlersFinished() && queuedForms.length === 0 && !issuing && noticesInFlight === 0 && !projecting && !nextProjection,
  );
  return state;
}
