import { randomUUID } from 'node:crypto';
import type { DossierView } from '../../workflows/dossier-view';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { toDecision } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/**
 * Issue 13 part 5 and part 6's first point, through HTTP on the real stack: security headers, `no-store` on personal
 * data, 401 challenges, rate limits, the refusal of a duplicate opening, reviewers' reach, and one action per request.
 * The API believes X-Forwarded-For from the loopback here, so that each case counts from an address of its own.
 */
describeWithStack('the HTTP edge', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso({
      env: {
        API_TRUST_PROXY: 'loopback',
        RATE_LIMIT_VERIFY_PER_MINUTE: '3',
        RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '5',
        RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '4',
      },
    });
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { 'x-forwarded-for': address, ...headers } });
  const opened = async (as = 'demo-police-x01') => {
    const answer = await openThroughApi(hoso, { as });
    expect(answer.status).toBe(201);
    return answer.body as DossierView;
  };

  describe('headers', () => {
    it('serves the console and the API under a Content-Security-Policy the console works with, and no HSTS on http', async () => {
      const page = await fetch(`${hoso.baseUrl}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const policy = page.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'self'", "frame-src 'self' blob:"]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('strict-transport-security')).toBeNull();
      // The build runs under `script-src 'self'` only if it has no inline script.
      expect(await page.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const docs = await fetch(`${hoso.baseUrl}/api/docs`);
      expect(docs.headers.get('content-security-policy')).toBe(policy);
      expect(await docs.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect((await hoso.call('demo-police-x01', 'GET', '/api/v1/me')).headers.get('content-security-policy')).toBe(policy);
    });

    it('answers every read of personal data with Cache-Control: no-store', async () => {
      const view = await opened();
      const id = view.dossierId;
      for (const route of [
        `/api/v1/dossiers/${id}`,
        '/api/v1/dossiers',
        '/api/v1/dossiers?q=Le%20Van%20Binh',
        `/api/v1/dossiers/${id}/history`,
        `/api/v1/dossiers/${id}/documents`,
        '/api/v1/inbox',
        '/api/v1/me',
      ]) {
        const answer = await hoso.call('demo-police-x01', 'GET', route);
        expect([route, answer.status, answer.headers.get('cache-control')]).toEqual([route, 200, 'no-store']);
      }
      const acted = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/request-determination`, { healthFacilityCode: 'DEMO-YT01' });
      expect([acted.status, acted.headers.get('cache-control')]).toEqual([200, 'no-store']);
    });

    it('challenges with Bearer on every 401, and says invalid_token for a token refused', async () => {
      const without = await fetch(`${hoso.baseUrl}/api/v1/inbox`, from('198.51.100.10'));
      expect(without.status).toBe(401);
      expect(without.headers.get('www-authenticate')).toBe('Bearer realm="hoso"');
      const refused = await fetch(`${hoso.baseUrl}/api/v1/inbox`, from('198.51.100.10', { authorization: 'Bearer not-a-token' }));
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm="hoso", error="invalid_token", error_description="[^"]+"$/);
      const noSession = await fetch(`${hoso.baseUrl}/api/v1/dev/session/renew`, { method: 'POST', ...from('198.51.100.10') });
      expect(noSession.status).toBe(401);
      expect(noSession.headers.get('www-authenticate')).toBe('Bearer realm="hoso"');
    });
  });

  describe('rate limits', () => {
    const expectLimited = async (response: Response) => {
      expect(response.status).toBe(429);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ status: 429, code: 'rate-limited', title: expect.stringContaining('Quá nhiều yêu cầu') });
    };

    it('limits /verify per address, and another address is not affected', async () => {
      for (let i = 0; i < 3; i++) expect((await fetch(`${hoso.baseUrl}/api/v1/verify/0000-0000-0000`, from('203.0.113.1'))).status).toBe(404);
      await expectLimited(await fetch(`${hoso.baseUrl}/api/v1/verify/0000-0000-0000`, from('203.0.113.1')));
      expect((await fetch(`${hoso.baseUrl}/api/v1/verify/0000-0000-0000`, from('203.0.113.2'))).status).toBe(404);
    });

    it('limits traffic without a token per address, and not the signed-in officers behind the same address', async () => {
      for (let i = 0; i < 5; i++) expect((await fetch(`${hoso.baseUrl}/api/v1/auth/config`, from('203.0.113.3'))).status).toBe(200);
      await expectLimited(await fetch(`${hoso.baseUrl}/api/v1/auth/config`, from('203.0.113.3')));
      await expectLimited(await fetch(`${hoso.baseUrl}/api/v1/inbox`, from('203.0.113.3')));
      const signedIn = await fetch(`${hoso.baseUrl}/api/v1/inbox`, from('203.0.113.3', { authorization: `Bearer ${await hoso.tokenOf('demo-police-x01')}` }));
      expect(signedIn.status).toBe(200);
    });

    it('limits refused tokens per address: past the limit a token from there is answered 429 without being checked', async () => {
      const bad = from('203.0.113.4', { authorization: 'Bearer not-a-token' });
      for (let i = 0; i < 4; i++) expect((await fetch(`${hoso.baseUrl}/api/v1/inbox`, bad)).status).toBe(401);
      await expectLimited(await fetch(`${hoso.baseUrl}/api/v1/inbox`, bad));
      const good = `Bearer ${await hoso.tokenOf('demo-police-x01')}`;
      await expectLimited(await fetch(`${hoso.baseUrl}/api/v1/inbox`, from('203.0.113.4', { authorization: good })));
      expect((await fetch(`${hoso.baseUrl}/api/v1/inbox`, from('203.0.113.5', { authorization: good }))).status).toBe(200);
    });
  });

  describe('who learns of a dossier', () => {
    it('names the open dossier in the refusal of a second opening only to a caller who may read it', async () => {
      const idNumber = uniqueIdNumber();
      const first = await openThroughApi(hoso, { idNumber });
      expect(first.status).toBe(201);
      const { dossierId, code } = first.body as DossierView;

      const owner = await openThroughApi(hoso, { idNumber });
      expect(owner.status).toBe(409);
      expect(owner.body).toMatchObject({ code: 'active-dossier-exists', existingDossierId: dossierId, existingDossier: `/api/v1/dossiers/${dossierId}` });
      expect((owner.body as { title: string }).title).toContain(code);

      const otherCommune = await openThroughApi(hoso, { idNumber, as: 'demo-police-x02' });
      expect(otherCommune.status).toBe(409);
      expect(otherCommune.body).toMatchObject({ code: 'active-dossier-exists' });
      expect(otherCommune.body).not.toHaveProperty('existingDossierId');
      expect(otherCommune.body).not.toHaveProperty('existingDossier');
      expect(JSON.stringify(otherCommune.body)).not.toContain(code);
      expect(JSON.stringify(otherCommune.body)).not.toContain(dossierId);
    });
  });

  describe('one action per request (the Update id)', () => {
    const attach = (dossierId: string, headers: Record<string, string> = {}) =>
      hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${dossierId}/actions/attach-document`, { title: 'Biên bản xác minh nơi cư trú' }, headers);
    const versionOf = async (dossierId: string) => ((await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`)).body as DossierView).version;

    it('acts once on the same request sent twice at once, and again on the same action taken on what the first produced', async () => {
      const { dossierId } = await opened();
      await actThroughApi(hoso, dossierId, toDecision(() => undefined).slice(0, 2));
      const before = await versionOf(dossierId);

      // Without Idempotency-Key or If-Match: the same request within the window.
      const twice = await Promise.all([attach(dossierId), attach(dossierId)]);
      expect(twice.map((answer) => answer.status)).toEqual([200, 200]);
      expect(await versionOf(dossierId)).toBe(before + 1);
      expect(twice.map((answer) => (answer.body as DossierView).version)).toEqual([before + 1, before + 1]);

      // With If-Match: based on the version the caller saw. Sent twice at once it acts once (the second may also meet
      // the version the first produced, and be told it is stale); sent again on the new version, it acts again.
      const basedOn = { 'if-match': `"${before + 1}"` };
      const again = await Promise.all([attach(dossierId, basedOn), attach(dossierId, basedOn)]);
      expect(again.map((answer) => answer.status)).toContain(200);
      for (const answer of again) expect([200, 412]).toContain(answer.status);
      expect(await versionOf(dossierId)).toBe(before + 2);
      expect((await attach(dossierId, { 'if-match': `"${before + 2}"` })).status).toBe(200);
      expect(await versionOf(dossierId)).toBe(before + 3);

      // With an Idempotency-Key: one request however often it is sent.
      const key = { 'idempotency-key': randomUUID() };
      const keyed = await Promise.all([attach(dossierId, key), attach(dossierId, key)]);
      expect(keyed.map((answer) => answer.status)).toContain(200);
      expect(await versionOf(dossierId)).toBe(before + 4);
    });

    it('takes over a key left in progress by a process that died, and an opening sent again finds the dossier it began', async () => {
      const request = { idempotencyKey: randomUUID(), idNumber: uniqueIdNumber(), fullName: 'Phan Văn Lạc' };
      const first = await openThroughApi(hoso, request);
      expect(first.status).toBe(201);
      // The replica that began it died before keeping its answer: the key is still "in progress", for a while…
      const leftInProgress = (age: string) =>
        hoso.sql`UPDATE idempotency_keys SET status = NULL, response = NULL, created_at = now() - ${age}::interval WHERE key = ${request.idempotencyKey}`;
      await leftInProgress('5 seconds');
      const meanwhile = await openThroughApi(hoso, request);
      expect([meanwhile.status, (meanwhile.body as { code?: string }).code]).toEqual([409, 'idempotency-in-progress']);
      // …and past its lease, the same request is carried out again: the dossier the first one opened, not a second.
      await leftInProgress('2 minutes');
      const again = await openThroughApi(hoso, request);
      expect(again.status).toBe(201);
      expect((again.body as DossierView).dossierId).toBe((first.body as DossierView).dossierId);
    });
  });
});
