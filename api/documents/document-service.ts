import type { z } from 'zod';
import type { DocumentListingSchema, VerificationReportSchema } from '../../domain/schemas/documents';
import { createHash } from 'node:crypto';
import type { Sql } from 'postgres';
import type { Readable } from 'node:stream';
import { normaliseVerificationCode } from '../../activities/documents/document-id';
import type { DocumentStore } from '../../activities/documents/document-store';
import { verifyPdf } from '../../signing';
import { forms, isFormId } from '../../templates';
import type { Principal } from '../auth/claims';
import type { DossierService } from '../dossiers/dossier-service';
import { notFound } from '../errors';

/** A document as listed to a person entitled to its dossier: the API's answer schema is its one definition. */
export type DocumentListing = z.infer<typeof DocumentListingSchema>;

/** What the public verification page says: nothing about the person, only whether the document is the one hoso issued. */
export type VerificationReport = z.infer<typeof VerificationReportSchema>;

interface DocumentRow {
  documentId: string;
  dossierId: string;
  formId: string;
  step: string;
  seq: number;
  revision: number;
  current: boolean;
  reason: string | null;
  sha256: string;
  size: number;
  objectKey: string;
  objectVersionId: string | null;
  verificationCode: string | null;
  signerUnitCode: string | null;
  signerSubject: string | null;
  signedAt: Date | null;
  createdAt: Date;
}

export interface DocumentServiceDeps {
  sql: Sql;
  store: DocumentStore;
  dossiers: Pick<DossierService, 'authorize'>;
  trustAnchors: Uint8Array[];
}

const titleOf = (formId: string) => (isFormId(formId) ? forms[formId].title : formId);

export function createDocumentService({ sql, store, dossiers, trustAnchors }: DocumentServiceDeps) {
  // A fresh fragment per query: postgres.js fragments are lazy queries.
  const select = () => sql`
    SELECT d.id AS "documentId", d.dossier_id AS "dossierId", d.form_id AS "formId", d.step, d.seq, d.revision,
           NOT EXISTS (SELECT 1 FROM documents later WHERE later.supersedes = d.id) AS current,
           d.reason, d.sha256, d.size_bytes AS size, d.object_key AS "objectKey", d.object_version_id AS "objectVersionId",
           d.verification_code AS "verificationCode", d.signer_unit_code AS "signerUnitCode", d.signer_subject AS "signerSubject",
           d.signed_at AS "signedAt", d.created_at AS "createdAt"
    FROM documents d`;

  /** The dossier's documents in the order they were issued, if the caller may see the dossier. */
  async function list(dossierId: string, actor: Principal): Promise<DocumentListing[]> {
    await dossiers.authorize('document.read', dossierId, actor);
    const rows = await sql<DocumentRow[]>`${select()} WHERE d.dossier_id = ${dossierId} ORDER BY d.seq, d.form_id, d.revision`;
    return rows.map(listing);
  }

  /** The archived PDF, exactly as issued (that version of the object), if the caller may see the dossier. */
  async function open(dossierId: string, documentId: string, actor: Principal): Promise<{ document: DocumentListing; content: Readable }> {
    await dossiers.authorize('document.read', dossierId, actor);
    const [row] = await sql<DocumentRow[]>`${select()} WHERE d.id = ${documentId} AND d.dossier_id = ${dossierId}`;
    if (!row) throw notFound();
    return { document: listing(row), content: await store.get(row.objectKey, row.objectVersionId) };
  }

  /** Public: checks the archived document a code leads to; undefined for a code that leads nowhere. */
  async function verify(rawCode: string): Promise<VerificationReport | undefined> {
    const code = normaliseVerificationCode(rawCode);
    if (!code) return undefined;
    const [row] = await sql<DocumentRow[]>`${select()} WHERE d.verification_code = ${code}`;
    if (!row) return undefined;
    const bytes = await readAll(await store.get(row.objectKey, row.objectVersionId));
    const intact = createHash('sha256').update(bytes).digest('hex') === row.sha256;
    const signature = await verifyPdf(bytes, trustAnchors);
    return {
      code,
      intact,
      signatureValid: signature.valid && signature.coversWholeDocument,
      title: titleOf(row.formId),
      issuedBy: row.signerSubject,
      signedAt: row.signedAt?.toISOString() ?? null,
      revision: row.revision,
      superseded: !row.current,
      checkedAt: new Date().toISOString(),
    };
  }

  return { list, open, verify };
}

function listing(row: DocumentRow): DocumentListing {
  return {
    documentId: row.documentId,
    formId: row.formId,
    title: titleOf(row.formId),
    step: row.step,
    seq: row.seq,
    revision: row.revision,
    current: row.current,
    reason: row.reason,
    sha256: row.sha256,
    size: row.size,
    verificationCode: row.verificationCode,
    signer: row.signerUnitCode ? { unitCode: row.signerUnitCode, name: row.signerSubject ?? row.signerUnitCode } : null,
    signedAt: row.signedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export type DocumentService = ReturnType<typeof createDocumentService>;
