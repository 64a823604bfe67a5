import { authConfigOf } from '../../api/auth/auth-config';
import { developmentCredentials } from '../../config/development-credentials';
import { ConfigError, parseEnv } from '../../config/env';
import { productionEnv } from '../fixtures/production-env';

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
    ['AUTH_ALGORITHMS', 'HS256'],
    ['AUTH_ALGORITHMS', 'RS256,none'],
    ['AUTH_CLOCK_TOLERANCE_SECONDS', '3600'],
    ['RATE_LIMIT_VERIFY_PER_MINUTE', '0'],
  ])('stops with a message naming %s when its value is bad', (variable, value) => {
    expect(() => parseEnv({ ...valid, [variable]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}(\\.\\d+)?:`));
  });

  it('reads the token policy, the rate limits and the proxies believed', () => {
    expect(parseEnv(valid)).toMatchObject({ AUTH_ALGORITHMS: ['RS256', 'ES256'], AUTH_MAX_TOKEN_AGE_SECONDS: 43_200, AUTH_CLOCK_TOLERANCE_SECONDS: 60 });
    expect(parseEnv({ ...valid, AUTH_ALGORITHMS: 'ES256, PS256' }).AUTH_ALGORITHMS).toEqual(['ES256', 'PS256']);
    expect(parseEnv({ ...valid, API_TRUST_PROXY: '2' }).API_TRUST_PROXY).toBe(2);
    expect(parseEnv({ ...valid, API_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).API_TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
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

  describe('in production (HOSO_ENV=production)', () => {
    const production = productionEnv;
    /** The refusal's line in the message, which names the variable. */
    const refusalOf = (variable: string) => new RegExp(`^Invalid configuration:\\n(  .*\\n)*  ${variable}: [^\\n]*`);

    it('starts with production settings', () => {
      expect(parseEnv(production)).toMatchObject({ HOSO_ENV: 'production', AUTH_MODE: 'oidc', SIGNING_MODE: 'p12' });
    });

    it('is development unless set, and names a value it does not know', () => {
      expect(parseEnv(valid).HOSO_ENV).toBe('development');
      expect(() => parseEnv({ ...production, HOSO_ENV: 'prod' })).toThrow(/^Invalid configuration:\n  HOSO_ENV:/);
    });

    it.each([
      ['AUTH_MODE', { AUTH_MODE: 'dev' }, /dev .* is refused when HOSO_ENV=production; use oidc/],
      ['SIGNING_MODE', { SIGNING_MODE: 'dev' }, /dev .* is refused when HOSO_ENV=production; use p12/],
      ['MINIO_SECRET_KEY', { MINIO_SECRET_KEY: 'change-me-hoso-minio-secret' }, /change-me placeholder is refused/],
      ['MINIO_SECRET_KEY', { MINIO_SECRET_KEY: 'minioadmin' }, /development default/],
      ['MINIO_ACCESS_KEY', { MINIO_ACCESS_KEY: 'CHANGE_ME' }, /change-me placeholder is refused/],
      ['SIGNING_P12_PASSWORD', { SIGNING_P12_PASSWORD: 'changeme' }, /change-me placeholder is refused/],
      ['DATABASE_URL', { DATABASE_URL: 'postgres://hoso:change-me-hoso-db-password@postgres:5432/hoso' }, /the password is a development default or change-me placeholder/],
      ['DATABASE_APP_URL', { DATABASE_APP_URL: undefined, DATABASE_URL: 'postgres://hoso:Yq7sP2vLw9xTz4Kc@db.internal:5432/hoso' }, /required when HOSO_ENV=production \(the application role/],
      ['DATABASE_APP_URL', { DATABASE_URL: 'postgres://hoso_app:Yq7sP2vLw9xTz4Kc@db.internal:5432/hoso' }, /must name another role than DATABASE_URL's owner/],
      ['DATABASE_APP_URL', { DATABASE_APP_URL: 'postgres://hoso_app:change-me@db.internal:5432/hoso' }, /the password is a development default or change-me placeholder/],
      ['API_PUBLIC_URL', { API_PUBLIC_URL: 'http://hoso.example.gov.vn' }, /must be https:\/\/ .*verification QR code/],
      ['API_PUBLIC_URL', { API_PUBLIC_URL: undefined }, /required when HOSO_ENV=production .*verification QR code/],
      ['TEMPORAL_CODEC_KEYS', { TEMPORAL_CODEC_KEYS: undefined }, /required when HOSO_ENV=production \(or TEMPORAL_CODEC_KEY_FILE/],
    ])('refuses to start on %s (%o)', (variable, override, reason) => {
      expect(() => parseEnv({ ...production, ...override })).toThrow(ConfigError);
      expect(() => parseEnv({ ...production, ...override })).toThrow(refusalOf(variable));
      expect(() => parseEnv({ ...production, ...override })).toThrow(reason);
    });

    it('refuses the credentials of the development stack (npm start, npm test)', () => {
      const { postgresPassword, minioAccessKey, minioSecretKey } = developmentCredentials;
      expect(() => parseEnv({ ...production, DATABASE_URL: `postgres://hoso:${postgresPassword}@127.0.0.1:5432/hoso` })).toThrow(refusalOf('DATABASE_URL'));
      expect(() => parseEnv({ ...production, MINIO_ACCESS_KEY: minioAccessKey })).toThrow(refusalOf('MINIO_ACCESS_KEY'));
      expect(() => parseEnv({ ...production, MINIO_SECRET_KEY: minioSecretKey })).toThrow(refusalOf('MINIO_SECRET_KEY'));
    });

    it('takes the payload codec keys from a mounted key file as well', () => {
      const { TEMPORAL_CODEC_KEYS: _omitted, ...withoutKeys } = production;
      expect(parseEnv({ ...withoutKeys, TEMPORAL_CODEC_KEY_FILE: '/run/secrets/hoso-codec-keys.json' })).toMatchObject({ TEMPORAL_CODEC_KEY_FILE: '/run/secrets/hoso-codec-keys.json' });
    });

    it('names every refused setting at once', () => {
      const { TEMPORAL_CODEC_KEYS: _omitted, ...withoutKeys } = production;
      const developmentLike = { ...withoutKeys, AUTH_MODE: 'dev', SIGNING_MODE: 'dev', MINIO_SECRET_KEY: 'change-me-hoso-minio-secret', API_PUBLIC_URL: 'http://localhost:3000' };
      expect(() => parseEnv(developmentLike)).toThrow(/^Invalid configuration:\n  AUTH_MODE: .*\n  SIGNING_MODE: .*\n  MINIO_SECRET_KEY: .*\n  API_PUBLIC_URL: .*\n  TEMPORAL_CODEC_KEYS: .*$/);
    });

    it('leaves development alone: the same settings start without HOSO_ENV', () => {
      const { HOSO_ENV: _omitted, TEMPORAL_CODEC_KEYS: _keys, ...rest } = production;
      expect(parseEnv({ ...rest, AUTH_MODE: 'dev', SIGNING_MODE: 'dev', MINIO_SECRET_KEY: 'change-me-hoso-minio-secret', API_PUBLIC_URL: 'http://localhost:3000' })).toMatchObject({
        HOSO_ENV: 'development',
        AUTH_MODE: 'dev',
      });
    });
  });
});
