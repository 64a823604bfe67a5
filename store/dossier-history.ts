import type { Sql } from 'postgres';
import { z } from 'zod';
import { isRole } from '../domain/roles';
import type { DossierHistoryPage, DossierHistoryQuery } from '../domain/schemas/dossier-history';
import type { AuditOutcome } from './audit-log';
import { decodeCursor, encodeCursor } from './keyset';

/** An audit row's sequence number, as a cursor carries it. */
const SeqKey = z.string().regex(/^[1-9]\d{0,17}$/);

interface HistoryRow {
  seq: string;
  at: Date;
  userId: string | null;
  role: string | null;
  unitCode: string | null;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  httpStatus: number | null;
}

/**
 * Who did or read what to one dossier, newest first (the audit trail's `dossier_id` index). Keyset pages on the
 * trail's sequence: rows appended while a caller pages through are newer, so they never shift a later page.
 */
export async function dossierHistory(sql: Sql, dossierId: string, query: DossierHistoryQuery): Promise<DossierHistoryPage> {
  const before = query.cursor ? decodeCursor(query.cursor, [SeqKey])[0] : undefined;
  const rows = await sql<HistoryRow[]>`
    SELECT seq::text, at, user_id AS "userId", role, unit_code AS "unitCode", action, target, outcome, http_status AS "httpStatus"
    FROM audit_log
    WHERE dossier_id = ${dossierId} ${before ? sql`AND seq < ${before}::bigint` : sql``}
    ORDER BY seq DESC LIMIT ${query.limit + 1}`;
  const items = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? items[items.length - 1] : undefined;
  return {
    items: items.map((row) => ({
      seq: Number(row.seq),
      at: row.at.toISOString(),
      userId: row.userId,
      // Only verified principals' roles are recorded; anything else reads as none rather than break the schema.
      role: isRole(row.role) ? row.role : null,
      unitCode: row.unitCode,
      action: row.action,
      target: row.target,
      outcome: row.outcome,
      httpStatus: row.httpStatus,
    })),
    nextCursor: last ? encodeCursor([last.seq]) : null,
  };
}
