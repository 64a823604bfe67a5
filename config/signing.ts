import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { createP12Signer, type DocumentSigner } from '../signing';
import { fromPem } from '../signing/pki';
import { ConfigError, type Env } from './env';
import { isPublicSecret } from './production';

export interface Signing {
  signer: DocumentSigner;
  /** Root certificates (DER) that verification trusts. */
  trustAnchors: Uint8Array[];
}

type SigningEnv = Pick<
  Env,
  'HOSO_ENV' | 'SIGNING_MODE' | 'SIGNING_DEV_CA_DIR' | 'SIGNING_P12_DIR' | 'SIGNING_P12_PASSWORD' | 'SIGNING_P12_PASSWORDS_FILE' | 'SIGNING_TRUST_ANCHORS'
>;

/**
 * The signer the configuration names, and the roots to verify with. `unitName` names a unit on its first development
 * certificate. The development CA is imported only in `dev` mode: the production image does not contain it.
 */
export async function connectSigning(env: SigningEnv, unitName: (unitCode: string) => Promise<string>): Promise<Signing> {
  const extraAnchors = await readTrustAnchors(env.SIGNING_TRUST_ANCHORS);
  if (env.SIGNING_MODE === 'p12') {
    // parseEnv guarantees the directory and a password setting in this mode.
    return { signer: createP12Signer({ directory: env.SIGNING_P12_DIR ?? '', passwordOf: await p12PasswordsOf(env) }), trustAnchors: extraAnchors };
  }
  const [{ ensureDevCa }, { createDevSigner }] = await Promise.all([import('../signing/dev-ca'), import('../signing/dev-signer')]);
  const ca = await ensureDevCa(env.SIGNING_DEV_CA_DIR);
  return { signer: createDevSigner(ca, unitName), trustAnchors: [ca.rootCertificate, ...extraAnchors] };
}

/** The roots verification trusts, for a process that verifies but never signs (the API). */
export async function trustAnchorsOf(env: SigningEnv): Promise<Uint8Array[]> {
  const extraAnchors = await readTrustAnchors(env.SIGNING_TRUST_ANCHORS);
  if (env.SIGNING_MODE === 'p12') return extraAnchors;
  const { ensureDevCa } = await import('../signing/dev-ca');
  return [(await ensureDevCa(env.SIGNING_DEV_CA_DIR)).rootCertificate, ...extraAnchors];
}

const UnitPasswords = z.record(z.string(), z.string().min(1));

/** Each unit's password from SIGNING_P12_PASSWORDS_FILE, read once at start, else SIGNING_P12_PASSWORD. */
async function p12PasswordsOf(env: SigningEnv): Promise<(unitCode: string) => Promise<string>> {
  const perUnit = env.SIGNING_P12_PASSWORDS_FILE ? await readUnitPasswords(env.SIGNING_P12_PASSWORDS_FILE) : {};
  const refused = env.HOSO_ENV === 'production' ? Object.keys(perUnit).filter((unitCode) => isPublicSecret(perUnit[unitCode] ?? '')) : [];
  if (refused.length) {
    throw new ConfigError(`Invalid configuration: SIGNING_P12_PASSWORDS_FILE: a development default or change-me placeholder is refused when HOSO_ENV=production (units ${refused.join(', ')})`);
  }
  return async (unitCode) => {
    const password = perUnit[unitCode] ?? env.SIGNING_P12_PASSWORD;
    if (!password) throw new Error(`No .p12 password for unit "${unitCode}": add it to SIGNING_P12_PASSWORDS_FILE or set SIGNING_P12_PASSWORD`);
    return password;
  };
}

async function readUnitPasswords(file: string): Promise<Record<string, string>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Invalid configuration: SIGNING_P12_PASSWORDS_FILE ${file}: ${(error as Error).message}`);
  }
  const parsed = UnitPasswords.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration: SIGNING_P12_PASSWORDS_FILE ${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}

async function readTrustAnchors(list: string | undefined): Promise<Uint8Array[]> {
  if (!list) return [];
  const paths = list.split(',').map((path) => path.trim()).filter(Boolean);
  return Promise.all(paths.map(async (path) => fromPem(await readFile(path, 'utf8'), 'CERTIFICATE')));
}
