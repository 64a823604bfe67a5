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
});
