import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { keyRingSourceOf } from '../../config/codec-keys';
import { demoUsers } from '../../config/demo-data';
import { ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA } from '../../config/payload-codec';
import { workflowIdOf } from '../../workflows/messages';
import { openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

interface JsonPayload {
  metadata: Record<string, string>;
  data: string;
}

const UI_ORIGIN = 'http://127.0.0.1:8233';
const base64 = (text: string) => Buffer.from(text).toString('base64');
const text = (base64Text: string | undefined) => Buffer.from(base64Text ?? '', 'base64').toString('utf8');
const payloadOf = ({ metadata, data }: JsonPayload) => ({
  metadata: Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  data: Buffer.from(data, 'base64'),
});
const json = (payload: object): JsonPayload => ({ metadata: { encoding: base64('json/plain') }, data: base64(JSON.stringify(payload)) });

/** Issue 13: the Temporal UI shows decoded payloads to administrators, through hoso's own authentication. */
describeWithStack('the codec server of the Temporal UI', () => {
  let hoso: Hoso;
  const fullName = 'Lương Thị Xuyến';
  const idNumber = uniqueIdNumber();
  /** The dossier's start input, as the Temporal UI reads it from the server: encrypted. */
  let startInput: JsonPayload;

  beforeAll(async () => {
    hoso = await startHoso({ env: { TEMPORAL_UI_ORIGIN: UI_ORIGIN } });
    const opened = await openThroughApi(hoso, { fullName, idNumber });
    expect(opened.status).toBe(201);
    // A client without the codec, as the Temporal UI is.
    const raw = new Client({ connection: hoso.temporal.connection, namespace: hoso.env.TEMPORAL_NAMESPACE });
    const history = JSON.parse(historyToJSON(await raw.workflow.getHandle(workflowIdOf(opened.body.dossierId)).fetchHistory()));
    startInput = history.events[0].workflowExecutionStartedEventAttributes.input.payloads[0];
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const codec = (direction: 'decode' | 'encode', init: { body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${hoso.baseUrl}/api/v1/codec/${direction}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-namespace': hoso.env.TEMPORAL_NAMESPACE, ...init.headers },
      body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body ?? { payloads: [startInput] }),
    });
  const as = async (userId: string) => ({ authorization: `Bearer ${await hoso.tokenOf(userId)}` });

  async function auditRowOf(requestId: string | null) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const [row] = await hoso.sql`SELECT * FROM audit_log WHERE request_id = ${requestId}`;
      if (row) return row;
      await sleep(50);
    }
    throw new Error(`no audit row for request ${requestId}`);
  }

  it('shows an administrator the dossier as it was opened, decoded from the history the UI reads, and audits it', async () => {
    expect(text(startInput.metadata.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(startInput.data)).not.toContain(idNumber);

    const response = await codec('decode', { headers: { ...(await as('demo-admin')), 'x-request-id': `codec-${randomUUID()}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { payloads } = (await response.json()) as { payloads: JsonPayload[] };
    expect(payloads).toHaveLength(1);
    expect(text(payloads[0]?.metadata.encoding)).toBe('json/plain');
    expect(JSON.parse(text(payloads[0]?.data))).toMatchObject({ subject: { fullName, idNumber } });

    expect(await auditRowOf(response.headers.get('x-request-id'))).toMatchObject({
      action: 'payloads.decode',
      user_id: 'demo-admin',
      role: 'administrator',
      target: hoso.env.TEMPORAL_NAMESPACE,
      outcome: 'ok',
      details: { payloads: 1 },
    });
  });

  it('encodes for the UI as the workers do, under the active key', async () => {
    const sent = json({ note: 'gửi từ Temporal UI' });
    const response = await codec('encode', { headers: await as('demo-admin'), body: { payloads: [sent] } });
    expect(response.status).toBe(200);
    const [encoded] = ((await response.json()) as { payloads: JsonPayload[] }).payloads;
    const ring = await keyRingSourceOf(hoso.env).load();
    expect(text(encoded?.metadata[KEY_ID_METADATA])).toBe(ring.activeKeyId);
    const [decoded] = await new EncryptionCodec(ring).decode([payloadOf(encoded as JsonPayload)]);
    expect(Buffer.from(decoded?.data ?? []).toString('utf8')).toBe(text(sent.data));
  });

  it('refuses every other role (403), and a caller without a valid token (401), audited', async () => {
    for (const role of new Set(demoUsers.filter((user) => user.role !== 'administrator').map((user) => user.role))) {
      const user = demoUsers.find((candidate) => candidate.role === role);
      for (const direction of ['decode', 'encode'] as const) {
        const refused = await codec(direction, { headers: await as(user?.id ?? '') });
        expect({ role, direction, status: refused.status }).toEqual({ role, direction, status: 403 });
        expect(((await refused.json()) as { code: string }).code).toBe('role-not-permitted');
      }
    }
    const anonymous = await codec('decode');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await auditRowOf(anonymous.headers.get('x-request-id'))).toMatchObject({ action: 'payloads.decode', user_id: null, outcome: 'refused', http_status: 401 });
    expect((await codec('decode', { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
  });

  it('refuses, with 422 and not 500, a payload hoso did not encrypt or that was altered', async () => {
    const foreign = { metadata: { ...startInput.metadata, [KEY_ID_METADATA]: base64('someone-elses-key') }, data: startInput.data };
    const altered = Buffer.from(startInput.data, 'base64');
    altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 1;
    const truncated = { ...startInput, data: base64('short') };
    for (const payload of [foreign, { ...startInput, data: altered.toString('base64') }, truncated]) {
      const response = await codec('decode', { headers: await as('demo-admin'), body: { payloads: [json({ other: 1 }), payload] } });
      expect(response.status).toBe(422);
      const problem = (await response.json()) as { code: string; title: string };
      expect(problem).toMatchObject({ code: 'undecryptable-payload', title: expect.stringMatching(/^Không giải mã được/) });
    }
    // A payload that is not encrypted at all is answered as it is, as old histories are.
    const plain = json({ recordedBefore: 'encryption' });
    const passed = await codec('decode', { headers: await as('demo-admin'), body: { payloads: [plain] } });
    expect(((await passed.json()) as { payloads: JsonPayload[] }).payloads).toEqual([plain]);
  });

  it('refuses a malformed body with a Vietnamese title', async () => {
    const admin = await as('demo-admin');
    for (const body of [{}, { payloads: 'all' }, { payloads: [{ metadata: { encoding: 'not base64!' }, data: '' }] }, { payloads: [{ data: 42 }] }]) {
      const response = await codec('decode', { headers: admin, body });
      expect({ body, status: response.status }).toEqual({ body, status: 422 });
      expect(await response.json()).toMatchObject({ code: 'invalid-data', title: 'Dữ liệu không hợp lệ.' });
    }
    const notJson = await codec('decode', { headers: admin, body: '{"payloads": [' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ code: 'malformed-body', title: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
  });

  it("answers the Temporal UI's preflight before authentication, and gives no other origin leave to call", async () => {
    const preflight = (origin: string) =>
      fetch(`${hoso.baseUrl}/api/v1/codec/decode`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-namespace' },
      });
    const fromUi = await preflight(UI_ORIGIN);
    expect(fromUi.status).toBe(204);
    expect(fromUi.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(fromUi.headers.get('access-control-allow-headers')?.split(', ')).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-namespace']));
    expect(fromUi.headers.get('access-control-allow-methods')).toBe('POST');
    // AUTH_MODE=dev: the UI may send the console's sign-in cookie.
    expect(fromUi.headers.get('access-control-allow-credentials')).toBe('true');

    const elsewhere = await preflight('http://127.0.0.1:9999');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    expect(elsewhere.headers.get('access-control-allow-credentials')).toBeNull();

    const call = await codec('decode', { headers: { ...(await as('demo-admin')), origin: UI_ORIGIN } });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(call.headers.get('vary')).toMatch(/Origin/);
  });

  it("in development, takes the sign-in of an administrator in the console of the same browser: the dev UI has no token to pass", async () => {
    const signIn = async (userId: string) => {
      const response = await fetch(`${hoso.baseUrl}/api/v1/dev/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
      const codecCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('hoso_dev_codec_session='));
      return (codecCookie ?? '').split(';')[0] as string;
    };
    const admin = await signIn('demo-admin');
    const decoded = await codec('decode', { headers: { cookie: admin, origin: UI_ORIGIN } });
    expect(decoded.status).toBe(200);
    expect(JSON.parse(text(((await decoded.json()) as { payloads: JsonPayload[] }).payloads[0]?.data))).toMatchObject({ subject: { idNumber } });
    expect(await auditRowOf(decoded.headers.get('x-request-id'))).toMatchObject({ action: 'payloads.decode', user_id: 'demo-admin' });

    expect((await codec('decode', { headers: { cookie: await signIn('demo-police-x01') } })).status).toBe(403);
    // Only a session the development issuer signed counts; the console's own session cookie is not read here.
    const forged = `${admin.slice(0, -4)}AAAA`;
    expect((await codec('decode', { headers: { cookie: forged } })).status).toBe(401);
    expect((await codec('decode', { headers: { cookie: admin.replace('hoso_dev_codec_session', 'hoso_dev_session') } })).status).toBe(401);
  });
});
