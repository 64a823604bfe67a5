import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Role } from '../../domain/roles';

/** A person the provider signs in, with the claims hoso's API needs (api/auth/claims.ts). */
export interface OidcAccount {
  id: string;
  name: string;
  role: Role;
  unit: string;
}

/** What test/support/oidc-provider-process.ts is started with. */
export interface OidcProviderSettings {
  port: number;
  /** The console's origin: its redirect URIs and the only origin allowed to call the provider from a page. */
  consoleUrl: string;
  clientId: string;
  /** The API as a resource server: its resource indicator, and the audience of the access tokens issued for it. */
  resource: string;
  audience: string;
  accessTokenTtlSeconds: number;
  accounts: OidcAccount[];
}

export interface TestOidcProvider {
  issuer: string;
  /** hoso's settings (config/env.ts) to trust this provider and send the console to it. */
  hosoEnv: Record<string, string>;
  /** Starts the provider for the console at `consoleUrl`: known only once hoso, configured with `hosoEnv`, listens. */
  start(options: { consoleUrl: string; accounts: OidcAccount[]; accessTokenTtlSeconds: number }): Promise<void>;
  stop(): Promise<void>;
}

const CLIENT_ID = 'hoso-console';
const AUDIENCE = 'hoso-api';

/**
 * A real OpenID provider for the console's sign-in tests: panva's oidc-provider (OpenID Certified), in a child process
 * because it is an ES module that jest's CommonJS runtime cannot load. Its address is chosen first, so that hoso can
 * be started with it before the provider knows the console's address.
 */
export async function reserveOidcProvider(): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  return {
    issuer,
    hosoEnv: {
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: issuer,
      AUTH_JWKS_URL: `${issuer}/jwks`,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_OIDC_CLIENT_ID: CLIENT_ID,
    },
    async start({ consoleUrl, accounts, accessTokenTtlSeconds }) {
      const settings: OidcProviderSettings = {
        port,
        consoleUrl,
        clientId: CLIENT_ID,
        resource: `${consoleUrl}/api/v1`,
        audience: AUDIENCE,
        accessTokenTtlSeconds,
        accounts,
      };
      child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'oidc-provider-process.ts'), JSON.stringify(settings)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await listening(child);
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resolves when the process prints that it listens; rejects if it ends first. */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the OIDC provider stopped before listening (exit ${String(code)})`)));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
