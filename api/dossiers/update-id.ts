import { createHash } from 'node:crypto';
import type { ActionId } from '../../domain/procedure/types';
import { canonicalJson } from '../../store/audit-log';

/** Without Idempotency-Key or If-Match, the same request sent again within this window is the same request. */
const SAME_REQUEST_WINDOW_MS = 10 * 60_000;

export interface ActionSent {
  userId: string;
  action: ActionId;
  /** The action's body as validated. */
  body: unknown;
  idempotencyKey?: string;
  ifMatch?: string;
  now: Date;
}

/**
 * The id of the Temporal Update that carries an action. Temporal runs one Update per id and answers a repeated id
 * with the first one's outcome, so a request sent again (a retry after a lost answer, two tabs, a double click) acts
 * once. What makes two requests "the same" is what they were based on:
 * - an Idempotency-Key: the client says which sends are one request (api/idempotency.ts keeps the answer; this
 *   covers the sends it lets through, e.g. a retry after a 5xx while the first Update still ran);
 * - else If-Match: the version the caller saw. An action changes the version, so the same action taken again on
 *   purpose, on what the first one produced, has another id, and a resent one the same;
 * - else nothing says what the request was based on, so a window of time stands in: the same request within 10
 *   minutes (a retry) acts once, and later (more likely meant) acts again. A retry that straddles the window's edge
 *   acts twice; a client that cannot accept that sends a key or If-Match, as the console does.
 * The user, action and body are always part of it: another request never borrows an id. Only a hash reaches
 * Temporal, no personal data.
 */
export function updateIdOf({ userId, action, body, idempotencyKey, ifMatch, now }: ActionSent): string {
  const basedOn =
    idempotencyKey !== undefined
      ? { idempotencyKey }
      : ifMatch !== undefined
        ? { ifMatch }
        : { window: Math.floor(now.getTime() / SAME_REQUEST_WINDOW_MS) };
  return createHash('sha256').update(canonicalJson({ userId, action, body, basedOn })).digest('hex');
}
