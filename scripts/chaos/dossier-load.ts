import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadDevIssuer } from '../../api/auth/dev-issuer';
import { demoUsers } from '../../config/demo-data';
import { devIssuer } from '../../config/env';
import type { ActionRequest } from '../../domain/dossier';
import type { DossierView } from '../../workflows/dossier-view';
import type { SpinePlan } from '../bench/spine';

export interface Answer {
  status: number;
  body: unknown;
}

/** What the clients saw: every write answered (by its request id), and every retry by its reason. */
export interface LoadRecord {
  answeredWrites: string[];
  retries: Map<string, number>;
  requests: number;
}

const GIVE_UP_MS = 10 * 60_000;

/**
 * The clients of the chaos run: each request goes to the next API replica; a refused connection, a 5xx or a 429 is
 * tried again, on the other replica, with the same Idempotency-Key, as a client that must not act twice would do.
 */
export async function chaosClients(apiUrls: readonly string[], env: Record<string, string>) {
  const issuer = await loadDevIssuer(env.AUTH_DEV_KEY_FILE as string, devIssuer.issuer, devIssuer.audience);
  const tokens = new Map<string, string>();
  const tokenOf = async (userId: string) => {
    const user = demoUsers.find((candidate) => candidate.id === userId);
    if (!user) throw new Error(`no demo user ${userId}`);
    return tokens.get(userId) ?? (tokens.set(userId, await issuer.issue({ userId, name: user.name, role: user.role, unitCode: user.unitCode })).get(userId) as string);
  };
  const record: LoadRecord = { answeredWrites: [], retries: new Map(), requests: 0 };
  const retried = (reason: string) => record.retries.set(reason, (record.retries.get(reason) ?? 0) + 1);
  let next = 0;

  async function call(userId: string, method: 'GET' | 'POST', route: string, body?: unknown, idempotencyKey?: string): Promise<Answer> {
    const giveUpAt = Date.now() + GIVE_UP_MS;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) await sleep(Math.min(250 * 2 ** Math.min(attempt - 1, 4), 4_000));
      if (Date.now() > giveUpAt) throw new Error(`${method} ${route}: no answer after ${GIVE_UP_MS / 60_000} minutes of retries`);
      const requestId = randomUUID();
      const base = apiUrls[next++ % apiUrls.length] as string;
      record.requests++;
      let status: number;
      let text: string;
      try {
        const response = await fetch(`${base}${route}`, {
          method,
          headers: {
            authorization: `Bearer ${await tokenOf(userId)}`,
            'x-request-id': requestId,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(60_000),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        retried(`no answer (${networkReason(error)})`);
        continue;
      }
      if (method === 'POST') record.answeredWrites.push(requestId);
      const code = problemCode(text);
      // 409 idempotency-in-progress: the same request is still being carried out (or was, by a replica that died).
      if (status === 429 || status >= 500 || (status === 409 && code === 'idempotency-in-progress')) {
        retried(`${status} ${code}`);
        continue;
      }
      return { status, body: text ? (JSON.parse(text) as unknown) : undefined };
    }
  }
  return { call, record };
}

export type ChaosClient = Awaited<ReturnType<typeof chaosClients>>;

/** Opens one dossier and takes it through the plan: to the court's decision, then, once the complaint window has ended by itself, to the centre. */
export async function carryDossier(client: ChaosClient, plan: SpinePlan, index: number): Promise<string> {
  const police = 'demo-police-x01';
  const opened = await client.call(
    police,
    'POST',
    '/api/v1/dossiers',
    {
      subject: {
        fullName: `Nguyễn Văn Hỗn ${index}`,
        dateOfBirth: '1990-01-01',
        sex: 'male',
        idNumber: `0010${String(Date.now() % 1e5).padStart(5, '0')}${String(index).padStart(3, '0')}`,
        residence: 'Thôn Đông, xã Tiên Du',
        hasStableResidence: true,
      },
      trigger: 'art32-b',
      priorPlacements: 0,
      detectedOn: plan.openedOn,
    },
    randomUUID(),
  );
  const dossierId = expectOk(opened, 'open').dossierId as string;
  const act = async (request: ActionRequest) => {
    const answer = await client.call(request.actor.userId, 'POST', `/api/v1/dossiers/${dossierId}/actions/${request.action}`, request.body, randomUUID());
    expectOk(answer, request.action);
  };
  for (const request of plan.toDecision) await act(request);
  const [escort, ...rest] = plan.toServing;
  if (!escort) throw new Error('the plan has no escort');
  // The step that moves by itself is read from the projection, which a local activity writes inside the workflow
  // task: when a worker dies before that task completes, the workflow is briefly behind what was read, and reaches
  // the step again once its timer fires anew. A person told "not at this step yet" looks again and retries; so do we.
  for (let attempt = 0; ; attempt++) {
    await until(client, dossierId, (view) => view.step === 'execution', 'execution, once the complaint window ended');
    const answer = await client.call(escort.actor.userId, 'POST', `/api/v1/dossiers/${dossierId}/actions/escort`, escort.body, randomUUID());
    if (answer.status === 409 && (answer.body as { code?: string } | undefined)?.code === 'action-not-allowed-at-step' && attempt < 20) {
      const reason = '409 action-not-allowed-at-step (read ahead of the workflow)';
      client.record.retries.set(reason, (client.record.retries.get(reason) ?? 0) + 1);
      await sleep(2_000);
      continue;
    }
    expectOk(answer, 'escort');
    break;
  }
  for (const request of rest) await act(request);
  return dossierId;
}

/** Polls the dossier as its commune police until `reached`; gives up after ten minutes. */
export async function until(client: ChaosClient, dossierId: string, reached: (view: DossierView) => boolean, what: string, withinMs = 10 * 60_000): Promise<DossierView> {
  for (const deadline = Date.now() + withinMs; ; ) {
    const answer = await client.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`);
    const view = expectOk(answer, 'read') as unknown as DossierView;
    if (reached(view)) return view;
    if (Date.now() > deadline) throw new Error(`dossier ${dossierId} never reached ${what}; it is at ${view.step}`);
    await sleep(500);
  }
}

function expectOk(answer: Answer, what: string): Record<string, unknown> {
  if (answer.status >= 300 || typeof answer.body !== 'object' || answer.body === null) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown>;
}

function problemCode(text: string): string {
  try {
    const body = JSON.parse(text) as { code?: unknown } | null;
    return typeof body?.code === 'string' ? body.code : '';
  } catch {
    return 'not JSON';
  }
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.name : 'error';
}
