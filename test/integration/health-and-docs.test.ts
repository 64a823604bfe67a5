import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


describeWithStack('health, readiness and API documentation', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${hoso.baseUrl}/healthz`);
    expect(response.status).toBe(200);
  });

  it('reports Temporal, PostgreSQL and MinIO reachable on /readyz, and the audit rows waiting', async () => {
    const response = await fetch(`${hoso.baseUrl}/readyz`);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { postgres: 'ok', temporal: 'ok', minio: 'ok' },
      auditBacklog: { queued: 0, spooled: 0, total: 0 },
    });
    expect(response.status).toBe(200);
  });

  it('serves an OpenAPI 3.1 document with every action, and an interactive page', async () => {
    const spec = (await (await fetch(`${hoso.baseUrl}/api/openapi.json`)).json()) as { openapi: string; paths: object };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/dossiers', '/api/v1/dossiers/{id}', '/api/v1/dossiers/{id}/actions/court-decide']),
    );
    const page = await fetch(`${hoso.baseUrl}/api/docs`);
    expect(await page.text()).toContain('<script src="/api/docs/setup.js">');
    expect(await (await fetch(`${hoso.baseUrl}/api/docs/setup.js`)).text()).toContain('SwaggerUIBundle');
    expect((await fetch(`${hoso.baseUrl}/api/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });

  it('refuses API calls without a valid token', async () => {
    const response = await fetch(`${hoso.baseUrl}/api/v1/dossiers/00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
