import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { loadDevIssuer } from '../../api/auth/dev-issuer';
import { devIssuer } from '../../config/env';
import { demoUsers } from '../../config/demo-data';
import { seedDemoData } from '../../scripts/seed/seed';
import { startApiProcess, stopProcess } from '../../scripts/stack/api-process';
import { freePort } from '../../scripts/stack/free-port';
import { describeWithStack } from '../support/test-stack';

const hex = [...'0123456789abcdef'];

/**
 * Ids a caller may put where a dossier id goes. Every UUID version and variant nibble is a dossier id (an
 * unknown one: 404); the rest are not (404 without a lookup). Issue 11: a version-0 id without a token
 * once made the audit throw after the answer, and the API process exited.
 */
const malformedIds = [
  ...hex.flatMap((version) => hex.map((variant) => `12345678-1234-${version}234-${variant}234-123456789012`)),
  '12345678-1234-0234-0234-123456789012'.toUpperCase(),
  'AbCdEf01-2345-6789-aBcD-ef0123456789',
  '{12345678-1234-4234-8234-123456789012}',
  '12345678123442348234123456789012',
  'urn:uuid:12345678-1234-4234-8234-123456789012',
  '12345678-1234-4234-8234-12345678901',
  '12345678-1234-4234-8234-1234567890123',
  '12345678-1234-4234-8234-12345678901g',
  '',
  ' ',
  '%20',
  '%2012345678-1234-4234-8234-123456789012%20',
  '%00',
  '%ZZ',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '..',
  '%2e%2e',
  '%2F',
  'null',
  'undefined',
  '-1',
  '0',
  "1' OR '1'='1",
  '%F0%9F%92%A9',
  'x'.repeat(10_240),
  '1'.repeat(10_240),
];

/** Ids with a % are sent as written (some are broken escapes on purpose); the rest are escaped. */
const encoded = (id: string) => (id.includes('%') ? id : encodeURIComponent(id));

interface Probe {
  method: 'GET' | 'POST' | 'PUT';
  path: (id: string) => string;
  as: string;
  body?: unknown;
}

/** Every route with a path parameter, each with the user it would serve. */
const probes: Probe[] = [
  { method: 'GET', path: (id) => `/api/v1/dossiers/${id}`, as: 'demo-police-x01' },
  { method: 'POST', path: (id) => `/api/v1/dossiers/${id}/actions/record-violation`, as: 'demo-police-x01', body: { description: 'x' } },
  { method: 'POST', path: (id) => `/api/v1/dossiers/12345678-1234-4234-8234-123456789012/actions/${id}`, as: 'demo-police-x01', body: {} },
  { method: 'GET', path: (id) => `/api/v1/dossiers/${id}/documents`, as: 'demo-police-x01' },
  { method: 'GET', path: (id) => `/api/v1/dossiers/${id}/documents/0123456789abcdef0123456789abcdef`, as: 'demo-police-x01' },
  { method: 'GET', path: (id) => `/api/v1/dossiers/12345678-1234-4234-8234-123456789012/documents/${id}`, as: 'demo-police-x01' },
  { method: 'GET', path: (id) => `/api/v1/verify/${id}`, as: 'demo-police-x01' },
  { method: 'PUT', path: (id) => `/api/v1/plan-targets/${id}/2026`, as: 'demo-supervisor-t01', body: { targets: {} } },
  { method: 'PUT', path: (id) => `/api/v1/plan-targets/DEMO-X01/${id}`, as: 'demo-supervisor-t01', body: { targets: {} } },
  { method: 'PUT', path: (id) => `/api/v1/admin/calendar/${id}`, as: 'demo-admin', body: {} },
  { method: 'GET', path: (id) => `/api/v1/dossiers?cursor=${id}`, as: 'demo-police-x01' },
  { method: 'GET', path: (id) => `/api/v1/inbox?cursor=${id}`, as: 'demo-police-x01' },
];

describeWithStack('no request stops the API (a real api/main.ts process)', () => {
  let api: ChildProcess;
  let baseUrl: string;
  let logDir: string;
  let sql: postgres.Sql;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    sql = postgres(process.env.DATABASE_URL as string, { max: 2, onnotice: () => undefined });
    await seedDemoData(sql);
    logDir = await mkdtemp(path.join(tmpdir(), 'hoso-api-survives-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const keyFile = process.env.AUTH_DEV_KEY_FILE ?? path.join(logDir, 'key.json');
    // Thousands of requests from one address in a minute: limits that never stop them, so that every route sees every id.
    const unlimited = { RATE_LIMIT_VERIFY_PER_MINUTE: '1000000', RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '1000000' };
    api = await startApiProcess({ API_PORT: String(port), AUTH_DEV_KEY_FILE: keyFile, ...unlimited }, path.join(logDir, 'api.log'));
    const issuer = await loadDevIssuer(keyFile, devIssuer.issuer, devIssuer.audience);
    for (const user of demoUsers) tokens.set(user.id, await issuer.issue({ ...user, userId: user.id }));
  });

  afterAll(async () => {
    if (api) await stopProcess(api);
    await sql?.end();
    await rm(logDir, { recursive: true, force: true });
  });

  async function send(method: string, url: string, token?: string, body?: unknown) {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text };
  }

  async function stillServing(after: string) {
    const health = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.status,
      (error: unknown) => `no answer after ${after}: ${String(error)}`,
    );
    if (health !== 200) {
      const log = await readFile(path.join(logDir, 'api.log'), 'utf8').catch(() => '');
      throw new Error(`the API stopped answering after ${after} (exit ${api.exitCode}):\n${log.split('\n').slice(-30).join('\n')}`);
    }
  }

  it('answers every malformed id on every route with a problem document, never 5xx, and keeps answering /healthz', async () => {
    const failures: string[] = [];
    for (const probe of probes) {
      for (const id of malformedIds) {
        for (const token of [undefined, tokens.get(probe.as)]) {
          const url = probe.path(encoded(id));
          const answer = await send(probe.method, url, token, probe.body);
          const label = `${probe.method} ${url.slice(0, 120)} ${token ? 'with' : 'without'} a token`;
          if (answer.status >= 500 || !/json/.test(answer.type)) failures.push(`${label}: ${answer.status} ${answer.text.slice(0, 160)}`);
          await stillServing(label);
        }
      }
    }
    expect(failures).toEqual([]);
    // The first request of the issue is in the audit trail, with its dossier id as the route read it.
    const [row] = await sql<{ count: number }[]>`
      SELECT count(*)::int AS count FROM audit_log WHERE dossier_id = '12345678-1234-0234-0234-123456789012' AND http_status = 401`;
    expect(row?.count).toBeGreaterThan(0);
    // Hundreds of requests, each followed by a health check: minutes on a machine busy with other suites.
  }, 300_000);
});
