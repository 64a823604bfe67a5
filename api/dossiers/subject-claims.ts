import { isGrpcServiceError, ServiceError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Sql } from 'postgres';
import { workflowIdOf } from '../../workflows/messages';

/**
 * How long after its claim a dossier may take to appear, in the projection or in Temporal, before the claim is taken
 * for the leftover of an opening that crashed or failed between claiming and starting.
 */
export const CLAIM_GRACE_SECONDS = 120;

/**
 * A start sent to Temporal later than this after its claim is cut off (the gRPC deadline, which the server honours
 * too): by the end of the grace period, Temporal knows of every workflow the claim's opening could still start.
 */
export const START_DEADLINE_MS = 30_000;

const DESCRIBE_DEADLINE_MS = 5_000;

/** Statuses of a workflow that has ended: its dossier, never projected, holds nobody's place. */
const ENDED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TERMINATED', 'TIMED_OUT']);

/**
 * gRPC statuses with which Temporal refuses a start without carrying it out (grpc/doc/statuscodes.md):
 * INVALID_ARGUMENT, PERMISSION_DENIED, RESOURCE_EXHAUSTED, FAILED_PRECONDITION, UNAUTHENTICATED.
 */
const REFUSING_STATUSES = new Set([3, 7, 8, 9, 16]);

export interface ClaimHolder {
  id: string;
  /** Null while the dossier holding the claim has not been projected. */
  code: string | null;
}

/**
 * Whether a failed start certainly started nothing: Temporal refused it, or it never left this process (the client
 * wraps every error of the call itself in a ServiceError; a missing namespace comes as its own error). A start that
 * timed out or lost its connection may have been carried out, and keeps its claim for the grace period to settle.
 */
export function startRefused(error: unknown): boolean {
  if (!(error instanceof ServiceError)) return true;
  return isGrpcServiceError(error.cause) && REFUSING_STATUSES.has(error.cause.code);
}

/** The claim on an ID number (`active_subjects`) that makes one active dossier per person hold under concurrency. */
export function createSubjectClaims({ sql, temporal }: { sql: Sql; temporal: Client }) {
  /**
   * Claims the ID number for the dossier about to be started, or names what holds it: a dossier of the projection
   * that is not closed, or another opening's claim. A claim passes on when its dossier has closed, or when, past the
   * grace period, its dossier was never projected and Temporal has no running workflow for it.
   */
  async function claim(idNumber: string, dossierId: string): Promise<{ claimed: true } | { claimed: false; holder?: ClaimHolder }> {
    const [active] = await sql<ClaimHolder[]>`
      SELECT id, code FROM dossiers WHERE subject_id_number = ${idNumber} AND step <> 'closed' LIMIT 1`;
    if (active) return { claimed: false, holder: active };
    const claimed = await sql`
      INSERT INTO active_subjects (id_number, dossier_id) VALUES (${idNumber}, ${dossierId})
      ON CONFLICT (id_number) DO UPDATE SET dossier_id = excluded.dossier_id, claimed_at = now()
      WHERE EXISTS (SELECT 1 FROM dossiers d WHERE d.id = active_subjects.dossier_id AND d.step = 'closed')
      RETURNING dossier_id`;
    if (claimed.length) return { claimed: true };
    const [held] = await sql<(ClaimHolder & { pastGrace: boolean })[]>`
      SELECT a.dossier_id AS id, d.code, d.id IS NULL AND a.claimed_at < now() - make_interval(secs => ${CLAIM_GRACE_SECONDS}) AS "pastGrace"
      FROM active_subjects a LEFT JOIN dossiers d ON d.id = a.dossier_id
      WHERE a.id_number = ${idNumber}`;
    if (!held) return { claimed: false };
    const { pastGrace, ...holder } = held;
    if (pastGrace && !(await workflowRunning(holder.id))) {
      // Two openings that both found the claim abandoned: only the first moves it.
      const taken = await sql`
        UPDATE active_subjects SET dossier_id = ${dossierId}, claimed_at = now()
        WHERE id_number = ${idNumber} AND dossier_id = ${holder.id}
        RETURNING dossier_id`;
      if (taken.length) return { claimed: true };
    }
    return { claimed: false, holder };
  }

  /** Gives up the claim of a dossier whose workflow certainly did not start. */
  async function release(idNumber: string, dossierId: string): Promise<void> {
    await sql`DELETE FROM active_subjects WHERE id_number = ${idNumber} AND dossier_id = ${dossierId}`;
  }

  async function workflowRunning(dossierId: string): Promise<boolean> {
    try {
      const handle = temporal.workflow.getHandle(workflowIdOf(dossierId));
      const { status } = await temporal.connection.withDeadline(Date.now() + DESCRIBE_DEADLINE_MS, () => handle.describe());
      return !ENDED.has(status.name);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  return { claim, release };
}
