import { authConfigOf } from '../../api/auth/auth-config';
import { ConfigError, parseEnv } from '../../config/env';

const valid = {
  DATABASE_URL: 'postgres://hoso:secret@127.0.0.1:5432/hoso',
  MINIO_ACCESS_KEY: 'hoso-dev',
  MINIO_SECRET_KEY: 'hoso-dev-secret',
};

describe('configuration from the environment', () => {
  it('fills defaults for everything optional', () => {
    expect(parseEnv(valid)).toMatchObject({ API_PORT: 3000, TEMPORAL_ADDRESS: '127.0.0.1:7233', MINIO_BUCKET: 'hoso-documents', AUTH_MODE: 'dev' });
  });

  it.each([
    ['API_PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/hoso'],
    ['MINIO_BUCKET', 'Hồ_sơ'],
    ['AUTH_MODE', 'none'],
  ])('stops with a message naming %s when its value is bad', (variable, value) => {
    expect(() => parseEnv({ ...valid, [variable]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}:`));
  });

  it('names a missing required variable', () => {
    const { DATABASE_URL: _omitted, ...rest } = valid;
    expect(() => parseEnv(rest)).toThrow(ConfigError);
    expect(() => parseEnv(rest)).toThrow(/DATABASE_URL/);
  });

  it('requires a JWKS address for external identity providers', () => {
    expect(() => parseEnv({ ...valid, AUTH_MODE: 'oidc' })).toThrow(/AUTH_JWKS_URL/);
  });

  describe('the console’s sign-in at an OIDC provider', () => {
    const oidc = { ...valid, AUTH_MODE: 'oidc', AUTH_JWKS_URL: 'https://sso.example.vn/realms/hoso/protocol/openid-connect/certs', AUTH_ISSUER: 'https://sso.example.vn/realms/hoso' };

    it('needs the console’s client id, and a provider address when the issuer is not one', () => {
      expect(() => parseEnv(oidc)).toThrow(/AUTH_OIDC_CLIENT_ID/);
      expect(() => parseEnv({ ...oidc, AUTH_OIDC_CLIENT_ID: 'hoso-console', AUTH_ISSUER: 'hoso-realm' })).toThrow(/AUTH_OIDC_AUTHORITY/);
      expect(() => parseEnv({ ...oidc, AUTH_OIDC_CLIENT_ID: 'hoso-console', AUTH_OIDC_SCOPE: 'profile' })).toThrow(/^Invalid configuration:\n  AUTH_OIDC_SCOPE: must include openid/);
    });

    it('tells the console the provider (the issuer by default), the client and the scope (openid by default)', () => {
      expect(authConfigOf(parseEnv({ ...oidc, AUTH_OIDC_CLIENT_ID: 'hoso-console' }))).toEqual({
        mode: 'oidc',
        authority: 'https://sso.example.vn/realms/hoso',
        clientId: 'hoso-console',
        scope: 'openid',
      });
      const elsewhere = parseEnv({ ...oidc, AUTH_OIDC_CLIENT_ID: 'hoso-console', AUTH_OIDC_AUTHORITY: 'https://login.example.vn/', AUTH_OIDC_SCOPE: 'openid profile' });
      expect(authConfigOf(elsewhere)).toMatchObject({ authority: 'https://login.example.vn/', scope: 'openid profile' });
      expect(authConfigOf(parseEnv(valid))).toEqual({ mode: 'dev' });
    });
  });
});
