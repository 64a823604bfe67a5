import type { DevCa } from './dev-ca';
import { createP12Signer } from './p12-signer';
import { UnknownSigningUnitError, type DocumentSigner } from './signer';

/**
 * The development signer: the P12 signer over the development CA's unit keys, where a unit that
 * has no key yet gets one from the CA the first time it signs. Units come and go with the
 * administrative map, so keys are not issued up front for every commune.
 */
export function createDevSigner(ca: DevCa, unitName: (unitCode: string) => Promise<string>): DocumentSigner {
  const p12 = createP12Signer({ directory: ca.unitsDir, passwordOf: ca.unitPassword });
  const issuing = new Map<string, Promise<unknown>>();

  async function withKey<T>(unitCode: string, use: () => Promise<T>): Promise<T> {
    try {
      return await use();
    } catch (error) {
      if (!(error instanceof UnknownSigningUnitError)) throw error;
      let issue = issuing.get(unitCode);
      if (!issue) {
        issue = unitName(unitCode).then((name) => ca.issueUnitCertificate(unitCode, name));
        issuing.set(unitCode, issue);
        issue.finally(() => issuing.delete(unitCode)).catch(() => undefined);
      }
      await issue;
      return use();
    }
  }

  return {
    certificateChain: (unitCode) => withKey(unitCode, () => p12.certificateChain(unitCode)),
    sign: (unitCode, digest) => withKey(unitCode, () => p12.sign(unitCode, digest)),
  };
}
