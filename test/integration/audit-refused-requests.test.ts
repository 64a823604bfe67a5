import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import postgres from 'postgres';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

const RATE_LIMIT = 5;

/** Every request under /api/v1 leaves a row, the ones refused before any route saw them included (docs/decisions/0006). */
describeWithStack('the audit trail of refused requests', () => {
  let hoso: Hoso;
  let sql: postgres.Sql;
  let stopped = false;
  const dossierId = randomUUID();
  const actionUrl = `/api/v1/dossiers/${dossierId}/actions/record-violation`;

  beforeAll(async () => {
    hoso = await startHoso({ env: { RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: String(RATE_LIMIT) } });
    // Its own connection: the last test stops the harness, whose rows are then read.
    sql = postgres(process.env.DATABASE_URL as string, { max: 1, onnotice: () => undefined });
  }, 120_000);
  afterAll(async () => {
    if (!stopped) await hoso?.stop();
    await sql?.end();
  });

  const rowsOf = (requestId: string) =>
    sql<{ action: string; dossierId: string | null; userId: string | null; outcome: string; httpStatus: number; details: Record<string, unknown> }[]>`
      SELECT action, dossier_id AS "dossierId", user_id AS "userId", outcome, http_status AS "httpStatus", details FROM audit_log WHERE request_id = ${requestId}`;

  async function send(body: string | Buffer, headers: Record<string, string>) {
    const requestId = `probe-${randomUUID()}`;
    const response = await fetch(`${hoso.baseUrl}${actionUrl}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await hoso.tokenOf('demo-police-x01')}`, 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
      body,
    });
    return { requestId, status: response.status, headers: response.headers, problem: (await response.json()) as { code: string; title: string } };
  }

  it('records a body the parser refuses as malformed (400), as it records an invalid one (422)', async () => {
    const malformed = await send('{"description":', {});
    expect(malformed).toMatchObject({ status: 400, problem: { code: 'malformed-body' } });
    // Refused before authentication: the row names the action and the dossier, and no user (the token was not read).
    expect(await rowsOf(malformed.requestId)).toEqual([
      { action: 'dossier.action.record-violation', dossierId, userId: null, outcome: 'refused', httpStatus: 400, details: {} },
    ]);
    const invalid = await send('{"description":1}', {});
    expect(invalid.status).toBe(404); // no such dossier: the body is not even looked at
    expect(await rowsOf(invalid.requestId)).toHaveLength(1);
  });

  it('refuses a compressed body with 415 and records it; a body over 1 MB gets 413 and is recorded', async () => {
    for (const encoding of ['gzip', 'br', 'deflate', 'x-unknown']) {
      const compressed = await send(encoding === 'gzip' ? gzipSync('{}') : Buffer.from('not compressed at all'), { 'content-encoding': encoding });
      expect(compressed).toMatchObject({ status: 415, problem: { code: 'unsupported-content-encoding', title: expect.stringMatching(/nén/) } });
      expect(compressed.headers.get('accept-encoding')).toBe('identity');
      expect(await rowsOf(compressed.requestId)).toMatchObject([{ action: 'dossier.action.record-violation', outcome: 'refused', httpStatus: 415 }]);
    }
    const large = await send(JSON.stringify({ description: 'x'.repeat(1_100_000) }), {});
    expect(large).toMatchObject({ status: 413, problem: { code: 'body-too-large' } });
    expect(await rowsOf(large.requestId)).toMatchObject([{ outcome: 'refused', httpStatus: 413 }]);
    const utf42 = await send('{}', { 'content-type': 'application/json; charset=utf-42' });
    expect(utf42).toMatchObject({ status: 415, problem: { code: 'unsupported-charset' } });
    expect(await rowsOf(utf42.requestId)).toMatchObject([{ outcome: 'refused', httpStatus: 415 }]);
  });

  it('records a request refused for want of a token (401)', async () => {
    const requestId = `probe-${randomUUID()}`;
    const response = await fetch(`${hoso.baseUrl}${actionUrl}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: '{}' });
    expect(response.status).toBe(401);
    expect(await rowsOf(requestId)).toMatchObject([{ action: 'dossier.action.record-violation', userId: null, outcome: 'refused', httpStatus: 401 }]);
  });

  it('keeps requests refused by the rate limit as one row with their count, not a row each', async () => {
    const since = new Date();
    let limited = 0;
    for (let sent = 0; sent < RATE_LIMIT * 3; sent++) {
      const response = await fetch(`${hoso.baseUrl}/api/v1/me`, { headers: { 'x-request-id': `flood-${sent}` } });
      if (response.status === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
    stopped = true;
    await hoso.stop(); // the writer's close writes the summary of the minute under way
    const rows = await sql<{ count: number }[]>`
      SELECT (details->>'count')::int AS count FROM audit_log WHERE action = 'api.rate-limited' AND http_status = 429 AND at >= ${since}`;
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThanOrEqual(limited);
  });
});
