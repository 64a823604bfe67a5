import type { Sql } from 'postgres';

/**
 * Reads for checking what PostgreSQL holds against the other stores (the workflows, the archive, the clients' own
 * record): the chaos run's assertions, and what an operator checks after an incident.
 */

export interface ArchivedDocument {
  id: string;
  dossierId: string;
  formId: string;
  revision: number;
  objectKey: string;
  objectVersionId: string | null;
  sha256: string;
  verificationCode: string | null;
}

/** Every document of these dossiers. */
export function documentsOf(sql: Sql, dossierIds: readonly string[]): Promise<ArchivedDocument[]> {
  return sql<ArchivedDocument[]>`
    SELECT id, dossier_id AS "dossierId", form_id AS "formId", revision, object_key AS "objectKey",
           object_version_id AS "objectVersionId", sha256, verification_code AS "verificationCode"
    FROM documents WHERE dossier_id IN ${sql(dossierIds)} ORDER BY dossier_id, seq, form_id, revision`;
}

/** Documents issued more than once: the same form of the same event and revision, archived twice. */
export async function duplicateDocuments(sql: Sql, dossierIds: readonly string[]): Promise<number> {
  const [row] = await sql<{ duplicates: number }[]>`
    SELECT coalesce(sum(copies - 1), 0)::int AS duplicates FROM (
      SELECT count(*) AS copies FROM documents WHERE dossier_id IN ${sql(dossierIds)}
      GROUP BY dossier_id, form_id, seq, revision) issued`;
  return row?.duplicates ?? 0;
}

/** The state each dossier's row holds, as the projection last wrote it. */
export async function projectedStates(sql: Sql, dossierIds: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await sql<{ id: string; state: unknown }[]>`SELECT id, state FROM dossiers WHERE id IN ${sql(dossierIds)}`;
  return new Map(rows.map((row) => [row.id, row.state]));
}

/** Of these request ids, those with no row in the audit trail. */
export async function requestsWithoutAudit(sql: Sql, requestIds: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (let start = 0; start < requestIds.length; start += 5_000) {
    const batch = requestIds.slice(start, start + 5_000);
    const audited = await sql<{ requestId: string }[]>`SELECT DISTINCT request_id AS "requestId" FROM audit_log WHERE request_id IN ${sql(batch)}`;
    const found = new Set(audited.map((row) => row.requestId));
    missing.push(...batch.filter((id) => !found.has(id)));
  }
  return missing;
}
