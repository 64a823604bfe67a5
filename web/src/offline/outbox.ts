import { useSyncExternalStore } from 'react';
import { ApiProblem, field, postJson, problemOf } from '../api/client';

/**
 * Submissions made while the connection was down, kept in localStorage until they are sent: each once, in order,
 * with its own Idempotency-Key, so that a retry after a lost answer never acts twice. A refusal is kept to be shown,
 * never dropped. Each belongs to the user who made it: on a computer the commune's officers share, it is shown to and
 * sent by that user only, after their own sign-in.
 */
export interface Pending {
  key: string;
  userId: string;
  path: string;
  body: unknown;
  label: string;
  createdAt: string;
  ifMatch?: string;
}
export interface Refused extends Pending {
  status: number;
  code: string;
  title: string;
}
interface Outbox {
  pending: Pending[];
  refused: Refused[];
}

const STORAGE_KEY = 'hoso.outbox';
const listeners = new Set<() => void>();
let outbox: Outbox = load();

/** What localStorage holds, kept only where it has the shape this version wrote. */
function load(): Outbox {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    stored = {};
  }
  return {
    pending: listIn(stored, 'pending').flatMap((item) => pendingOf(item) ?? []),
    refused: listIn(stored, 'refused').flatMap((item) => refusedOf(item) ?? []),
  };
}

function valueIn(item: unknown, name: string): unknown {
  return typeof item === 'object' && item !== null ? Reflect.get(item, name) : undefined;
}

function listIn(item: unknown, name: string): unknown[] {
  const value = valueIn(item, name);
  return Array.isArray(value) ? value : [];
}

function pendingOf(item: unknown): Pending | undefined {
  const [key, userId, path, label, createdAt, ifMatch] = ['key', 'userId', 'path', 'label', 'createdAt', 'ifMatch'].map((name) => field(item, name));
  if (!key || !userId || !path || !label || !createdAt) return undefined;
  return { key, userId, path, label, createdAt, body: valueIn(item, 'body'), ...(ifMatch ? { ifMatch } : {}) };
}

function refusedOf(item: unknown): Refused | undefined {
  const pending = pendingOf(item);
  const [code, title] = ['code', 'title'].map((name) => field(item, name));
  const status = valueIn(item, 'status');
  return pending && code && title && typeof status === 'number' ? { ...pending, code, title, status } : undefined;
}

function save(next: Outbox): void {
  outbox = next;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

export type Submission = { sent: true; body: unknown; response: Response } | { sent: false; queued: Pending };

/** Sends now when it can; when the network is down, queues the submission and says so. Refusals throw. */
export async function submit(request: Omit<Pending, 'key' | 'createdAt'>): Promise<Submission> {
  const pending: Pending = { ...request, key: crypto.randomUUID(), createdAt: new Date().toISOString() };
  if (!navigator.onLine) return queue(pending);
  try {
    const { response, body } = await send(pending);
    if (!response.ok) throw problemOf(response, body);
    return { sent: true, body, response };
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
    return queue(pending); // the request never got an answer: it may be sent again with the same key
  }
}

function queue(pending: Pending): Submission {
  save({ ...outbox, pending: [...outbox.pending, pending] });
  return { sent: false, queued: pending };
}

function send(pending: Pending) {
  return postJson(pending.path, pending.body, { 'idempotency-key': pending.key, ...(pending.ifMatch ? { 'if-match': pending.ifMatch } : {}) });
}

let flushing: Promise<void> | undefined;

/** Sends what this user queued, oldest first; stops at the first that cannot reach the API. */
export function flush(userId: string, onSent: (pending: Pending) => void = () => undefined): Promise<void> {
  flushing ??= (async () => {
    try {
      for (;;) {
        const pending = outbox.pending.find((candidate) => candidate.userId === userId);
        if (!pending) return;
        let result: Awaited<ReturnType<typeof send>>;
        try {
          result = await send(pending);
        } catch {
          return; // still offline
        }
        if (result.response.status === 401) return; // signed out: sent after the next sign-in
        const rest = outbox.pending.filter((candidate) => candidate.key !== pending.key);
        if (result.response.ok) {
          save({ ...outbox, pending: rest });
          onSent(pending);
        } else {
          const problem = problemOf(result.response, result.body);
          save({ pending: rest, refused: [...outbox.refused, { ...pending, status: problem.status, code: problem.code, title: problem.title }] });
        }
      }
    } finally {
      flushing = undefined;
    }
  })();
  return flushing;
}

export function dismissRefused(key: string): void {
  save({ ...outbox, refused: outbox.refused.filter((refused) => refused.key !== key) });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The whole outbox of this device; its items carry their user (`OutboxPanel` shows each user their own). */
export const useOutbox = (): Outbox => useSyncExternalStore(subscribe, () => outbox);
