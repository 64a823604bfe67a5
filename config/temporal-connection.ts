import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import { ConfigError, type Env } from './env';

export type TemporalConnectionEnv = Pick<
  Env,
  'TEMPORAL_ADDRESS' | 'TEMPORAL_TLS' | 'TEMPORAL_TLS_CA_FILE' | 'TEMPORAL_TLS_CERT_FILE' | 'TEMPORAL_TLS_KEY_FILE' | 'TEMPORAL_TLS_SERVER_NAME' | 'TEMPORAL_API_KEY'
>;

/**
 * How the client and the workers reach Temporal: plain on this machine's development server; in production with TLS,
 * mutual (a client certificate, as a self-hosted cluster requires) or with an API key (as Temporal Cloud accepts).
 * The same options suit `Connection.connect` and `NativeConnection.connect`.
 */
export function temporalConnectionOptions(env: TemporalConnectionEnv): { address: string; tls?: TLSConfig; apiKey?: string } {
  const { TEMPORAL_TLS_CERT_FILE: certFile, TEMPORAL_TLS_KEY_FILE: keyFile, TEMPORAL_TLS_CA_FILE: caFile, TEMPORAL_TLS_SERVER_NAME: serverName } = env;
  const tlsOn = env.TEMPORAL_TLS || Boolean(certFile || caFile) || Boolean(env.TEMPORAL_API_KEY);
  const tls: TLSConfig | undefined = tlsOn
    ? {
        ...(caFile ? { serverRootCACertificate: readSetting('TEMPORAL_TLS_CA_FILE', caFile) } : {}),
        ...(certFile && keyFile ? { clientCertPair: { crt: readSetting('TEMPORAL_TLS_CERT_FILE', certFile), key: readSetting('TEMPORAL_TLS_KEY_FILE', keyFile) } } : {}),
        ...(serverName ? { serverNameOverride: serverName } : {}),
      }
    : undefined;
  return { address: env.TEMPORAL_ADDRESS, ...(tls ? { tls } : {}), ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}) };
}

function readSetting(name: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: ${name} ${file} cannot be read (${(error as Error).message})`);
  }
}
