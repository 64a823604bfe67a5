import { randomUUID } from 'node:crypto';
import postgres, { type Sql } from 'postgres';
import { appendAuditBatch, parseAuditEntry, type AuditEntry, type AuditFields } from '../../store/audit-log';
import { openAuditSpool, type AuditSpool } from './audit-spool';
import { processLogger, reportTo } from '../../config/logger';

/**
 * Writes the API's audit rows, so that no accepted request's row is lost (docs/decisions/0006-audit-trail.md): the
 * API answers once its row is durable. Rows wait in memory, up to a bound, and are appended in batches: entries
 * that arrive while a transaction is under way go together in the next one. When PostgreSQL does not take them
 * (down, or refusing the role) or does not answer within `durableWaitMs`, or the bound is reached, they go to the
 * spool on disk, and are replayed in order from there when PostgreSQL takes them again, and at the next start.
 */
export interface AuditWriter {
  /**
   * Takes one request's row; throws at once on an entry the audit refuses. Resolves once the row is committed in
   * PostgreSQL or fsynced in the spool, or else reported as not recorded; never rejects.
   */
  record(entry: AuditEntry): Promise<void>;
  /**
   * Counts a request refused by a rate limit before the audit trail saw it. A flood must not grow an append-only trail
   * by a row per request: such refusals are kept as one `api.rate-limited` row per minute in which there were any, with
   * their count.
   */
  countRateLimited(): void;
  /** Rows not yet in PostgreSQL: in memory, and on disk. `/readyz` reports them. */
  backlog(): AuditBacklog;
  /** Writes, or spools, what is in memory and stops retrying: call it before `sql.end()`. */
  close(): Promise<void>;
}

export interface AuditBacklog {
  queued: number;
  spooled: number;
}

export interface AuditWriterOptions {
  spoolDir: string;
  /** Rows held in memory before new ones go to disk. */
  queueLimit: number;
  /** The first wait before PostgreSQL is tried again; it doubles up to 30 s. */
  retryMs?: number;
  /** How long rows wait for PostgreSQL's commit before they go to the spool instead. */
  durableWaitMs?: number;
  report?: (message: string, error?: unknown) => void;
}

const BATCH = 500;
const MAX_RETRY_MS = 30_000;
const RATE_LIMITED_SUMMARY_MS = 60_000;

/** A row waiting to be durable, and the request that waits for it. */
interface WaitingRow {
  fields: AuditFields;
  durable: () => void;
}

export async function createAuditWriter(
  sql: Sql,
  { spoolDir, queueLimit, retryMs = 500, durableWaitMs = 1000, report = reportTo(processLogger) }: AuditWriterOptions,
): Promise<AuditWriter> {
  const spool: AuditSpool = await openAuditSpool(spoolDir, report);
  const queue: WaitingRow[] = [];
  let inFlight = 0;
  let draining: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let wait = retryMs;
  let closed = false;

  const notAudited = (entries: AuditFields[], error: unknown) =>
    report(`AUDIT: could not record ${entries.map((fields) => `${fields.action} of request ${fields.requestId}`).join(', ')}; NOT in the audit trail`, error);

  // A row the disk refuses too is reported, and its request goes on: the audit never fails an answer.
  const toSpool = (rows: WaitingRow[]): Promise<void> =>
    spool
      .append(rows.map((row) => row.fields))
      .catch((error: unknown) => notAudited(rows.map((row) => row.fields), error))
      .finally(() => durable(rows));

  /** Appends a batch; a row PostgreSQL refuses for its content is reported and the others still go in. */
  async function append(batch: AuditFields[], skipRecorded: boolean): Promise<void> {
    try {
      await appendAuditBatch(sql, batch, { skipRecorded });
    } catch (error) {
      if (!refusedForItsContent(error)) throw error;
      for (const fields of batch) {
        await appendAuditBatch(sql, [fields], { skipRecorded }).catch((single: unknown) => {
          if (!refusedForItsContent(single)) throw single;
          notAudited([fields], single);
        });
      }
    }
  }

  async function drain(): Promise<void> {
    for (;;) {
      if (queue.length) {
        const batch = queue.splice(0, BATCH);
        inFlight = batch.length;
        // Memory holds the oldest rows: they go to disk first, then the ones behind them. A batch that PostgreSQL
        // commits after all is replayed from the spool as already recorded, and skipped.
        let spooled: Promise<void> | undefined;
        const spill = () => {
          inFlight = 0;
          spooled ??= toSpool([...batch, ...queue.splice(0)]);
        };
        const slow = setTimeout(spill, durableWaitMs);
        try {
          await append(batch.map((row) => row.fields), false);
          durable(batch);
        } catch (error) {
          spill();
          await spooled;
          return unavailable(error);
        } finally {
          clearTimeout(slow);
          inFlight = 0;
        }
      } else if (spool.rows && !closed) {
        try {
          await spool.replay((batch) => append(batch, true), BATCH);
        } catch (error) {
          return unavailable(error);
        }
      } else {
        wait = retryMs;
        return;
      }
    }
  }

  function unavailable(error: unknown): void {
    if (wait === retryMs) report(`AUDIT: PostgreSQL did not take the audit rows; ${spool.rows} are spooled in ${spoolDir} and will be replayed`, error);
    if (closed) return;
    retry = setTimeout(() => {
      retry = undefined;
      kick();
    }, wait);
    wait = Math.min(wait * 2, MAX_RETRY_MS);
  }

  function kick(): void {
    if (retry || draining) return;
    draining = drain().finally(() => (draining = undefined));
  }

  function record(entry: AuditEntry): Promise<void> {
    const fields = parseAuditEntry(entry);
    return new Promise<void>((resolve) => {
      const row = { fields, durable: resolve };
      // Once rows wait on disk, new ones queue behind them there, in order.
      if (spool.rows || queue.length >= queueLimit || closed) void toSpool([row]);
      else queue.push(row);
      kick();
    });
  }

  let rateLimited: { since: Date; count: number } | undefined;
  function recordRateLimited(): void {
    if (!rateLimited) return;
    const { since, count } = rateLimited;
    rateLimited = undefined;
    const until = new Date();
    void record({
      at: since,
      requestId: randomUUID(),
      userId: null,
      role: null,
      unitCode: null,
      action: 'api.rate-limited',
      outcome: 'refused',
      httpStatus: 429,
      details: { count, until: until.toISOString() },
    });
  }
  const rateLimitedSummary = setInterval(recordRateLimited, RATE_LIMITED_SUMMARY_MS).unref();

  kick(); // rows left on disk by the last run
  return {
    record,
    countRateLimited() {
      rateLimited ??= { since: new Date(), count: 0 };
      rateLimited.count++;
    },
    backlog: () => ({ queued: queue.length + inFlight, spooled: spool.rows }),
    async close() {
      clearInterval(rateLimitedSummary);
      recordRateLimited();
      closed = true;
      clearTimeout(retry);
      retry = undefined;
      await draining;
      if (queue.length) await drain();
      await spool.flushed();
    },
  };
}

function durable(rows: WaitingRow[]): void {
  for (const row of rows) row.durable();
}

/** PostgreSQL refused the row itself (a value it cannot store), not the connection or the role: retrying will not help. */
function refusedForItsContent(error: unknown): boolean {
  return error instanceof postgres.PostgresError && /^(22|23)/.test(error.code);
}
