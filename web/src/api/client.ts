import createClient from 'openapi-fetch';
import type { paths } from './openapi';

/** A refusal from the API, as its problem document says it (RFC 9457): Vietnamese `title`, stable `code`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: unknown,
  ) {
    super(title);
  }
}

/** The signed-in user's token: in memory only, never in localStorage (a shared office PC keeps no session). */
let bearer: string | undefined;
let onUnauthenticated: () => void = () => undefined;

export function setBearer(token: string | undefined, whenRefused: () => void): void {
  bearer = token;
  onUnauthenticated = whenRefused;
}

/** The typed client of the API, its types generated from /api/openapi.json (scripts/web/api-types.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use({
  onRequest({ request }) {
    // A request that names its token keeps it: the sign-in asks who a new token is for before using it.
    if (bearer && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${bearer}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && bearer) onUnauthenticated();
    return response;
  },
});

/** The data of an answer, or the API's problem thrown as an ApiProblem. */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  throw problemOf(result.response, result.error);
}

export function problemOf(response: Response, body: unknown): ApiProblem {
  const code = field(body, 'code');
  const title = field(body, 'title');
  return new ApiProblem(response.status, code ?? `http-${response.status}`, title ?? response.statusText, body);
}

/** A JSON POST to an API path built at run time (an action id, a queued submission), with the bearer. */
export async function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ response: Response; body: unknown }> {
  const response = await fetch(new URL(path, window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  if (response.status === 401 && bearer) onUnauthenticated();
  return { response, body: await response.json().catch(() => undefined) };
}

/** A file the API serves to signed-in users, e.g. a document's PDF, with the name the API gives it. */
export async function fetchBlob(path: string): Promise<{ blob: Blob; fileName?: string }> {
  const response = await fetch(new URL(path, window.location.origin), { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  if (!response.ok) throw problemOf(response, await response.json().catch(() => undefined));
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : plain;
  return { blob: await response.blob(), ...(fileName ? { fileName } : {}) };
}

/** A string field of a JSON body, if it has one. (zod stays out of the first screen's bundle: docs/decisions/0009-web-console.md.) */
export function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null || !(name in body)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return typeof value === 'string' ? value : undefined;
}

/** The JSON answer of a route that can also answer CSV (the types list both). */
export function jsonOnly<T>(data: T | string): T {
  if (typeof data === 'string') throw new Error('the API answered CSV where JSON was asked for');
  return data;
}
