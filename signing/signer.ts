/**
 * The port between hoso and whatever holds a signing unit's private key (chữ ký số của cơ quan).
 *
 * hoso builds the CMS signature itself; the signer only hands out the unit's certificate chain and
 * performs the one private-key operation. So a remote signing service or an HSM implements exactly
 * these two methods and never sees the PDF (docs/decisions/0003-signing.md, "Production signers").
 */
export interface DocumentSigner {
  /** The unit's certificate chain, DER, leaf (the unit's own certificate) first. */
  certificateChain(unitCode: string): Promise<Uint8Array[]>;
  /**
   * Signs a SHA-256 digest (of the DER signed attributes) with the unit's key and returns the raw
   * signature. For RSA keys, the only kind hoso embeds today, that is RSASSA-PKCS1-v1_5 over the
   * SHA-256 DigestInfo: PKCS#11 CKM_RSA_PKCS over DigestInfo‖digest, or a CSC `signHash` with
   * signAlgo 1.2.840.113549.1.1.11.
   */
  sign(unitCode: string, digest: Uint8Array): Promise<Uint8Array>;
}

/** Thrown by a signer that holds no key for the unit. */
export class UnknownSigningUnitError extends Error {
  constructor(readonly unitCode: string) {
    super(`No signing key for unit "${unitCode}"`);
    this.name = 'UnknownSigningUnitError';
  }
}
