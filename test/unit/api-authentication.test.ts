import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWK, type KeyLike } from 'jose';
import { createTokenVerifier, type TokenVerifierOptions } from '../../api/auth/authenticate';

/**
 * Issue 5 item 1: bearer JWTs verified against an OIDC provider's JWKS, fetched over HTTP as from Keycloak's
 * `…/protocol/openid-connect/certs`. The provider here is a local HTTP server with its own key.
 */
describe('tokens from an OIDC provider', () => {
  const issuer = 'https://sso.example.vn/realms/hoso';
  const audience = 'hoso-api';
  let server: Server;
  let jwksUrl: URL;
  let providerKey: KeyLike;
  let jwksRequests = 0;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    providerKey = privateKey as KeyLike;
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'provider-1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      jwksRequests++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** As build-api.ts configures it with AUTH_MODE=oidc and the defaults of config/env.ts. */
  const policy = (): TokenVerifierOptions => ({
    issuer,
    audience,
    jwks: jwksUrl,
    algorithms: ['RS256', 'ES256'],
    maxTokenAgeSeconds: 12 * 3600,
    clockToleranceSeconds: 60,
  });

  const token = (claims: Record<string, unknown>, options: { key?: KeyLike; kid?: string; iss?: string; aud?: string; exp?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'provider-1' })
      .setSubject('keycloak-user-42')
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.key ?? providerKey);

  it('accepts a token signed by a key of the JWKS and reads who, which role and which unit', async () => {
    const verify = createTokenVerifier(policy());
    await expect(verify(await token({ name: 'Trần Văn Hùng', role: 'commune_police', unit: '25750' }))).resolves.toEqual({
      userId: 'keycloak-user-42',
      name: 'Trần Văn Hùng',
      role: 'commune_police',
      unitCode: '25750',
    });
    // The key set is fetched once and kept, not on every request.
    await verify(await token({ role: 'supervisor', unit: '24' }));
    expect(jwksRequests).toBe(1);
  });

  it('refuses a token of another issuer or audience, an expired one, one signed by another key, and one without role or unit', async () => {
    const verify = createTokenVerifier(policy());
    const claims = { role: 'commune_police', unit: '25750' };
    const { privateKey: stranger } = await generateKeyPair('RS256');
    for (const refused of [
      await token(claims, { iss: 'https://evil.example' }),
      await token(claims, { aud: 'another-app' }),
      await token(claims, { exp: '-1m' }),
      await token(claims, { key: stranger as KeyLike }),
      await token({ role: 'mayor', unit: '25750' }),
      await token({ role: 'commune_police' }),
    ]) {
      await expect(verify(refused)).rejects.toThrow();
    }
  });

  /** Issue 13: what a token must carry, and how old or how far ahead it may be. */
  describe('the claims and algorithms it insists on', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claims = { role: 'commune_police', unit: '25750' };
    /** A token of the provider's key, with only the registered claims given here (none by default). */
    const bare = (registered: { exp?: number; iat?: number; sub?: string }) => {
      const jwt = new SignJWT({ ...claims, ...registered }).setProtectedHeader({ alg: 'RS256', kid: 'provider-1' }).setIssuer(issuer).setAudience(audience);
      return jwt.sign(providerKey);
    };
    const inAnHour = () => now() + 3600;

    it('accepts a token with exp, iat and sub, issued within the tolerance ahead of our clock', async () => {
      const verify = createTokenVerifier(policy());
      await expect(verify(await bare({ exp: inAnHour(), iat: now() + 30, sub: 'u' }))).resolves.toMatchObject({ userId: 'u' });
    });

    it('refuses a token without exp, without iat or without sub', async () => {
      const verify = createTokenVerifier(policy());
      await expect(verify(await bare({ iat: now(), sub: 'u' }))).rejects.toThrow(/"exp" claim/);
      await expect(verify(await bare({ exp: inAnHour(), sub: 'u' }))).rejects.toThrow(/"iat" claim/);
      await expect(verify(await bare({ exp: inAnHour(), iat: now() }))).rejects.toThrow(/"sub" claim/);
    });

    it('refuses a token issued ten years in the future, or two minutes ahead (past the tolerance)', async () => {
      const verify = createTokenVerifier(policy());
      const tenYears = 10 * 365 * 24 * 3600;
      await expect(verify(await bare({ exp: now() + tenYears + 3600, iat: now() + tenYears, sub: 'u' }))).rejects.toThrow(/"iat" claim/);
      await expect(verify(await bare({ exp: inAnHour(), iat: now() + 120, sub: 'u' }))).rejects.toThrow(/"iat" claim/);
    });

    it('refuses a token issued longer ago than the maximum age, even one that has not expired', async () => {
      const verify = createTokenVerifier(policy());
      await expect(verify(await bare({ exp: inAnHour(), iat: now() - 13 * 3600, sub: 'u' }))).rejects.toThrow(/"iat" claim/);
      const shorter = createTokenVerifier({ ...policy(), maxTokenAgeSeconds: 600 });
      await expect(shorter(await bare({ exp: inAnHour(), iat: now() - 700, sub: 'u' }))).rejects.toThrow(/"iat" claim/);
      await expect(shorter(await bare({ exp: inAnHour(), iat: now() - 500, sub: 'u' }))).resolves.toMatchObject({ userId: 'u' });
    });

    it('refuses an algorithm that is not pinned, an unsigned token, and an HS256 token keyed with the public key', async () => {
      const es256Only = createTokenVerifier({ ...policy(), algorithms: ['ES256'] });
      await expect(es256Only(await token(claims))).rejects.toThrow(/alg/);
      const verify = createTokenVerifier(policy());
      const unsigned = new UnsecuredJWT({ ...claims, sub: 'u' }).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('5m').encode();
      await expect(verify(unsigned)).rejects.toThrow();
      // The classic confusion: the provider's public key used as an HMAC secret.
      const publicJwk = JSON.stringify((await (await fetch(jwksUrl)).json()) as object);
      const confused = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'HS256', kid: 'provider-1' })
        .setSubject('u')
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(publicJwk));
      await expect(verify(confused)).rejects.toThrow(/alg/);
    });
  });
});
