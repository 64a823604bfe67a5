import { ApplicationFailure } from '@temporalio/activity';
import type { MetricMeter } from '@temporalio/common';
import type { Sql } from 'postgres';
import { ZodError } from 'zod';
import { MissingGlyphsError } from '../../templates';
import { describeCharacter } from '../../templates/layout/missing-glyphs';
import type { DocumentRef, DossierState } from '../../domain/dossier/state';
import { signPdf, type DocumentSigner } from '../../signing';
import { certificateFromDer, readName } from '../../signing/pki';
import { documentIdOf, objectKeyOf, sha256Hex, verificationCodeOf } from './document-id';
import type { DocumentStore } from './document-store';
import type { FormInputBuilder } from './form-inputs';

export interface IssueDocumentInput {
  dossier: DossierState;
  formId: string;
  /** The timeline event the document belongs to. */
  seq: number;
  /** Omitted for the first issue; a correction passes the next revision and why it was made. */
  revision?: number;
  reason?: string;
}

export interface Verification {
  code: string;
  url: string;
}

export interface DocumentActivityDeps {
  sql: Sql;
  store: DocumentStore;
  signer: DocumentSigner;
  buildFormInput: FormInputBuilder;
  renderForm: (formId: string, input: unknown, verification: Verification) => Promise<Uint8Array>;
  /** The public verification URL of a code. */
  verificationUrl: (code: string) => string;
  /** Where issue times are recorded: the worker's Temporal runtime, which serves them beside its own (worker/temporal-runtime.ts). */
  meter: MetricMeter;
}

/** Seconds from asking for a document to having it recorded, by form and outcome (`issued`, `already-issued`, `failed`). */
export const DOCUMENT_ISSUE_SECONDS = 'hoso_document_issue_duration_seconds';

const DOCUMENT_REF_COLUMNS = 'id AS "documentId", form_id AS "formId", step, sha256, object_key AS "objectKey", size_bytes AS size, revision, verification_code AS "verificationCode"';

/**
 * Renders a form, signs it with the key of the unit that recorded the event, archives it and
 * records its checksum and signer. A retry returns the document already archived; one that
 * failed between archiving and recording writes the same bytes again (the signing time is the
 * event's, and RSA PKCS#1 v1.5 signatures are deterministic), so every version is identical.
 */
export function createDocumentActivities({ sql, store, signer, buildFormInput, renderForm, verificationUrl, meter }: DocumentActivityDeps) {
  const issueSeconds = meter.createHistogram(DOCUMENT_ISSUE_SECONDS, 'float', 's', 'Time to render, sign, archive and record a form, by form and outcome');

  async function stored(documentId: string): Promise<DocumentRef | undefined> {
    const [row] = await sql<DocumentRef[]>`SELECT ${sql.unsafe(DOCUMENT_REF_COLUMNS)} FROM documents WHERE id = ${documentId}`;
    return row;
  }

  async function issueDocument(input: IssueDocumentInput): Promise<DocumentRef> {
    const started = performance.now();
    let outcome = 'failed';
    try {
      const { document, issued } = await issue(input);
      outcome = issued ? 'issued' : 'already-issued';
      return document;
    } finally {
      issueSeconds.record((performance.now() - started) / 1000, { form: input.formId, outcome });
    }
  }

  async function issue({ dossier, formId, seq, revision = 1, reason }: IssueDocumentInput): Promise<{ document: DocumentRef; issued: boolean }> {
    const documentId = documentIdOf(dossier.dossierId, formId, seq, revision);
    const existing = await stored(documentId);
    if (existing) return { document: existing, issued: false };

    const event = dossier.timeline.find((entry) => entry.seq === seq);
    if (!event?.actor) throw new Error(`event ${seq} of dossier ${dossier.dossierId} has no actor to sign for`);
    const step = event.stepBefore ?? dossier.step;
    const verificationCode = verificationCodeOf(documentId);
    const rendered = await renderForm(formId, await buildFormInput(formId, dossier, seq), { code: verificationCode, url: verificationUrl(verificationCode) }).catch(
      (error: unknown) => {
        // Data the form refuses will be refused on every retry: fail once, saying which fields.
        // The details name the fields (paths, never values), for the dossier to show (domain/dossier/form-failures.ts).
        if (error instanceof ZodError) {
          throw ApplicationFailure.create({
            message: `form ${formId} cannot be issued from event ${seq}: ${error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; ')}`,
            type: 'form-input-invalid',
            nonRetryable: true,
            details: [{ fields: [...new Set(error.issues.map((issue) => issue.path.map(String).join('.')))] }],
          });
        }
        // Nor will the font ever gain a glyph it lacks (the API refuses such text; this guards older events). The
        // characters, taken from the person's data, stay in the details, out of the message the worker logs. Where they
        // are is a place in the page's layout, which tells the dossier's readers nothing: it stays in the message.
        if (error instanceof MissingGlyphsError) {
          throw ApplicationFailure.create({
            message: `form ${formId} cannot be issued from event ${seq}: the font has no glyph for ${error.characters.length} character(s) in ${error.locations.join(', ')}`,
            type: 'form-text-unprintable',
            nonRetryable: true,
            details: [{ characters: error.characters.map(describeCharacter) }],
          });
        }
        throw error;
      },
    );

    const unitCode = event.actor.unitCode;
    const signingTime = new Date(event.recordedAt);
    const [leaf] = await signer.certificateChain(unitCode);
    if (!leaf) throw new Error(`the signer has no certificate for unit ${unitCode}`);
    const pdf = await signPdf(rendered, { signer, unitCode, signingTime, reason: reason ?? `Ban hành văn bản của hồ sơ ${dossier.code}` });

    const sha256 = sha256Hex(pdf);
    const objectKey = objectKeyOf(dossier.dossierId, formId, seq);
    const { versionId } = await store.put(objectKey, pdf, sha256);
    const supersedes = revision > 1 ? documentIdOf(dossier.dossierId, formId, seq, revision - 1) : null;
    await sql`
      INSERT INTO documents (id, dossier_id, form_id, step, seq, object_key, object_version_id, sha256, size_bytes, revision,
                             supersedes, reason, verification_code, signer_unit_code, signer_subject, signer_certificate_sha256, signed_at)
      VALUES (${documentId}, ${dossier.dossierId}, ${formId}, ${step}, ${seq}, ${objectKey}, ${versionId}, ${sha256}, ${pdf.byteLength},
              ${revision}, ${supersedes}, ${reason ?? null}, ${verificationCode}, ${unitCode},
              ${readName(certificateFromDer(leaf).subject).commonName ?? unitCode}, ${sha256Hex(leaf)}, ${signingTime})
      ON CONFLICT (id) DO NOTHING`;
    // A concurrent attempt may have recorded first: what is recorded is the answer.
    const recorded = await stored(documentId);
    if (!recorded) throw new Error(`document ${documentId} was archived but not recorded`);
    return { document: recorded, issued: true };
  }
  return { issueDocument };
}
