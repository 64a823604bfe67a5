import type { Client as MinioClient } from 'minio';
import type { Sql } from 'postgres';
import { anchorAuditHead } from '../store/audit-anchors';
import { processLogger, reportTo } from '../config/logger';

/**
 * Anchors the audit chain's head in the archive bucket every `minutes`, from the workflow worker
 * (docs/decisions/0006-audit-trail.md): a head that has not moved since the last anchor is not anchored again. An
 * outage of PostgreSQL or MinIO skips a round and is reported; the next round tries again.
 */
export function anchorAuditHeadEvery(
  minutes: number,
  target: { sql: Sql; minio: MinioClient; bucket: string; key: Buffer },
  log: (message: string, error?: unknown) => void = reportTo(processLogger),
): { stop(): Promise<void> } {
  let last: { seq: number; hash: string } | undefined;
  let round: Promise<void> = Promise.resolve();
  const anchor = () => {
    round = anchorAuditHead(target, last).then(
      (anchored) => {
        if (anchored) last = anchored.anchor;
      },
      (error: unknown) => log('AUDIT: could not anchor the audit chain this round; the next round tries again', error),
    );
  };
  anchor();
  const timer = setInterval(anchor, minutes * 60_000);
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
