import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, parseEnv } from '../../config/env';
import { temporalConnectionOptions } from '../../config/temporal-connection';

const valid = {
  DATABASE_URL: 'postgres://hoso:secret@127.0.0.1:5432/hoso',
  MINIO_ACCESS_KEY: 'hoso-dev',
  MINIO_SECRET_KEY: 'hoso-dev-secret',
  TEMPORAL_ADDRESS: 'temporal.example.vn:7233',
};

/** Files standing in for PEM certificates and keys: the options carry their bytes as read. */
const dir = mkdtempSync(path.join(tmpdir(), 'hoso-temporal-tls-'));
const file = (name: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, `-----BEGIN ${name}-----`);
  return at;
};

describe('the connection to Temporal', () => {
  it('is plain on the development server', () => {
    expect(temporalConnectionOptions(parseEnv(valid))).toEqual({ address: 'temporal.example.vn:7233' });
  });

  it('uses mutual TLS with a client certificate, the private CA and the server name given', () => {
    const options = temporalConnectionOptions(
      parseEnv({ ...valid, TEMPORAL_TLS_CA_FILE: file('ca'), TEMPORAL_TLS_CERT_FILE: file('crt'), TEMPORAL_TLS_KEY_FILE: file('key'), TEMPORAL_TLS_SERVER_NAME: 'temporal' }),
    );
    expect(options.tls?.serverNameOverride).toBe('temporal');
    expect(Buffer.from(options.tls?.serverRootCACertificate ?? []).toString()).toBe('-----BEGIN ca-----');
    expect(Buffer.from(options.tls?.clientCertPair?.crt ?? []).toString()).toBe('-----BEGIN crt-----');
    expect(Buffer.from(options.tls?.clientCertPair?.key ?? []).toString()).toBe('-----BEGIN key-----');
  });

  it('uses TLS with an API key, or when asked to alone', () => {
    expect(temporalConnectionOptions(parseEnv({ ...valid, TEMPORAL_API_KEY: 'khoa-api' }))).toEqual({ address: valid.TEMPORAL_ADDRESS, tls: {}, apiKey: 'khoa-api' });
    expect(temporalConnectionOptions(parseEnv({ ...valid, TEMPORAL_TLS: 'true' }))).toEqual({ address: valid.TEMPORAL_ADDRESS, tls: {} });
  });

  it('refuses a client certificate without its key, and a file it cannot read', () => {
    expect(() => parseEnv({ ...valid, TEMPORAL_TLS_CERT_FILE: file('crt') })).toThrow(/TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE/);
    const missing = parseEnv({ ...valid, TEMPORAL_TLS_CA_FILE: path.join(dir, 'missing.pem') });
    expect(() => temporalConnectionOptions(missing)).toThrow(ConfigError);
    expect(() => temporalConnectionOptions(missing)).toThrow(/TEMPORAL_TLS_CA_FILE/);
  });
});
