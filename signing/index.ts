/**
 * Digital signatures on hoso's documents: PAdES baseline B-B, made by a signing unit's key behind
 * the DocumentSigner port (docs/decisions/0003-signing.md).
 */
export type { DocumentSigner } from './signer';
export { UnknownSigningUnitError } from './signer';
export { signPdf, type SignPdfOptions } from './pades';
export { verifyPdf, type SignatureReport, type VerificationResult, type VerifyOptions } from './verify';
export { createP12Signer, type P12SignerOptions } from './p12-signer';
export { createDevSigner } from './dev-signer';
export { DEV_P12_PASSWORD, ensureDevCa, type DevCa, type UnitCredentials } from './dev-ca';
export { readPkcs12, writePkcs12, type KeyAndChain } from './pkcs12';
