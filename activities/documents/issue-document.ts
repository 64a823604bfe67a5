import type { Sql } from 'postgres';
import type { DocumentRef, DossierState } from '../../domain/dossier/state';
import { documentIdOf, objectKeyOf, sha256Hex } from './document-id';
import type { DocumentStore } from './document-store';
import type { FormInputBuilder } from './form-inputs';

export interface IssueDocumentInput {
  dossier: DossierState;
  formId: string;
  /** The timeline event the document belongs to. */
  seq: number;
}

export interface DocumentActivityDeps {
  sql: Sql;
  store: DocumentStore;
  buildFormInput: FormInputBuilder;
  renderForm: (formId: string, input: unknown) => Promise<Uint8Array>;
}

/** Renders a form, archives it and records its checksum. A retry returns the document already archived. */
export function createDocumentActivities({ sql, store, buildFormInput, renderForm }: DocumentActivityDeps) {
  async function issueDocument({ dossier, formId, seq }: IssueDocumentInput): Promise<DocumentRef> {
    const documentId = documentIdOf(dossier.dossierId, formId, seq);
    const step = dossier.timeline.find((event) => event.seq === seq)?.stepBefore ?? dossier.step;
    const [existing] = await sql<DocumentRef[]>`
      SELECT id AS "documentId", form_id AS "formId", step, sha256, object_key AS "objectKey", size_bytes AS size
      FROM documents WHERE id = ${documentId}`;
    if (existing) return existing;

    const pdf = await renderForm(formId, await buildFormInput(formId, dossier, seq));
    const sha256 = sha256Hex(pdf);
    const objectKey = objectKeyOf(dossier.dossierId, documentId);
    const { versionId } = await store.put(objectKey, pdf, sha256);
    await sql`
      INSERT INTO documents (id, dossier_id, form_id, step, seq, object_key, object_version_id, sha256, size_bytes)
      VALUES (${documentId}, ${dossier.dossierId}, ${formId}, ${step}, ${seq}, ${objectKey}, ${versionId}, ${sha256},
              ${pdf.byteLength})
      ON CONFLICT (id) DO NOTHING`;
    return { documentId, formId, step, sha256, objectKey, size: pdf.byteLength };
  }
  return { issueDocument };
}
