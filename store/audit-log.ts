import { createHash } from 'node:crypto';
import type { Sql, TransactionSql } from 'postgres';
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
export type AuditFields = z.output<typeof AuditEntrySchema>;

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

/** Checks and normalises an entry to what the chain stores; throws on an entry the audit refuses. */
export function parseAuditEntry(entry: AuditEntry): AuditFields {
  return AuditEntrySchema.parse(entry);
}

/** Appends one entry to the chain and resolves with the stored row; an entry the audit refuses rejects. */
export async function appendAudit(sql: Sql, entry: AuditEntry): Promise<AuditRecord> {
  const [record] = await appendAuditBatch(sql, [parseAuditEntry(entry)]);
  return record as AuditRecord;
}

/**
 * Appends entries to the chain in one transaction, in their order. With `skipRecorded`, an entry whose request is
 * already in the chain (same request id, arrival instant and action), or earlier in `entries`, is skipped: a replay of
 * spooled rows that was cut short after its commit, or of rows PostgreSQL committed after they were spooled, writes
 * nothing twice. Resolves with the rows written.
 */
export async function appendAuditBatch(sql: Sql, entries: AuditFields[], { skipRecorded = false } = {}): Promise<AuditRecord[]> {
  return sql.begin(async (tx) => {
    // Sent together: PostgreSQL runs the read after the lock is granted, so it sees the latest head.
    const [, [head]] = await Promise.all([
      tx`SELECT pg_advisory_xact_lock(${CHAIN_LOCK}::bigint)`,
      tx<{ seq: string; hash: string }[]>`SELECT seq::text, hash FROM audit_head`,
    ]);
    if (!head) throw new Error('audit_head is missing: the audit chain has lost its head');
    const recorded = skipRecorded ? await recordedRequests(tx, entries) : undefined;
    const toAppend = recorded
      ? entries.filter((fields) => {
          const key = requestKey(fields);
          if (recorded.has(key)) return false;
          recorded.add(key);
          return true;
        })
      : entries;
    if (!toAppend.length) return [];
    let seq = Number(head.seq);
    let prevHash = head.hash;
    const records = toAppend.map((fields): AuditRecord => {
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

/** One request's row: the same request id, arrival instant and action. */
function requestKey(fields: Pick<AuditFields, 'requestId' | 'at' | 'action'>): string {
  return `${fields.requestId}\n${fields.at.toISOString()}\n${fields.action}`;
}

async function recordedRequests(tx: TransactionSql, entries: AuditFields[]): Promise<Set<string>> {
  const rows = await tx<{ request_id: string; at: Date; action: string }[]>`
    SELECT request_id, at, action FROM audit_log WHERE request_id IN ${tx(entries.map((fields) => fields.requestId))}`;
  return new Set(rows.map((row) => requestKey({ requestId: row.request_id, at: row.at, action: row.action })));
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
  /** The chain is intact, and agrees with every anchor given. */
  ok: boolean;
  head: { seq: number; hash: string };
  firstBreak?: { seq: number; reason: AuditBreakReason };
  /** Anchored seqs the intact chain disagrees with: rewritten since (another hash), or cut short (no such row). */
  anchorBreaks: { seq: number; reason: 'anchor-mismatch' | 'anchor-beyond-head' }[];
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
 * mistaken for a moved head. Given anchors (seq to hash, taken outside the database: store/audit-anchors.ts),
 * an intact chain must also hold each anchored hash at its seq.
 */
export async function verifyAuditChain(
  sql: Sql,
  { onProgress, batchSize = 2000, anchors = new Map() }: { onProgress?: (rows: number) => void; batchSize?: number; anchors?: ReadonlyMap<number, string> } = {},
): Promise<AuditChainReport> {
  return sql.begin('isolation level repeatable read read only', async (tx) => {
    const [stored] = await tx<{ seq: string; hash: string }[]>`SELECT seq::text, hash FROM audit_head`;
    const head = stored ? { seq: Number(stored.seq), hash: stored.hash } : { seq: -1, hash: '' };
    let rows = 0;
    let last = { seq: 0, hash: GENESIS_HASH };
    const anchorBreaks: AuditChainReport['anchorBreaks'] = [];
    const cursor = tx<StoredRow[]>`
      SELECT seq::text, at, request_id, user_id, role, unit_code, action, dossier_id, target, outcome, http_status, details, prev_hash, hash
      FROM audit_log ORDER BY audit_log.seq`.cursor(batchSize);
    for await (const batch of cursor) {
      for (const row of batch) {
        const seq = Number(row.seq);
        const reason = breakIn(row, seq, last);
        if (reason) return { rows, ok: false, head, firstBreak: { seq, reason }, anchorBreaks };
        const anchored = anchors.get(seq);
        if (anchored !== undefined && anchored !== row.hash) anchorBreaks.push({ seq, reason: 'anchor-mismatch' });
        rows += 1;
        last = { seq, hash: row.hash };
      }
      onProgress?.(rows);
    }
    if (head.seq !== last.seq || head.hash !== last.hash) {
      return { rows, ok: false, head, firstBreak: { seq: Math.max(head.seq, last.seq), reason: 'head-mismatch' }, anchorBreaks };
    }
    for (const seq of anchors.keys()) if (seq > last.seq) anchorBreaks.push({ seq, reason: 'anchor-beyond-head' });
    return { rows, ok: anchorBreaks.length === 0, head, anchorBreaks };
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
