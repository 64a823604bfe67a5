import { civilDateAt } from '../calendar/civil-date';
import type { DossierState, TimelineEvent } from './state';

export function record(state: DossierState, event: Omit<TimelineEvent, 'seq'>): void {
  state.version += 1;
  state.timeline.push({ seq: state.version, ...event });
}

/** The state is plain JSON (it travels in workflow history); `structuredClone` is absent from the workflow sandbox. */
export function cloneState(state: DossierState): DossierState {
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
