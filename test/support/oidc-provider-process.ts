import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';
import type { OidcProviderSettings } from './oidc-provider';

/**
 * The OIDC provider of the console's sign-in tests, started by test/support/oidc-provider.ts with its settings as the
 * one argument. Configured as an agency's Keycloak realm would be for hoso:
 * - the console is a public client: authorization code with PKCE, its redirect URIs only, no consent screen (it is the
 *   agency's own application), refresh tokens;
 * - access tokens are JWTs for the API's audience carrying `role` and `unit`, short-lived so that a test sees them
 *   renewed;
 * - sign-in is oidc-provider's development interaction (any password); sign-out ends the provider's session.
 */
async function main() {
  const settings: OidcProviderSettings = JSON.parse(process.argv[2] ?? '');
  const issuer = `http://127.0.0.1:${settings.port}`;
  const accounts = new Map(settings.accounts.map((account) => [account.id, account]));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'hoso-test-provider', alg: 'RS256', use: 'sig' };
  const apiScope = 'hoso';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: settings.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${settings.consoleUrl}/auth/callback`, `${settings.consoleUrl}/auth/silent`],
        post_logout_redirect_uris: [`${settings.consoleUrl}/auth/signed-out`],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: { AccessToken: settings.accessTokenTtlSeconds, IdToken: 3600, RefreshToken: 3600, Session: 3600, Grant: 3600, Interaction: 600 },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      return account && { accountId: id, claims: () => ({ sub: id, name: account.name }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const account = token.kind === 'AccessToken' ? accounts.get(token.accountId) : undefined;
      return account && { name: account.name, role: account.role, unit: account.unit };
    },
    // As Keycloak does for the authorization code flow; oidc-provider's default asks for offline_access.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // The console is first-party: what it asks for is granted without a consent screen.
    loadExistingGrant: async (ctx) => {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid');
      grant.addResourceScope(settings.resource, apiScope);
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx, origin) => origin === settings.consoleUrl,
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The console asks for no resource: its tokens are for the API, as a Keycloak audience mapper would make them.
        defaultResource: () => settings.resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== settings.resource) throw new errors.InvalidTarget();
          return { scope: apiScope, audience: settings.audience, accessTokenFormat: 'jwt', accessTokenTTL: settings.accessTokenTtlSeconds, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
  });
  provider.on('server_error', (_ctx, error) => console.error('[oidc-provider]', error));

  const server = createServer(provider.callback());
  server.listen(settings.port, '127.0.0.1', () => console.log(`listening on ${issuer}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
