import type { z } from 'zod';
import type { DocumentListingSchema, VerificationReportSchema } from '../../domain/schemas/documents';
import { createHash } from 'node:crypto';
import type { Sql } from 'postgres';
import { normaliseVerificationCode } from '../../activities/documents/document-id';
import { verifyPdf } from '../../signing';
import { forms, isFormId } from '../../templates';
import type { Principal } from '../auth/claims';
import type { DossierService } from '../dossiers/dossier-service';
import { notFound } from '../errors';
import { EvidenceError, type ArchivedVersion, type ArchiveReader } from './archive-reader';

/** A document as listed to a person entitled to its dossier: the API's answer schema is its one definition. */
export type DocumentListing = z.infer<typeof DocumentListingSchema>;

/** What the public verification page says: nothing about the person, only whether the document is the one hoso issued. */
export type VerificationReport = z.infer<typeof VerificationReportSchema>;

/**
 * What checking a code found: the report, or the document it names and why its archived copy is not the one issued
 * (an unreachable archive is thrown as an EvidenceError, so that no cache keeps it).
 */
export type Verification =
  | { state: 'verified'; report: VerificationReport }
  | { state: 'unreadable'; document: PublicDocument; evidence: EvidenceError };

/** What anyone holding the paper may know of its document, whatever the state of its archived copy. */
export type PublicDocument = Omit<VerificationReport, 'intact' | 'signatureValid'>;

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
  archive: ArchiveReader;
  dossiers: Pick<DossierService, 'authorize'>;
  trustAnchors: Uint8Array[];
}

const titleOf = (formId: string) => (isFormId(formId) ? forms[formId].title : formId);

export function createDocumentService({ sql, archive, dossiers, trustAnchors }: DocumentServiceDeps) {
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

  /**
   * The archived PDF, exactly as issued (that version of the object, with the SHA-256 recorded when it was issued), if
   * the caller may see the dossier. Read whole before anything is sent: a damaged copy is refused, never half-served.
   */
  async function open(dossierId: string, documentId: string, actor: Principal): Promise<{ document: DocumentListing; content: Uint8Array }> {
    await dossiers.authorize('document.read', dossierId, actor);
    const [row] = await sql<DocumentRow[]>`${select()} WHERE d.id = ${documentId} AND d.dossier_id = ${dossierId}`;
    if (!row) throw notFound();
    return { document: listing(row), content: await readAsIssued(row) };
  }

  /** Public: checks the archived document a code leads to; undefined for a code that leads nowhere. */
  async function verify(rawCode: string): Promise<Verification | undefined> {
    const code = normaliseVerificationCode(rawCode);
    if (!code) return undefined;
    const [row] = await sql<DocumentRow[]>`${select()} WHERE d.verification_code = ${code}`;
    if (!row) return undefined;
    const document: PublicDocument = {
      code,
      title: titleOf(row.formId),
      issuedBy: row.signerSubject,
      signedAt: row.signedAt?.toISOString() ?? null,
      revision: row.revision,
      superseded: !row.current,
      checkedAt: new Date().toISOString(),
    };
    let bytes: Uint8Array;
    try {
      bytes = await readAsIssued(row);
    } catch (error) {
      // Damaged or missing is what the check found; an archive that did not answer is no finding.
      if (!(error instanceof EvidenceError) || error.fault === 'unavailable') throw error;
      return { state: 'unreadable', document, evidence: error };
    }
    const signature = await verifyPdf(bytes, trustAnchors);
    return { state: 'verified', report: { ...document, intact: true, signatureValid: signature.valid && signature.coversWholeDocument } };
  }

  /** The archived version's bytes, if they are the ones recorded when it was issued. */
  async function readAsIssued(row: DocumentRow): Promise<Uint8Array> {
    const archived: ArchivedVersion = { documentId: row.documentId, objectKey: row.objectKey, objectVersionId: row.objectVersionId };
    try {
      const bytes = await archive.read(row.objectKey, row.objectVersionId);
      if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) throw new EvidenceError('damaged', 'checksum-mismatch');
      return bytes;
    } catch (error) {
      throw error instanceof EvidenceError ? error.of(archived) : error;
    }
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

export type DocumentService = ReturnType<typeof createDocumentService>;
