/**
 * Digital signatures on hoso's documents: PAdES baseline B-B, made by a signing unit's key behind
 * the DocumentSigner port (docs/decisions/0003-signing.md).
 *
 * The development CA and signer (dev-ca.ts, dev-signer.ts) are not exported here: they are left out of the
 * production image, and only development code imports them, by their own paths.
 */
export type { DocumentSigner } from './signer';
export { UnknownSigningUnitError } from './signer';
export { signPdf, type SignPdfOptions } from './pades';
export { verifyPdf, type SignatureReport, type VerificationResult, type VerifyOptions } from './verify';
export { createP12Signer, type P12SignerOptions } from './p12-signer';
export { readPkcs12, writePkcs12, type KeyAndChain } from './pkcs12';
