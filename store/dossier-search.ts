import type { Sql } from 'postgres';
import { getRegime, type RegimeId, type StepId } from '../domain/procedure';
import type { DossierListQuery, DossierSummary, InboxItem, InboxQuery } from '../domain/schemas/dossier-queries';
import { foldVietnamese } from '../domain/text/fold';
import type { Reach } from '../api/access/guard';
import type { Principal } from '../api/auth/claims';
import { reachCondition } from './dossier-reach';
import { DossierIdSchema } from '../domain/dossier/dossier-id';
import { DeadlineIdKey, decodeCursor, encodeCursor, TimestampKey } from './keyset';

interface SummaryRow {
  id: string;
  code: string;
  regimeId: RegimeId;
  step: StepId;
  closure: string | null;
  communeCode: string;
  subjectName: string;
  subjectBirth: string;
  subjectSex: 'male' | 'female';
  subjectIdNumber: string;
  detectedOn: string;
  openedAt: Date;
  dueAt: Date | null;
  isOverdue: boolean;
  failedForms: number;
  /** opened_at as Postgres writes it (microseconds, which a JavaScript Date would cut): the keyset cursor. */
  openedKey: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const VIETNAM = '+07:00';

/** Dates come back as text: a DATE column is a civil date, never shifted by a time zone. */
const summaryColumns = (sql: Sql) => sql`
  d.id, d.code, d.regime_id AS "regimeId", d.step, d.closure, d.commune_code AS "communeCode",
  d.subject_name AS "subjectName", d.subject_birth::text AS "subjectBirth", d.subject_sex AS "subjectSex",
  d.subject_id_number AS "subjectIdNumber", d.detected_on::text AS "detectedOn", d.opened_at AS "openedAt",
  d.due_at AS "dueAt", d.is_overdue AS "isOverdue", d.failed_forms AS "failedForms", d.opened_at::text AS "openedKey"`;

function summaryOf(row: SummaryRow): DossierSummary {
  return {
    dossierId: row.id,
    code: row.code,
    regimeId: row.regimeId,
    step: row.step,
    stepTitle: getRegime(row.regimeId).steps[row.step].title,
    closure: row.closure,
    communeCode: row.communeCode,
    subject: { fullName: row.subjectName, dateOfBirth: row.subjectBirth, sex: row.subjectSex, idNumber: row.subjectIdNumber },
    detectedOn: row.detectedOn,
    openedAt: row.openedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    isOverdue: row.isOverdue,
    failedForms: row.failedForms,
  };
}

/**
 * The dossiers a caller reaches, filtered, newest first, by keyset (opened_at, id). `unitScope` lists the
 * `unit` filter's unit and every unit below it.
 */
export async function listDossiers(sql: Sql, reach: Reach, query: DossierListQuery, unitScope?: readonly string[]): Promise<Page<DossierSummary>> {
  const conditions = [reachCondition(sql, reach)];
  if (query.unit && unitScope) {
    const unit = query.unit;
    conditions.push(sql`(d.commune_code = ANY(${unitScope as string[]}) OR ${unit} IN (d.health_facility_code, d.reviewer_code, d.court_code, d.escort_code, d.centre_code))`);
  }
  if (query.step) conditions.push(sql`d.step = ${query.step}`);
  if (query.regime) conditions.push(sql`d.regime_id = ${query.regime}`);
  if (query.overdue !== undefined) conditions.push(sql`d.is_overdue = ${query.overdue}`);
  if (query.dueBefore) conditions.push(sql`d.due_at < (${query.dueBefore}::date + 1)::timestamp AT TIME ZONE ${VIETNAM}`);
  if (query.openedFrom) conditions.push(sql`d.opened_at >= ${query.openedFrom}::timestamp AT TIME ZONE ${VIETNAM}`);
  if (query.openedTo) conditions.push(sql`d.opened_at < (${query.openedTo}::date + 1)::timestamp AT TIME ZONE ${VIETNAM}`);
  if (query.q) {
    const digits = query.q.replace(/\s+/g, '');
    if (/^\d{3,12}$/.test(digits)) conditions.push(sql`d.subject_id_number LIKE ${`${digits}%`}`);
    else conditions.push(sql`d.subject_name_folded LIKE ${`%${escapeLike(foldVietnamese(query.q))}%`}`);
  }
  if (query.cursor) {
    const [openedAt, id] = decodeCursor(query.cursor, [TimestampKey, DossierIdSchema]);
    conditions.push(sql`(d.opened_at, d.id) < (${openedAt}::text::timestamptz, ${id}::uuid)`);
  }
  const where = conditions.reduce((all, condition) => sql`${all} AND ${condition}`);
  const rows = await sql<SummaryRow[]>`
    SELECT ${summaryColumns(sql)} FROM dossiers d WHERE ${where}
    ORDER BY d.opened_at DESC, d.id DESC LIMIT ${query.limit + 1}`;
  const items = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? items[items.length - 1] : undefined;
  return { items: items.map(summaryOf), nextCursor: last ? encodeCursor([last.openedKey, last.id]) : null };
}

/** An inbox item as stored: its countdown in working days is the API's to add, with the calendar of the day. */
export type InboxTask = Omit<InboxItem, 'deadline'> & { deadline: Omit<InboxItem['deadline'], 'workingDaysLeft' | 'overdueWorkingDays'> };

/** What waits for the caller's role at the caller's unit: running office deadlines, soonest first. */
export async function inbox(sql: Sql, principal: Principal, query: InboxQuery): Promise<Page<InboxTask>> {
  const after = query.cursor ? decodeCursor(query.cursor, [TimestampKey, DossierIdSchema, DeadlineIdKey]) : undefined;
  const rows = await sql<(SummaryRow & { deadlineId: string; waitDueAt: Date; waitDueKey: string })[]>`
    SELECT ${summaryColumns(sql)}, w.deadline_id AS "deadlineId", w.due_at AS "waitDueAt", w.due_at::text AS "waitDueKey"
    FROM dossier_waits w JOIN dossiers d ON d.id = w.dossier_id
    WHERE w.role = ${principal.role} AND w.unit_code = ${principal.unitCode}
      ${after ? sql`AND (w.due_at, w.dossier_id, w.deadline_id) > (${after[0]}::text::timestamptz, ${after[1]}::uuid, ${after[2]})` : sql``}
    ORDER BY w.due_at, w.dossier_id, w.deadline_id LIMIT ${query.limit + 1}`;
  const items = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? items[items.length - 1] : undefined;
  const now = Date.now();
  return {
    items: items.map((row) => ({
      ...summaryOf(row),
      deadline: {
        id: row.deadlineId,
        description: deadlineDescription(row.regimeId, row.step, row.deadlineId),
        dueAt: row.waitDueAt.toISOString(),
        overdue: row.waitDueAt.getTime() < now,
      },
    })),
    nextCursor: last ? encodeCursor([last.waitDueKey, last.id, last.deadlineId]) : null,
  };
}

function deadlineDescription(regimeId: RegimeId, step: StepId, deadlineId: string): string {
  return getRegime(regimeId).steps[step].deadlines.find((rule) => rule.id === deadlineId)?.description ?? deadlineId;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
