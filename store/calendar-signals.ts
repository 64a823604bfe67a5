import type { TransactionSql } from 'postgres';

/**
 * Taken by a calendar save and by each page the broadcaster sends: a save never lands between reading a page and
 * recording it sent, and the replicas of the API send one page at a time, each with the calendar then in force.
 */
const CALENDAR_SIGNALS_LOCK = 7461010;

/** Longest wait before a dossier whose signal failed is tried again. */
const MAX_RETRY_SECONDS = 300;

/** Waits for the page being sent, if any; for the transaction that saves a calendar year. */
export async function lockCalendarSignals(tx: TransactionSql): Promise<void> {
  await tx`SELECT pg_advisory_xact_lock(${CALENDAR_SIGNALS_LOCK}::bigint)`;
}

/** False while another process sends a page or saves the calendar. */
export async function tryLockCalendarSignals(tx: TransactionSql): Promise<boolean> {
  const [row] = await tx<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${CALENDAR_SIGNALS_LOCK}::bigint) AS locked`;
  return row?.locked === true;
}

/**
 * Records the broadcast of the calendar just saved and queues its signal to every dossier open now: those of the
 * projection, and those whose opening has claimed the person but not been projected yet (their workflow may have loaded
 * the calendar before this save). Returns how many dossiers will be told. Under the lock, in the save's transaction.
 */
export async function queueCalendarSignals(tx: TransactionSql, calendarVersion: string, savedBy: string): Promise<number> {
  const queued = await tx`
    WITH broadcast AS (
      INSERT INTO calendar_broadcasts (revision, calendar_version, saved_by)
      SELECT coalesce(max(revision), 0) + 1, ${calendarVersion}, ${savedBy} FROM calendar_broadcasts
      RETURNING revision
    )
    INSERT INTO calendar_signals (dossier_id, revision)
    SELECT open.id, broadcast.revision FROM broadcast, (
      SELECT id FROM dossiers WHERE step <> 'closed'
      UNION
      SELECT a.dossier_id FROM active_subjects a WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.id = a.dossier_id)
    ) AS open
    ON CONFLICT (dossier_id) DO UPDATE SET revision = excluded.revision, attempts = 0, next_attempt_at = now()`;
  return queued.count;
}

/** The dossiers whose signal is due, those waiting longest first. */
export async function dueCalendarSignals(tx: TransactionSql, limit: number): Promise<string[]> {
  const rows = await tx<{ dossierId: string }[]>`
    SELECT dossier_id AS "dossierId" FROM calendar_signals WHERE next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ${limit}`;
  return rows.map((row) => row.dossierId);
}

export async function calendarSignalsSent(tx: TransactionSql, dossierIds: string[]): Promise<void> {
  if (dossierIds.length) await tx`DELETE FROM calendar_signals WHERE dossier_id = ANY(${dossierIds}::uuid[])`;
}

/** Tries the dossiers again later: 2, 4, 8 … seconds after each failure, then every five minutes. */
export async function postponeCalendarSignals(tx: TransactionSql, dossierIds: string[]): Promise<void> {
  if (!dossierIds.length) return;
  await tx`
    UPDATE calendar_signals SET attempts = attempts + 1,
      next_attempt_at = now() + make_interval(secs => least(power(2, attempts + 1), ${MAX_RETRY_SECONDS}))
    WHERE dossier_id = ANY(${dossierIds}::uuid[])`;
}
