import { createLogger } from '../../config/logger';
import type { DossierView } from '../../workflows/dossier-view';
import { actThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/**
 * Issue 13 part 7 through HTTP on the real stack: the API's log says who did what to which dossier by ids and route
 * patterns, never with the person's name, ID number or what was typed; `/metrics` counts requests by route pattern and
 * answers a scraper on this machine or one with the token. X-Forwarded-For from the loopback is believed here, so that
 * a request can come from elsewhere.
 */
describeWithStack('observability without personal data', () => {
  const METRICS_TOKEN = 'metrics-token-for-the-observability-test';
  const lines: string[] = [];
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso({
      env: { API_TRUST_PROXY: 'loopback', METRICS_TOKEN },
      logger: createLogger({ name: 'hoso-api', level: 'info', destination: { write: (line: string) => void lines.push(line) } }),
    });
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const fullName = 'Trịnh Thị Nguyệt Quế';
  const idNumber = uniqueIdNumber();
  const freeText = 'Tàng trữ trái phép tại nhà văn hóa thôn Quế Võ';

  /** The log lines written while `act` ran, once every answer's line is out. */
  async function logOf(act: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
    const before = lines.length;
    await act();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('logs one line per request by request id, route pattern, status and user, and no name, ID number or typed text', async () => {
    let dossierId = '';
    const token = await hoso.tokenOf('demo-police-x01');
    const logged = await logOf(async () => {
      const opened = await hoso.call(
        'demo-police-x01',
        'POST',
        '/api/v1/dossiers',
        {
          subject: { fullName, dateOfBirth: '1991-03-08', sex: 'female', idNumber, residence: 'Thôn Quế Võ, xã Tiên Du', hasStableResidence: true },
          trigger: 'art32-b',
          priorPlacements: 0,
          detectedOn: '2026-09-01',
        },
        { 'x-request-id': 'obs-open' },
      );
      expect(opened.status).toBe(201);
      dossierId = (opened.body as DossierView).dossierId;
      await actThroughApi(hoso, dossierId, [
        ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
        ['health_facility', 'record-determination', { result: 'addicted' }],
      ]);
      const violation = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${dossierId}/actions/record-violation`, { description: freeText }, { 'x-request-id': 'obs-act' });
      expect(violation.status).toBe(200);
      // A search by name and by ID number travels in the query string.
      expect((await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers?q=${encodeURIComponent(fullName)}`, undefined, { 'x-request-id': 'obs-search' })).status).toBe(200);
      // A 422 that quotes the caller's input: the unknown query key is the ID number.
      const refused = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers?${idNumber}=${encodeURIComponent(fullName)}`, undefined, { 'x-request-id': 'obs-refused' });
      expect(refused.status).toBe(422);
      expect(JSON.stringify(refused.body)).toContain(idNumber);
    });

    const text = JSON.stringify(logged);
    // Nor the caller's own name (Trần Văn Hùng, in the token), nor the token.
    for (const secret of [fullName, idNumber, freeText, 'Quế Võ', 'Trần Văn Hùng', token]) expect(text).not.toContain(secret);
    const requestLine = (requestId: string) => logged.find((line) => line.requestId === requestId && line.msg === 'request');
    expect(requestLine('obs-open')).toMatchObject({ level: 'info', name: 'hoso-api', method: 'POST', route: '/api/v1/dossiers', status: 201, userId: 'demo-police-x01', role: 'commune_police' });
    expect(requestLine('obs-act')).toMatchObject({ method: 'POST', route: '/api/v1/dossiers/:id/actions/:action', status: 200 });
    expect(requestLine('obs-search')).toMatchObject({ method: 'GET', route: '/api/v1/dossiers', status: 200 });
    expect(requestLine('obs-refused')).toMatchObject({ route: '/api/v1/dossiers', status: 422 });
    expect(requestLine('obs-act')?.durationMs).toEqual(expect.any(Number));
    // One line per request: the open, two steps through actThroughApi, the violation, the search and the refusal.
    expect(logged.filter((line) => line.msg === 'request')).toHaveLength(6);
  });

  describe('/metrics', () => {
    const metrics = (headers: Record<string, string> = {}) => fetch(`${hoso.baseUrl}/metrics`, { headers });

    it('counts requests and their latency by route pattern and status, with the audit backlog and the process metrics', async () => {
      expect((await hoso.call('demo-police-x01', 'GET', '/api/v1/me')).status).toBe(200);
      const answer = await metrics();
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await answer.text();
      expect(text).toMatch(/^hoso_http_requests_total\{method="GET",route="\/api\/v1\/me",status="200"\} [1-9]/m);
      expect(text).toMatch(/^hoso_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/api\/v1\/me",status="200"\} \d+/m);
      expect(text).toMatch(/^hoso_audit_backlog_rows\{where="spool"\} 0$/m);
      expect(text).toMatch(/^hoso_audit_backlog_rows\{where="memory"\} \d+$/m);
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      // Route patterns, not paths: the dossiers acted on above add no label of their own.
      expect(text).not.toMatch(/route="\/api\/v1\/dossiers\/[0-9a-f]{8}-/);
    });

    it('is refused to a client elsewhere without the token, and answered with it', async () => {
      const elsewhere = { 'x-forwarded-for': '203.0.113.9' };
      const refused = await metrics(elsewhere);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'metrics-forbidden' });
      expect((await metrics({ ...elsewhere, authorization: 'Bearer not-the-metrics-token' })).status).toBe(403);
      // An API token is not a metrics token.
      expect((await metrics({ ...elsewhere, authorization: `Bearer ${await hoso.tokenOf('demo-admin')}` })).status).toBe(403);
      const answered = await metrics({ ...elsewhere, authorization: `Bearer ${METRICS_TOKEN}` });
      expect(answered.status).toBe(200);
      expect(await answered.text()).toContain('hoso_http_requests_total');
    });
  });
});
