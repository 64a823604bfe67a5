import type { Connection } from '@temporalio/client';
import { buildApi } from '../../api/build-api';
import { demoUnits, demoUsers } from '../../config/demo-data';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { countdownOf } from '../../domain/dossier/countdown';
import { getRegime } from '../../domain/procedure';
import { AuthConfigSchema, SignedInUserSchema } from '../../domain/schemas/auth';
import { DevSessionSchema, DevUserListSchema } from '../../domain/schemas/dev-session';
import { DossierHistoryPageSchema, type DossierHistoryEntry } from '../../domain/schemas/dossier-history';
import { DossierViewSchema, type DossierViewResponse } from '../../domain/schemas/dossier-view';
import { loadCalendarYears } from '../../store/calendar-years';
import { encodeCursor } from '../../store/keyset';
import { openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/** Polls `check` until it stops throwing: audit rows are appended just after each answer is sent, later on a loaded machine. */
async function eventually<T>(check: () => Promise<T>, withinMs = 20_000): Promise<T> {
  for (const deadline = Date.now() + withinMs; ; ) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The answer, checked against its zod schema exactly: parsing drops unknown members, so equality means none. */
function asDossier(body: unknown): DossierViewResponse {
  const parsed = DossierViewSchema.safeParse(body);
  if (!parsed.success) throw new Error(`GET /dossiers/:id does not match its schema: ${JSON.stringify(parsed.error.issues)}`);
  expect(parsed.data).toEqual(body);
  return parsed.data;
}

/**
 * Issue 12 part 1: what the web console stands on. One dossier read from the PostgreSQL projection with what the
 * caller may do now and each deadline's countdown; its version as ETag and If-Match; the dossier's audit history;
 * the development sign-in.
 */
describeWithStack('the API contract of the console', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const read = (as: string, dossierId: string) => hoso.call(as, 'GET', `/api/v1/dossiers/${dossierId}`);
  const act = (as: string, dossierId: string, action: string, body: object, headers: Record<string, string> = {}) =>
    hoso.call(as, 'POST', `/api/v1/dossiers/${dossierId}/actions/${action}`, body, headers);

  async function opened(): Promise<string> {
    const result = await openThroughApi(hoso, { idNumber: uniqueIdNumber() });
    expect(result.status).toBe(201);
    return (result.body as { dossierId: string }).dossierId;
  }

  describe('GET /dossiers/:id', () => {
    it('answers from the PostgreSQL projection, not from the workflow', async () => {
      const dossierId = await opened();
      await hoso.sql`UPDATE dossiers SET state = jsonb_set(state, '{stepTitle}', '"Bước theo bản chiếu"') WHERE id = ${dossierId}`;
      const result = await read('demo-police-x01', dossierId);
      expect(result.status).toBe(200);
      expect(result.body.stepTitle).toBe('Bước theo bản chiếu');
      // Out of reach is still not there.
      expect((await read('demo-police-x02', dossierId)).status).toBe(404);
    });

    it('validates exactly against the zod schema the console imports, with the version as ETag', async () => {
      const dossierId = await opened();
      const result = await read('demo-police-x01', dossierId);
      const view = asDossier(result.body);
      expect(result.headers.get('etag')).toBe(`"${view.version}"`);
      const after = await act('demo-police-x01', dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
      expect(after.status).toBe(200);
      // The units it names come with their official names, so that no page shows a bare code.
      expect(asDossier(after.body).unitNames).toEqual({ 'DEMO-X01': 'Xã Tiên Du', 'DEMO-YT01': 'Trung tâm Y tế khu vực Tiên Du' });
      asDossier((await read('demo-health-yt01', dossierId)).body);
      asDossier((await read('demo-supervisor-t01', dossierId)).body);
    });

    it('offers each caller what its role may do at the dossier’s step, in its own unit only, titled as the law names it', async () => {
      const dossierId = await opened();
      const regime = getRegime('2026');
      const offered = async (as: string) => asDossier((await read(as, dossierId)).body).availableActions;

      const police = await offered('demo-police-x01');
      expect(police).toContainEqual({ action: 'request-determination', title: regime.actions['request-determination'].title, bodySchema: 'request-determination' });
      for (const { action } of police) {
        expect(regime.actions[action].by).toContain('commune_police');
        expect(regime.actions[action].at).toContain('determination');
      }
      expect(await offered('demo-supervisor-t01')).toEqual([]);
      // Commune police is the dossier's; the People's Committee of the same commune acts later, at other steps.
      expect((await offered('demo-committee-x01')).map((offer) => offer.action)).not.toContain('request-determination');

      // Without If-Match an action is taken as before; its answer is the acting user's fresh view, with what they may do next.
      const answered = await act('demo-police-x01', dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
      expect(answered.status).toBe(200);
      expect(asDossier(answered.body).availableActions).toEqual(police);
      // The health facility the determination was requested from now reads the dossier, and may record the result.
      expect((await offered('demo-health-yt01')).map((offer) => offer.action)).toContain('record-determination');
    });

    it('counts each running deadline in working days by the calendar in PostgreSQL, or the working days it is overdue', async () => {
      const calendar = new WorkingCalendar(await loadCalendarYears(hoso.sql));
      const late = await opened();
      // Requested in September: the health facility's 5 days ended long ago.
      expect((await act('demo-police-x01', late, 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2026-09-03' })).status).toBe(200);
      const lateView = asDossier((await read('demo-health-yt01', late)).body);
      const today = civilDateAt(new Date());
      const overdue = lateView.deadlines.find((deadline) => deadline.id === 'determination.result');
      expect((overdue?.dueOn ?? today) < today).toBe(true);
      expect(overdue).toMatchObject({ dueAt: expect.any(String), workingDaysLeft: null });
      expect(overdue?.overdueWorkingDays).toBeGreaterThan(0);
      expect(overdue?.overdueWorkingDays).toBe(countdownOf(calendar, overdue?.dueOn ?? '', today).overdueWorkingDays);

      const fresh = await opened();
      expect((await act('demo-police-x01', fresh, 'request-determination', { healthFacilityCode: 'DEMO-YT01' })).status).toBe(200);
      const running = asDossier((await read('demo-health-yt01', fresh)).body).deadlines.find((deadline) => deadline.id === 'determination.result');
      expect(running?.dueAt).toEqual(expect.any(String));
      expect(running?.overdueWorkingDays).toBeNull();
      expect(running?.workingDaysLeft).toBe(countdownOf(calendar, running?.dueOn ?? '', civilDateAt(new Date())).workingDaysLeft);
    });
  });

  describe('If-Match on actions', () => {
    it('refuses an action sent on a version that is no longer current (412 stale-version), and records nothing', async () => {
      const dossierId = await opened();
      const first = await read('demo-police-x01', dossierId);
      const seen = first.headers.get('etag') as string;
      const version = (first.body as DossierViewResponse).version;

      const stale = await act('demo-police-x01', dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' }, { 'if-match': `"${version + 5}"` });
      expect(stale.status).toBe(412);
      expect(stale.headers.get('content-type')).toContain('application/problem+json');
      expect(stale.body).toMatchObject({ code: 'stale-version', currentVersion: version, title: expect.stringContaining('Hồ sơ đã được cập nhật') });
      expect((await read('demo-police-x01', dossierId)).body.version).toBe(version);

      const current = await act('demo-police-x01', dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' }, { 'if-match': seen });
      expect(current.status).toBe(200);
      const next = (current.body as DossierViewResponse).version;
      expect(next).toBeGreaterThan(version);
      // The Update's answer carries the new version, ready for the next If-Match.
      expect(current.headers.get('etag')).toBe(`"${next}"`);

      // The health facility acts on what it saw before the commune's action: refused, told the version now.
      const late = await act('demo-health-yt01', dossierId, 'record-determination', { result: 'addicted' }, { 'if-match': seen });
      expect(late.status).toBe(412);
      expect(late.body.currentVersion).toBe(next);
      // If-Match compares strongly: a weak tag of the current version is refused; the strong one acts.
      const weak = await act('demo-health-yt01', dossierId, 'record-determination', { result: 'addicted' }, { 'if-match': `W/"${next}"` });
      expect(weak.status).toBe(412);
      const strong = await act('demo-health-yt01', dossierId, 'record-determination', { result: 'addicted' }, { 'if-match': `"${next}"` });
      expect(strong.status).toBe(200);
      expect(strong.headers.get('etag')).toBe(`"${(strong.body as DossierViewResponse).version}"`);
    });
  });

  describe('answers on a weak link', () => {
    it('go out gzipped to a client that takes it, and whole to one that does not', async () => {
      // A dossier's answer is several KB: past the 1 KB under which compressing is not worth it.
      const route = `/api/v1/dossiers/${await opened()}`;
      const zipped = await hoso.call('demo-police-x01', 'GET', route, undefined, { 'accept-encoding': 'gzip' });
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      const plain = await hoso.call('demo-police-x01', 'GET', route, undefined, { 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
      // fetch() decodes what it is sent: the same dossier either way (at the same version: its forms are issued in
      // the background, so the documents may arrive between the two reads).
      const { documents: _zippedDocuments, ...zippedDossier } = zipped.body as DossierViewResponse;
      const { documents: _plainDocuments, ...plainDossier } = plain.body as DossierViewResponse;
      expect(zippedDossier).toEqual(plainDossier);
    });
  });

  describe('GET /dossiers/:id/history', () => {
    const history = (as: string, dossierId: string, query: Record<string, string> = {}) =>
      hoso.call(as, 'GET', `/api/v1/dossiers/${dossierId}/history?${new URLSearchParams(query)}`);

    it('tells the owning commune police and the supervisors who did or read what, newest first, in keyset pages', async () => {
      const fullName = 'Khúc Thị Thanh Nhàn';
      const idNumber = uniqueIdNumber();
      const openedResult = await openThroughApi(hoso, { fullName, idNumber });
      const dossierId = (openedResult.body as { dossierId: string }).dossierId;
      await read('demo-supervisor-t01', dossierId);
      await act('demo-police-x01', dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
      await read('demo-health-yt01', dossierId);
      await read('demo-police-x02', dossierId); // refused (out of reach), and recorded as such

      const all = await eventually(async () => {
        const entries: DossierHistoryEntry[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const result = await history('demo-police-x01', dossierId, { limit: '2', ...(cursor ? { cursor } : {}) });
          expect(result.status).toBe(200);
          const page = DossierHistoryPageSchema.parse(result.body);
          expect(page).toEqual(result.body);
          expect(page.items.length).toBeLessThanOrEqual(2);
          entries.push(...page.items);
          cursor = page.nextCursor;
          pages++;
        } while (cursor);
        const actions = entries.map((entry) => `${entry.action} ${entry.userId} ${entry.outcome}`);
        expect(actions).toEqual(
          expect.arrayContaining([
            'dossier.open demo-police-x01 ok',
            'dossier.read demo-supervisor-t01 ok',
            'dossier.action.request-determination demo-police-x01 ok',
            'dossier.read demo-health-yt01 ok',
            'dossier.read demo-police-x02 refused',
          ]),
        );
        expect(pages).toBeGreaterThanOrEqual(3);
        return entries;
      });
      const seqs = all.map((entry) => entry.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(all.find((entry) => entry.action === 'dossier.open')).toMatchObject({ role: 'commune_police', unitCode: 'DEMO-X01', httpStatus: 201 });
      // Ids and codes only: nothing of the person.
      const text = JSON.stringify(all);
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain('Khúc');

      const supervised = await history('demo-supervisor-t01', dossierId);
      expect(supervised.status).toBe(200);
      // Reading the history is itself recorded.
      await eventually(async () => {
        const latest = await history('demo-supervisor-t01', dossierId, { limit: '5' });
        expect((latest.body.items as DossierHistoryEntry[]).map((entry) => `${entry.action} ${entry.userId}`)).toContain('dossier.history.read demo-supervisor-t01');
      });
    });

    it('refuses other roles (403), other communes and other areas (404), and forged pages (400)', async () => {
      const dossierId = await opened();
      await act('demo-police-x01', dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
      // The health facility is assigned to the dossier, but the history is not for it.
      for (const as of ['demo-health-yt01', 'demo-committee-x01', 'demo-admin']) {
        const refused = await history(as, dossierId);
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('role-not-permitted');
      }
      expect((await history('demo-police-x02', dossierId)).status).toBe(404);
      const otherArea = await hoso.call({ userId: 'supervisor-elsewhere', name: 'Giám sát', role: 'supervisor', unitCode: 'DEMO-T99' }, 'GET', `/api/v1/dossiers/${dossierId}/history`);
      expect(otherArea.status).toBe(404);
      expect((await history('demo-police-x01', '00000000-0000-4000-8000-000000000000')).status).toBe(404);

      for (const cursor of ['bm90LWEtY3Vyc29y', encodeCursor(['0']), encodeCursor(['x']), encodeCursor(['1', '2'])]) {
        const forged = await history('demo-police-x01', dossierId, { cursor });
        expect(forged.status).toBe(400);
        expect(forged.body.code).toBe('invalid-cursor');
      }
      expect((await history('demo-police-x01', dossierId, { limit: '0' })).status).toBe(422);
    });
  });

  describe('how the console signs in', () => {
    it('is told the mode without a token: here, the development sign-in', async () => {
      const answer = await fetch(`${hoso.baseUrl}/api/v1/auth/config`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-cache');
      const body: unknown = await answer.json();
      expect(AuthConfigSchema.parse(body)).toEqual(body);
      expect(body).toEqual({ mode: 'dev' });
    });

    it('asks who a token is for, as the API reads it: name, role and unit', async () => {
      const { status, body } = await hoso.call('demo-police-x01', 'GET', '/api/v1/me');
      expect(status).toBe(200);
      expect(SignedInUserSchema.parse(body)).toEqual(body);
      expect(body).toEqual({ userId: 'demo-police-x01', name: 'Trần Văn Hùng', role: 'commune_police', unitCode: 'DEMO-X01', unitName: 'Xã Tiên Du' });
      expect((await fetch(`${hoso.baseUrl}/api/v1/me`)).status).toBe(401);
    });
  });

  describe('the development sign-in', () => {
    it('lists the demo users and signs in as one for 8 hours, without a token', async () => {
      const users = await fetch(`${hoso.baseUrl}/api/v1/dev/users`);
      expect(users.status).toBe(200);
      const listed = DevUserListSchema.parse(await users.json());
      expect(listed.users).toHaveLength(demoUsers.length);
      expect(listed.users).toContainEqual({
        userId: 'demo-police-x01',
        name: 'Trần Văn Hùng',
        role: 'commune_police',
        unitCode: 'DEMO-X01',
        unitName: demoUnits.find((unit) => unit.code === 'DEMO-X01')?.name,
      });

      const session = await fetch(`${hoso.baseUrl}/api/v1/dev/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'demo-health-yt01' }),
      });
      expect(session.status).toBe(201);
      const { token, expiresAt } = DevSessionSchema.parse(await session.json());
      const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { sub: string; role: string; unit: string; iat: number; exp: number };
      expect(claims).toMatchObject({ sub: 'demo-health-yt01', role: 'health_facility', unit: 'DEMO-YT01' });
      expect(claims.exp - claims.iat).toBe(8 * 3600);
      expect(Math.abs(Date.parse(expiresAt) / 1000 - claims.exp)).toBeLessThan(5);
      // The token is a session like any other.
      const inbox = await fetch(`${hoso.baseUrl}/api/v1/inbox`, { headers: { authorization: `Bearer ${token}` } });
      expect(inbox.status).toBe(200);

      const unknown = await fetch(`${hoso.baseUrl}/api/v1/dev/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'someone-else' }),
      });
      expect(unknown.status).toBe(422);
      expect(((await unknown.json()) as { code: string }).code).toBe('unknown-demo-user');
    });

    it('keeps the sign-in, not the token, in an HttpOnly cookie that renews the token after a reload, until sign-out', async () => {
      const dev = (route: string, init: RequestInit = {}) => fetch(`${hoso.baseUrl}/api/v1/dev${route}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
      const signedIn = await dev('/session', { method: 'POST', body: JSON.stringify({ userId: 'demo-police-x01' }) });
      expect(signedIn.status).toBe(201);
      const [setCookie = '', setCodecCookie = ''] = signedIn.headers.getSetCookie();
      expect(setCookie).toMatch(/^hoso_dev_session=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=28800; Path=\/api\/v1\/dev\/session; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
      // The same sign-in for the codec server alone, which the dev server's Temporal UI calls with the browser's cookies.
      expect(setCodecCookie).toMatch(/^hoso_dev_codec_session=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=28800; Path=\/api\/v1\/codec; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
      const cookie = setCookie.split(';')[0] as string;
      const session = cookie.split('=')[1] as string;
      // What the cookie holds signs nobody in to the API.
      expect((await fetch(`${hoso.baseUrl}/api/v1/inbox`, { headers: { authorization: `Bearer ${session}` } })).status).toBe(401);

      // A reload: the page has no token, the browser sends the cookie, and the API renews the token.
      const renewed = await dev('/session/renew', { method: 'POST', headers: { cookie } });
      expect(renewed.status).toBe(200);
      const { token, user } = DevSessionSchema.parse(await renewed.json());
      expect(user).toMatchObject({ userId: 'demo-police-x01', role: 'commune_police', unitCode: 'DEMO-X01' });
      expect((await fetch(`${hoso.baseUrl}/api/v1/inbox`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

      // Without the cookie, or with a forged one, there is nothing to renew.
      for (const headers of [{}, { cookie: `hoso_dev_session=${session.slice(0, -4)}AAAA` }, { cookie: `hoso_dev_session=${token}` }] as Record<string, string>[]) {
        const refused = await dev('/session/renew', { method: 'POST', headers });
        expect(refused.status).toBe(401);
        expect(((await refused.json()) as { code: string }).code).toBe('no-session');
      }
      // Sign-out clears the cookie.
      const signedOut = await dev('/session', { method: 'DELETE', headers: { cookie } });
      expect(signedOut.status).toBe(204);
      const cleared = signedOut.headers.getSetCookie();
      expect(cleared[0]).toMatch(/^hoso_dev_session=; Path=\/api\/v1\/dev\/session; Expires=Thu, 01 Jan 1970/);
      expect(cleared[1]).toMatch(/^hoso_dev_codec_session=; Path=\/api\/v1\/codec; Expires=Thu, 01 Jan 1970/);
    });

    it('does not exist with AUTH_MODE=oidc (404), token or not: the console is sent to the provider instead', async () => {
      const issuer = { ...hoso.devIssuer, issue: hoso.tokenOf };
      const app = await buildApi({
        env: {
          ...hoso.env,
          AUTH_MODE: 'oidc',
          AUTH_ISSUER: 'https://sso.example.vn/realms/hoso',
          AUTH_JWKS_URL: 'https://sso.example.vn/realms/hoso/protocol/openid-connect/certs',
          AUTH_OIDC_CLIENT_ID: 'hoso-console',
          WEB_CONSOLE_DIR: '',
        },
        sql: hoso.sql,
        minio: hoso.minio,
        temporal: { client: hoso.temporal, connection: hoso.temporal.connection as Connection },
        jwks: { keys: [] },
        publicUrl: 'http://127.0.0.1',
        audit: hoso.audit,
        // Even handed an issuer, the API in oidc mode offers no development sign-in.
        devIssuer: issuer,
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', resolve));
      try {
        const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
        const token = await hoso.tokenOf('demo-police-x01');
        for (const headers of [{}, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
          expect((await fetch(`${base}/api/v1/dev/users`, { headers })).status).toBe(404);
          const session = await fetch(`${base}/api/v1/dev/session`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ userId: 'demo-police-x01' }),
          });
          expect(session.status).toBe(404);
        }
        // Everything else still asks for a token.
        expect((await fetch(`${base}/api/v1/inbox`)).status).toBe(401);
        // The console learns where to sign in: the provider (AUTH_ISSUER unless AUTH_OIDC_AUTHORITY), as which client.
        const config = await fetch(`${base}/api/v1/auth/config`);
        expect(config.status).toBe(200);
        const body: unknown = await config.json();
        expect(AuthConfigSchema.parse(body)).toEqual(body);
        expect(body).toEqual({ mode: 'oidc', authority: 'https://sso.example.vn/realms/hoso', clientId: 'hoso-console', scope: 'openid' });
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
