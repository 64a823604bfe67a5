import { readFile } from 'node:fs/promises';
import { createDevSigner, createP12Signer, ensureDevCa, type DocumentSigner } from '../signing';
import { fromPem } from '../signing/pki';
import type { Env } from './env';

export interface Signing {
  signer: DocumentSigner;
  /** Root certificates (DER) that verification trusts. */
  trustAnchors: Uint8Array[];
}

type SigningEnv = Pick<Env, 'SIGNING_MODE' | 'SIGNING_DEV_CA_DIR' | 'SIGNING_P12_DIR' | 'SIGNING_P12_PASSWORD' | 'SIGNING_TRUST_ANCHORS'>;

/** The signer the configuration names, and the roots to verify with. `unitName` names a unit on its first development certificate. */
export async function connectSigning(env: SigningEnv, unitName: (unitCode: string) => Promise<string>): Promise<Signing> {
  const extraAnchors = await readTrustAnchors(env.SIGNING_TRUST_ANCHORS);
  if (env.SIGNING_MODE === 'p12') {
    // parseEnv guarantees the three settings in this mode.
    return { signer: createP12Signer({ directory: env.SIGNING_P12_DIR ?? '', password: env.SIGNING_P12_PASSWORD ?? '' }), trustAnchors: extraAnchors };
  }
  const ca = await ensureDevCa(env.SIGNING_DEV_CA_DIR);
  return { signer: createDevSigner(ca, unitName), trustAnchors: [ca.rootCertificate, ...extraAnchors] };
}

/** The roots verification trusts, for a process that verifies but never signs (the API). */
export async function trustAnchorsOf(env: SigningEnv): Promise<Uint8Array[]> {
  const extraAnchors = await readTrustAnchors(env.SIGNING_TRUST_ANCHORS);
  if (env.SIGNING_MODE === 'p12') return extraAnchors;
  return [(await ensureDevCa(env.SIGNING_DEV_CA_DIR)).rootCertificate, ...extraAnchors];
}

async function readTrustAnchors(list: string | undefined): Promise<Uint8Array[]> {
  if (!list) return [];
  const paths = list.split(',').map((path) => path.trim()).filter(Boolean);
  return Promise.all(paths.map(async (path) => fromPem(await readFile(path, 'utf8'), 'CERTIFICATE')));
}
