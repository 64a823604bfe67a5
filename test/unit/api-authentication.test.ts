import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createTokenVerifier } from '../../api/auth/authenticate';

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
    const verify = createTokenVerifier({ issuer, audience, jwks: jwksUrl });
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
    const verify = createTokenVerifier({ issuer, audience, jwks: jwksUrl });
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
});
