import { createHash } from 'node:crypto';

/** Same (dossier, form, event, revision) — same id: a retried activity finds the document it already archived. */
export function documentIdOf(dossierId: string, formId: string, seq: number, revision = 1): string {
  return createHash('sha256').update(`${dossierId}|${formId}|${seq}|${revision}`).digest('hex').slice(0, 32);
}

/** One object per (dossier, form, event): each revision is a new version of it, the older ones kept by the bucket. Ids only, no personal data. */
export function objectKeyOf(dossierId: string, formId: string, seq: number): string {
  return `dossiers/${dossierId}/${formId}-${seq}.pdf`;
}

/** Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is not misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The code printed on a document and in its QR code, e.g. "7K2Q-9MXT-4PHD": 60 bits derived from
 * the document id (itself unguessable: it hashes the dossier's random id), so a retry prints the
 * same code, and codes cannot be enumerated to find other documents.
 */
export function verificationCodeOf(documentId: string): string {
  const digest = createHash('sha256').update(`verify|${documentId}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let index = 0; index < 12; index++) code += BASE32[Number((bits >> BigInt(64 - 5 * (index + 1))) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A code as a person may type it: any case, with or without dashes or spaces, O for 0 and I/L for 1. */
export function normaliseVerificationCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(compact)) return undefined;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

/** The public page that verifies a document by its code (api/routes/verify.ts). */
export function verificationUrlOf(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/v1/verify/${code}`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
