import { decodeJwt } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { demoUsers } from '../../config/demo-data';
import { roleLabels } from '../../domain/roles';
import { capturedOnFailure, contextAt, launchChromium } from '../support/browser';
import { SHOTS } from '../support/console-steps';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';
import { reserveOidcProvider, type TestOidcProvider } from '../support/oidc-provider';

/** Longer than the minute before expiry at which oidc-client-ts renews: each token is renewed 10 s after it is issued. */
const ACCESS_TOKEN_TTL_SECONDS = 70;
const SUPERVISOR = 'Ngô Văn Bình';

/**
 * What the page did: the addresses it went to (navigations, which the console's service worker may fetch itself),
 * its requests, every bearer token it sent to the API in order, and the provider's last refresh token.
 */
interface Seen {
  visited: URL[];
  requests: URL[];
  bearers: string[];
  refreshToken?: string;
}

function watchTokens(page: Page, hoso: Hoso, provider: TestOidcProvider): Seen {
  const seen: Seen = { visited: [], requests: [], bearers: [] };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.visited.push(new URL(frame.url()));
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    seen.requests.push(url);
    const bearer = /^Bearer (.+)$/.exec(request.headers().authorization ?? '')?.[1];
    if (bearer && request.url().startsWith(`${hoso.baseUrl}/api/v1/`)) seen.bearers.push(bearer);
  });
  page.on('response', async (response) => {
    if (response.url() !== `${provider.issuer}/token` || response.request().method() !== 'POST') return;
    const body: unknown = await response.json().catch(() => undefined);
    const refreshToken = typeof body === 'object' && body !== null ? Reflect.get(body, 'refresh_token') : undefined;
    if (typeof refreshToken === 'string') seen.refreshToken = refreshToken;
  });
  return seen;
}

/** What a script in the page could read: both storages and the page's cookies. */
const readableByScripts = async (page: Page) => String(await page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie'));

/**
 * Issue 12, sign-in: the console signs in at a real OpenID provider (panva's oidc-provider, as an agency's Keycloak
 * would be set up) with the authorization code flow and PKCE, keeps its tokens in memory only, renews them before
 * they expire, keeps the sign-in over a reload through the provider's session, and signs out at the provider.
 */
describeWithStack('the console: sign-in at the agency’s OIDC provider', () => {
  let provider: TestOidcProvider;
  let hoso: Hoso;
  let browser: Browser;
  beforeAll(async () => {
    provider = await reserveOidcProvider();
    // No clock tolerance: the provider and the API share this machine's clock, and the test sees a token refused the
    // moment it expires (the default tolerance, 60 s, would accept it for a minute more).
    [hoso, browser] = await Promise.all([startHoso({ env: { ...provider.hosoEnv, AUTH_CLOCK_TOLERANCE_SECONDS: '0' } }), launchChromium()]);
    const accounts = demoUsers.map((user) => ({ id: user.id, name: user.name, role: user.role, unit: user.unitCode }));
    await provider.start({ consoleUrl: hoso.baseUrl, accounts, accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hoso?.stop();
    await provider?.stop();
  });

  it('signs in with PKCE, keeps tokens out of storage, renews them, survives a reload and signs out at the provider', async () => {
    const page = await (await contextAt(browser, 'desktop')).newPage();
    // The provider's development pages import a web font from Google, which this closed network cannot reach.
    await page.route('https://fonts.googleapis.com/**', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
    const seen = watchTokens(page, hoso, provider);
    await capturedOnFailure(page, SHOTS, 'failed-oidc-sign-in', async () => {
      // A link to the supervision page, opened before signing in.
      await page.goto(`${hoso.baseUrl}/giam-sat`);
      await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản cơ quan' }).click();

      // The provider's own sign-in page (oidc-provider's development interaction: any password).
      await page.waitForURL(`${provider.issuer}/**`, { waitUntil: 'commit' });
      const authorization = seen.requests.find((url) => url.origin === provider.issuer && url.pathname === '/auth');
      expect(authorization?.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorization?.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      await page.locator('input[name=login]').fill('demo-supervisor-t01');
      await page.locator('input[name=password]').fill('mat-khau-bat-ky');
      await page.getByRole('button', { name: 'Sign-in' }).click();

      // Back through /auth/callback, as that user in that role, on the page the link opened.
      await page.getByRole('heading', { name: 'Giám sát', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/giam-sat');
      expect(seen.visited.some((url) => url.origin === hoso.baseUrl && url.pathname === '/auth/callback' && url.searchParams.has('code'))).toBe(true);
      await page.locator('.who').filter({ hasText: SUPERVISOR }).filter({ hasText: roleLabels.supervisor }).waitFor();

      // The token is the provider's, for the API: and nothing a script could read holds it or the refresh token.
      const first = seen.bearers.at(-1) ?? '';
      expect(decodeJwt(first)).toMatchObject({ iss: provider.issuer, aud: 'hoso-api', sub: 'demo-supervisor-t01', role: 'supervisor', unit: 'DEMO-T01' });
      const refreshToken = seen.refreshToken;
      if (!refreshToken) throw new Error('the provider issued no refresh token');
      const readable = await readableByScripts(page);
      expect(readable).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
      expect(readable).not.toContain(refreshToken);

      // Past the first token's lifetime, the page calls the API with a renewed token, and the API accepts it.
      const expiresAt = (decodeJwt(first).exp ?? 0) * 1000;
      await page.waitForTimeout(Math.max(expiresAt - Date.now(), 0) + 2_000);
      expect((await fetch(`${hoso.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${first}` } })).status).toBe(401);
      const answered = page.waitForResponse((response) => response.url().startsWith(`${hoso.baseUrl}/api/v1/stats`));
      await page.getByRole('tab', { name: 'Thống kê' }).click();
      const stats = await answered;
      expect(stats.status()).toBe(200);
      const renewed = stats.request().headers().authorization?.replace(/^Bearer /, '') ?? '';
      expect(renewed).not.toBe(first);
      expect(decodeJwt(renewed).exp ?? 0).toBeGreaterThan(Date.now() / 1000);
      expect(await readableByScripts(page)).not.toMatch(/eyJ[\w-]+\.[\w-]+/);

      // A reload forgets the tokens; the provider's session signs the page in again, without a page change.
      await page.reload();
      await page.getByRole('heading', { name: 'Giám sát', level: 1 }).waitFor();
      await page.locator('.who').filter({ hasText: SUPERVISOR }).waitFor();

      // Sign-out ends the provider's session (with id_token_hint) and comes back to the sign-in screen.
      const lastRefreshToken = seen.refreshToken ?? '';
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(`${provider.issuer}/**`, { waitUntil: 'commit' });
      const endSession = seen.requests.find((url) => url.origin === provider.issuer && url.pathname === '/session/end');
      expect(endSession?.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản cơ quan' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/auth/signed-out');

      // Nothing signed in is left: the page has no token to call the API with, the provider refuses the last refresh
      // token, and a reload stays on the sign-in screen.
      expect(await page.evaluate("fetch('/api/v1/me').then((answer) => answer.status)")).toBe(401);
      const refreshed = await fetch(`${provider.issuer}/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: lastRefreshToken, client_id: 'hoso-console' }),
      });
      expect(await refreshed.json()).toMatchObject({ error: 'invalid_grant' });
      await page.goto(hoso.baseUrl);
      await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản cơ quan' }).waitFor();
      expect(await page.locator('.who').count()).toBe(0);
    });
  }, 240_000);
});
