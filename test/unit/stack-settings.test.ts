import path from 'node:path';
import { stackSettingsOf } from '../../config/env';
import { stackToolEnv } from '../../scripts/stack-tool-env';

describe("npm start's settings, which its tools read too", () => {
  it('runs on .data in the checkout, on the usual ports, and gives up on 5 failures in 5 minutes', () => {
    expect(stackSettingsOf({})).toEqual({
      dataDir: path.join(__dirname, '..', '..', '.data'),
      apiPort: 3000,
      ports: { postgres: 54320, minio: 9000, minioConsole: 9001, temporal: 7233, temporalUi: 8233 },
      restartPolicy: { limit: 5, windowMs: 300_000 },
    });
  });

  it('takes a moved data folder, other ports and another restart policy', () => {
    const settings = stackSettingsOf({ HOSO_DATA_DIR: 'srv/hoso', HOSO_POSTGRES_PORT: '15432', HOSO_RESTART_LIMIT: '3', HOSO_RESTART_WINDOW_MS: '60000' });
    expect(settings).toMatchObject({ dataDir: path.resolve('srv/hoso'), ports: { postgres: 15432 }, restartPolicy: { limit: 3, windowMs: 60_000 } });
  });

  it.each([
    ['HOSO_RESTART_LIMIT', '0'],
    ['HOSO_RESTART_WINDOW_MS', 'five minutes'],
    ['HOSO_MINIO_PORT', '70000'],
    ['HOSO_DATA_DIR', ''],
  ])('stops with a message naming %s when its value is bad', (variable, value) => {
    expect(() => stackSettingsOf({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}:`));
  });

  it("points the tools at the moved stack's keys, database, archive and Temporal", () => {
    const env = stackToolEnv({ HOSO_DATA_DIR: '/srv/hoso', HOSO_POSTGRES_PORT: '15432', HOSO_MINIO_PORT: '19000', HOSO_TEMPORAL_PORT: '17233' });
    expect(env).toMatchObject({
      AUTH_DEV_KEY_FILE: '/srv/hoso/dev-issuer/key.json',
      AUDIT_ANCHOR_KEY_FILE: '/srv/hoso/audit-anchor/key',
      AUDIT_SPOOL_DIR: '/srv/hoso/audit-spool',
      TEMPORAL_CODEC_KEY_FILE: '/srv/hoso/temporal-codec/keys.json',
      SIGNING_DEV_CA_DIR: '/srv/hoso/dev-ca',
      DATABASE_URL: expect.stringMatching(/@127\.0\.0\.1:15432\/hoso$/),
      MINIO_ENDPOINT: 'http://127.0.0.1:19000',
      TEMPORAL_ADDRESS: '127.0.0.1:17233',
    });
  });

  it('lets a setting given in the environment win over the stack’s', () => {
    expect(stackToolEnv({ HOSO_DATA_DIR: '/srv/hoso', AUTH_DEV_KEY_FILE: '/etc/hoso/key.json' }).AUTH_DEV_KEY_FILE).toBe('/etc/hoso/key.json');
  });
});
