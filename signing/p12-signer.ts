import { constants, createPrivateKey, createPublicKey, privateEncrypt, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readPkcs12 } from './pkcs12';
import { UnknownSigningUnitError, type DocumentSigner } from './signer';

/** DER prefix of DigestInfo { sha256, NULL } before the 32 digest bytes (RFC 8017 9.2 note 1). */
const SHA256_DIGEST_INFO_PREFIX = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export interface P12SignerOptions {
  /** Holds <unitCode>.p12 for each unit (DevCa.unitsDir in development). */
  directory: string;
  /** The password of the unit's .p12: each unit has its own (DevCa.unitPassword in development, configuration in production). */
  passwordOf(unitCode: string): Promise<string>;
}

interface LoadedUnit {
  mtimeMs: number;
  key: KeyObject;
  chain: Uint8Array[];
}

/**
 * A DocumentSigner over PKCS#12 files, one per unit. Keys are decrypted once and kept in memory;
 * a file replaced on disk (a unit's certificate reissued) is read again.
 */
export function createP12Signer({ directory, passwordOf }: P12SignerOptions): DocumentSigner {
  const units = new Map<string, Promise<LoadedUnit>>();

  async function unit(unitCode: string): Promise<LoadedUnit> {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(unitCode)) throw new UnknownSigningUnitError(unitCode);
    const path = join(directory, `${unitCode}.p12`);
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UnknownSigningUnitError(unitCode);
      throw error;
    }
    const cached = units.get(unitCode);
    if (cached && (await cached.catch(() => undefined))?.mtimeMs === mtimeMs) return cached;
    const loading = passwordOf(unitCode).then((password) => loadUnit(path, password, mtimeMs));
    units.set(unitCode, loading);
    return loading;
  }

  return {
    async certificateChain(unitCode) {
      return (await unit(unitCode)).chain.map((der) => der.slice());
    },
    async sign(unitCode, digest) {
      if (digest.byteLength !== 32) throw new Error(`Expected a SHA-256 digest (32 bytes), got ${digest.byteLength} bytes`);
      const { key } = await unit(unitCode);
      const signature = privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO_PREFIX, digest]));
      return new Uint8Array(signature);
    },
  };
}

async function loadUnit(path: string, password: string, mtimeMs: number): Promise<LoadedUnit> {
  const { privateKey, certificates } = await readPkcs12(await readFile(path), password);
  const key = createPrivateKey({ key: Buffer.from(privateKey), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'rsa') throw new Error(`${path}: only RSA keys are supported, found ${String(key.asymmetricKeyType)}`);
  return { mtimeMs, key, chain: orderChain(key, certificates, path) };
}

/** Leaf (the certificate of this key) first, then each issuer in turn; certificates not on the path are dropped. */
function orderChain(key: KeyObject, certificates: Uint8Array[], path: string): Uint8Array[] {
  const parsed = certificates.map((der) => ({ der, x509: new X509Certificate(der) }));
  const publicKey = createPublicKey(key);
  let current = parsed.find(({ x509 }) => x509.publicKey.equals(publicKey));
  if (!current) throw new Error(`${path}: no certificate for its private key`);
  const chain = [current];
  while (current && current.x509.issuer !== current.x509.subject) {
    const issued: (typeof parsed)[number] = current;
    current = parsed.find((candidate) => !chain.includes(candidate) && issued.x509.checkIssued(candidate.x509) && issued.x509.verify(candidate.x509.publicKey));
    if (current) chain.push(current);
  }
  return chain.map(({ der }) => der);
}
