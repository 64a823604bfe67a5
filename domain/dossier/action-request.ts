import type { ActionId } from '../procedure/types';
import type { ActionBodies } from '../schemas/actions';
import type { Actor, DossierState, TimelineEvent } from './state';

/**
 * An action as a person asks for it: one member per action, so that narrowing on `action` types `body` by that
 * action's schema (domain/schemas/actions.ts). `ActionRequest<A>` is one action's request.
 */
export type ActionRequest<A extends ActionId = ActionId> = { [K in A]: { action: K; actor: Actor; body: ActionBodies[K] } }[A] & {
  /**
   * Whether the province has a reviewing level switched on today, as the API reads it (store/province-review-levels.ts),
   * sent with `record-relapse` only: the dossier a relapse opens takes the route in force when it opens, as any other.
   */
  provincialReview?: boolean;
};

export type RefusalCode =
  | 'dossier-closed'
  | 'role-not-permitted'
  | 'outside-jurisdiction'
  | 'action-not-allowed-at-step'
  | 'precondition-failed'
  | 'invalid-for-regime'
  | 'term-outside-bounds'
  | 'event-out-of-order';

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

export const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

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
