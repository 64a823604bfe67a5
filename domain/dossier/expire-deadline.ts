import { decisionWindows } from '../procedure/steps';
import type { StepId } from '../procedure/types';
import { takeEffect } from './apply-action';
import { dayAfter, type ActiveDeadline } from './deadlines';
import type { DossierState } from './state';
import { cloneState, record } from './timeline';

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
      // Effective the day after the last of the windows passed unused (the complaint may run later, from receipt).
      return decisionWindows.every((id) => state.lapsed.includes(id)) ? takeEffect(state, dayAfter(deadline.dueOn)) : state.step;
    case 'serving':
      state.anchors['term-ended'] = deadline.dueOn;
      return 'completion';
    default:
      return state.step;
  }
}
