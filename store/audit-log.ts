import { createHash } from 'node:crypto';
import type { Sql } from 'postgres';
import { z } from 'zod';
import { DossierIdSchema } from '../domain/dossier/dossier-id';

/**
 * The audit trail: an append-only, hash-chained log of who did or read what (db/migrations/004_audit.sql,
 * docs/decisions/0006-audit-trail.md). Each row's hash is sha256(previous hash + canonical JSON of the row),
 * so editing or removing a row breaks every hash after it.
 */

export const auditOutcomes = ['ok', 'refused', 'error', 'aborted'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

const AuditEntrySchema = z.object({
  /** When the request arrived; kept to the millisecond, which is what both JavaScript and the hash see. */
  at: z.date().default(() => new Date()),
  requestId: z.string().min(1).max(200),
  userId: z.string().nullable(),
  role: z.string().nullable(),
  unitCode: z.string().nullable(),
  action: z.string().min(1).max(200),
  // PostgreSQL answers uuids in lower case; the hash must see what a later read will see.
  dossierId: DossierIdSchema.nullable().default(null),
  target: z.string().max(500).nullable().default(null),
  outcome: z.enum(auditOutcomes),
  httpStatus: z.int().min(100).max(599).nullable().default(null),
  /** Ids, counts and codes only: never a person's name, birth date or identity number. */
  details: z.record(z.string(), z.unknown()).default({}).transform(asStoredJson),
});

export type AuditEntry = z.input<typeof AuditEntrySchema>;
type AuditFields = z.output<typeof AuditEntrySchema>;

export interface AuditRecord extends AuditFields {
  seq: number;
  prevHash: string;
  hash: string;
}

/** What the first row links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A JSON value as it comes back out of a jsonb column: undefined dropped, dates as strings, and NUL
 * characters (which jsonb refuses) replaced, so that the appender hashes what the verifier will read.
 */
function asStoredJson(details: Record<string, unknown>): Record<string, unknown> {
  const text = JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\0', '\ufffd') : value));
  return JSON.parse(text) as Record<string, unknown>;
}

/** JSON with every object's keys sorted, at every depth: jsonb keeps no key order, so the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const members = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of one row: it covers every field but the hashes themselves, and links to the row before. */
export function auditRowHash(prevHash: string, row: AuditFields & { seq: number }): string {
  const fields = {
    seq: row.seq,
    at: row.at.toISOString(),
    requestId: row.requestId,
    userId: row.userId,
    role: row.role,
    unitCode: row.unitCode,
    action: row.action,
    dossierId: row.dossierId,
    target: row.target,
    outcome: row.outcome,
    httpStatus: row.httpStatus,
    details: row.details,
  };
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(fields)}`).digest('hex');
}

// One lock for the whole chain, so that two appenders (in this process or another replica) never
// link to the same head. Next to the migrations' 7461001.
const CHAIN_LOCK = 7461004;
// Bounds one transaction's size when many requests finish at once.
const MAX_BATCH = 500;

interface Waiting {
  fields: AuditFields;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

interface Appender {
  waiting: Waiting[];
  writing?: Promise<void>;
}

const appenders = new WeakMap<Sql, Appender>();

/**
 * Appends one entry to the chain and resolves with the stored row. Entries that arrive while a
 * transaction is under way are written together by the next one, so concurrent requests share one
 * lock and one commit instead of each holding a pooled connection while it waits for the lock.
 */
export function appendAudit(sql: Sql, entry: AuditEntry): Promise<AuditRecord> {
  // Called from 'close' handlers: a bad entry must reject, never throw where nothing catches it.
  const parsed = AuditEntrySchema.safeParse(entry);
  if (!parsed.success) return Promise.reject(parsed.error);
  const fields = parsed.data;
  let appender = appenders.get(sql);
  if (!appender) appenders.set(sql, (appender = { waiting: [] }));
  const stored = new Promise<AuditRecord>((resolve, reject) => appender.waiting.push({ fields, resolve, reject }));
  appender.writing ??= writeWaiting(sql, appender);
  return stored;
}

/** Resolves once every entry appended so far is written (or has failed): call it before `sql.end()`. */
export async function auditAppendsSettled(sql: Sql): Promise<void> {
  await appenders.get(sql)?.writing;
}

async function writeWaiting(sql: Sql, appender: Appender): Promise<void> {
  while (appender.waiting.length) {
    const batch = appender.waiting.splice(0, MAX_BATCH);
    try {
      const records = await appendBatch(sql, batch.map((waiting) => waiting.fields));
      batch.forEach((waiting, index) => waiting.resolve(records[index] as AuditRecord));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      // One bad entry must not cost the others their rows: write them one by one.
      else for (const waiting of batch) await appendBatch(sql, [waiting.fields]).then(([record]) => waiting.resolve(record as AuditRecord), waiting.reject);
    }
  }
  appender.writing = undefined;
}

async function appendBatch(sql: Sql, entries: AuditFields[]): Promise<AuditRecord[]> {
  return sql.begin(async (tx) => {
    // Sent together: PostgreSQL runs the read after the lock is granted, so it sees the latest head.
    const [, [head]] = await Promise.all([
      tx`SELECT pg_advisory_xact_lock(${CHAIN_LOCK}::bigint)`,
      tx<{ seq: string; hash: string }[]>`SELECT seq::text, hash FROM audit_head`,
    ]);
    if (!head) throw new Error('audit_head is missing: the audit chain has lost its head');
    let seq = Number(head.seq);
    let prevHash = head.hash;
    const records = entries.map((fields): AuditRecord => {
      seq += 1;
      const hash = auditRowHash(prevHash, { ...fields, seq });
      const record = { ...fields, seq, prevHash, hash };
      prevHash = hash;
      return record;
    });
    const rows = records.map((record) => ({
      seq: record.seq,
      at: record.at.toISOString(),
      request_id: record.requestId,
      user_id: record.userId,
      role: record.role,
      unit_code: record.unitCode,
      action: record.action,
      dossier_id: record.dossierId,
      target: record.target,
      outcome: record.outcome,
      http_status: record.httpStatus,
      details: record.details,
      prev_hash: record.prevHash,
      hash: record.hash,
    }));
    await tx`
      WITH appended AS (
        INSERT INTO audit_log (seq, at, request_id, user_id, role, unit_code, action, dossier_id, target, outcome, http_status, details, prev_hash, hash)
        SELECT seq, at, request_id, user_id, role, unit_code, action, dossier_id, target, outcome, http_status, details, prev_hash, hash
        FROM jsonb_populate_recordset(NULL::audit_log, ${tx.json(rows as never)})
      )
      UPDATE audit_head SET seq = ${seq}, hash = ${prevHash}`;
    return records;
  });
}

export type AuditBreakReason =
  /** The row's fields or hash were changed after it was written. */
  | 'hash-mismatch'
  /** Rows before this seq are missing. */
  | 'gap'
  /** The row does not link to the row before it (rows removed and renumbered, or a hash rewritten). */
  | 'prev-mismatch'
  /** The head names a later or different last row: the newest rows were removed or the head was moved. */
  | 'head-mismatch';

export interface AuditChainReport {
  /** Rows checked: all of them when the chain is intact, up to the first break otherwise. */
  rows: number;
  ok: boolean;
  head: { seq: number; hash: string };
  firstBreak?: { seq: number; reason: AuditBreakReason };
}

interface StoredRow {
  seq: string;
  at: Date;
  request_id: string;
  user_id: string | null;
  role: string | null;
  unit_code: string | null;
  action: string;
  dossier_id: string | null;
  target: string | null;
  outcome: AuditOutcome;
  http_status: number | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/**
 * Re-computes the chain from the first row to the head, streaming rows in order (constant memory, any
 * number of rows), and names the first break. One read-only snapshot, so rows appended meanwhile are not
 * mistaken for a moved head.
 */
export async function verifyAuditChain(
  sql: Sql,
  { onProgress, batchSize = 2000 }: { onProgress?: (rows: number) => void; batchSize?: number } = {},
): Promise<AuditChainReport> {
  return sql.begin('isolation level repeatable read read only', async (tx) => {
    const [stored] = await tx<{ seq: string; hash: string }[]>`SELECT seq::text, hash FROM audit_head`;
    const head = stored ? { seq: Number(stored.seq), hash: stored.hash } : { seq: -1, hash: '' };
    let rows = 0;
    let last = { seq: 0, hash: GENESIS_HASH };
    const cursor = tx<StoredRow[]>`
      SELECT seq::text, at, request_id, user_id, role, unit_code, action, dossier_id, target, outcome, http_status, details, prev_hash, hash
      FROM audit_log ORDER BY audit_log.seq`.cursor(batchSize);
    for await (const batch of cursor) {
      for (const row of batch) {
        const seq = Number(row.seq);
        const reason = breakIn(row, seq, last);
        if (reason) return { rows, ok: false, head, firstBreak: { seq, reason } };
        rows += 1;
        last = { seq, hash: row.hash };
      }
      onProgress?.(rows);
    }
    if (head.seq !== last.seq || head.hash !== last.hash) {
      return { rows, ok: false, head, firstBreak: { seq: Math.max(head.seq, last.seq), reason: 'head-mismatch' } };
    }
    return { rows, ok: true, head };
  });
}

function breakIn(row: StoredRow, seq: number, previous: { seq: number; hash: string }): AuditBreakReason | undefined {
  if (seq !== previous.seq + 1) return 'gap';
  if (row.prev_hash !== previous.hash) return 'prev-mismatch';
  const recomputed = auditRowHash(row.prev_hash, {
    seq,
    at: row.at,
    requestId: row.request_id,
    userId: row.user_id,
    role: row.role,
    unitCode: row.unit_code,
    action: row.action,
    dossierId: row.dossier_id,
    target: row.target,
    outcome: row.outcome,
    httpStatus: row.http_status,
    details: row.details,
  });
  return recomputed === row.hash ? undefined : 'hash-mismatch';
}
