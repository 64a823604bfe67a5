import { createHash } from 'node:crypto';

/** Same (dossier, form, event) — same id: a retried activity finds the document it already archived. */
export function documentIdOf(dossierId: string, formId: string, seq: number, revision = 1): string {
  return createHash('sha256').update(`${dossierId}|${formId}|${seq}|${revision}`).digest('hex').slice(0, 32);
}

export function objectKeyOf(dossierId: string, documentId: string): string {
  return `dossiers/${dossierId}/${documentId}.pdf`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
