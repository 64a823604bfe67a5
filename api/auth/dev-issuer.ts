import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import { DEV_ISSUER_ALGORITHM } from '../../config/env';
import type { Principal } from './claims';

interface DevKeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** The development token issuer: an ES256 key kept in the data folder, so tokens survive restarts. */
export interface DevIssuer {
  jwks: { keys: JWK[] };
  issue(principal: Principal, options?: { expiresIn?: string }): Promise<string>;
  /**
   * A sign-in that outlives a page: what the development sign-in keeps in an HttpOnly cookie, as a provider keeps its
   * own session. Its audience is not the API's, so it is never accepted as an access token.
   */
  issueSession(userId: string, expiresIn: string): Promise<string>;
  /** The user id of a session this issuer signed and that has not expired; undefined otherwise. */
  verifySession(session: string): Promise<string | undefined>;
}

/** The audience of a development sign-in session: never the API's (`AUTH_AUDIENCE`). */
const SESSION_AUDIENCE = 'hoso-dev-session';

export async function loadDevIssuer(keyFile: string, issuer: string, audience: string): Promise<DevIssuer> {
  const key = await readOrCreateKey(keyFile);
  const privateKey = await importJWK(key.privateJwk, DEV_ISSUER_ALGORITHM);
  const jwks = { keys: [{ ...key.publicJwk, kid: key.kid, alg: DEV_ISSUER_ALGORITHM, use: 'sig' }] };
  const publicKeys = createLocalJWKSet(jwks);
  return {
    jwks,
    issueSession: (userId, expiresIn) =>
      new SignJWT({})
        .setProtectedHeader({ alg: DEV_ISSUER_ALGORITHM, kid: key.kid })
        .setSubject(userId)
        .setIssuer(issuer)
        .setAudience(SESSION_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    verifySession: async (session) => {
      try {
        const { payload } = await jwtVerify(session, publicKeys, { issuer, audience: SESSION_AUDIENCE, algorithms: [DEV_ISSUER_ALGORITHM], requiredClaims: ['exp', 'sub'] });
        return payload.sub;
      } catch {
        return undefined;
      }
    },
    issue: (principal, { expiresIn = '12h' } = {}) =>
      new SignJWT({ name: principal.name, role: principal.role, unit: principal.unitCode })
        .setProtectedHeader({ alg: DEV_ISSUER_ALGORITHM, kid: key.kid })
        .setSubject(principal.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  };
}

async function readOrCreateKey(keyFile: string): Promise<DevKeyFile> {
  try {
    return JSON.parse(await readFile(keyFile, 'utf8')) as DevKeyFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair(DEV_ISSUER_ALGORITHM, { extractable: true });
  const key: DevKeyFile = {
    kid: `dev-${Math.random().toString(36).slice(2, 10)}`,
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  };
  await mkdir(path.dirname(keyFile), { recursive: true });
  // `wx`: if another process created the key meanwhile, keep theirs.
  try {
    await writeFile(keyFile, JSON.stringify(key), { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(keyFile, 'utf8')) as DevKeyFile;
  }
}
