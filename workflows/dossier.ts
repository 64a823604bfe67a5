import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { defaultCalendar } from '../domain/calendar';
import { applyAction, checkAction, expireDeadline } from '../domain/dossier/apply-action';
import { pendingDeadlines, type ActiveDeadline } from '../domain/dossier/deadlines';
import { openDossier, type DossierOpening } from '../domain/dossier/open-dossier';
import type { DocumentRef, DossierState } from '../domain/dossier/state';
import { getRegime } from '../domain/procedure';
import { viewOf } from './dossier-view';
import { dossierState, performAction } from './messages';
import { searchAttributes } from './search-attributes';

const { issueDocument, projectDossier } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
const { notifyDeadline } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 10, maximumInterval: '5 minutes' },
});

/** One dossier, from opening to its terminal step (legal-procedure.md §1.3). */
export async function dossierWorkflow(opening: DossierOpening): Promise<DossierState> {
  const regime = getRegime(opening.regimeId);
  const calendar = defaultCalendar();
  // Workflow time: the SDK makes `new Date()` deterministic inside workflows.
  const now = () => new Date();
  let state = openDossier(opening, now());

  setHandler(dossierState, () => viewOf(state, regime, calendar));
  setHandler(
    performAction,
    async (request) => {
      const outcome = applyAction(state, regime, request, now());
      state = outcome.state;
      await record(outcome.forms);
      return viewOf(state, regime, calendar);
    },
    {
      validator: (request) => {
        const refusal = checkAction(state, regime, request, now());
        if (refusal) throw ApplicationFailure.create({ type: refusal.code, message: refusal.message, nonRetryable: true });
      },
    },
  );

  /** Archives the forms of the event just recorded, then projects the new state to Postgres. */
  async function record(forms: readonly string[]): Promise<void> {
    const snapshot = state;
    publishSearchAttributes(snapshot);
    const issued: DocumentRef[] = [];
    for (const formId of forms) issued.push(await issueDocument({ dossier: snapshot, formId, seq: snapshot.version }));
    if (issued.length) state = { ...state, documents: [...state.documents, ...issued] };
    await projectDossier(viewOf(state, regime, calendar));
  }

  function publishSearchAttributes(snapshot: DossierState): void {
    upsertSearchAttributes([
      { key: searchAttributes.regime, value: snapshot.regimeId },
      { key: searchAttributes.step, value: snapshot.step },
      { key: searchAttributes.overdue, value: viewOf(snapshot, regime, calendar).isOverdue },
      { key: searchAttributes.unit, value: snapshot.units.commune },
    ]);
  }

  async function handleExpiry(deadline: ActiveDeadline): Promise<void> {
    state = expireDeadline(state, deadline, now());
    await record([]);
    if (deadline.rule.onExpiry === 'overdue') {
      await notifyDeadline({ dossierId: state.dossierId, code: state.code, kind: 'overdue', step: state.step, deadline: deadline.rule.id, dueAt: deadline.dueAt, owner: deadline.rule.owner, units: state.units });
    }
  }

  await record(regime.opening.forms);

  while (state.step !== 'closed') {
    const version = state.version;
    const next = pendingDeadlines(state, regime, calendar).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    if (!next) {
      await condition(() => state.version !== version);
      continue;
    }
    const changed = await condition(() => state.version !== version, Math.max(Date.parse(next.dueAt) - now().getTime(), 1));
    if (!changed) await handleExpiry(next);
  }

  await condition(allHandlersFinished);
  return state;
}
