import postgres from 'postgres';
import { loadAuditAnchorKey } from '../config/audit-anchor-key';
import { connectMinio } from '../config/connect';
import { parseEnv } from '../config/env';
import { readAuditAnchors } from '../store/audit-anchors';
import { verifyAuditChain, type AuditBreakReason } from '../store/audit-log';
import { stackToolEnv } from './stack-tool-env';

/**
 * `npm run audit:verify`: re-computes the audit chain, checks its head, and checks every anchor of it in the archive
 * bucket: its HMAC, and that the chain holds its hash at its seq (docs/decisions/0006-audit-trail.md).
 * Exit 0: intact; 1: broken, with the first break and every anchor that disagrees; 2: could not check.
 * Reads DATABASE_URL, MINIO_* and AUDIT_ANCHOR_KEY, or else those of the stack `npm start` runs.
 */
const meaning: Record<AuditBreakReason, string> = {
  'hash-mismatch': 'the row was changed after it was written',
  gap: 'rows before it were removed',
  'prev-mismatch': 'it does not link to the row before it (rows removed or rewritten)',
  'head-mismatch': 'the chain ends before its recorded head (the newest rows were removed, or the head was moved)',
};

async function main(): Promise<number> {
  const env = parseEnv(stackToolEnv());
  const databaseUrl = (env.DATABASE_URL ?? env.DATABASE_APP_URL) as string;
  const where = new URL(databaseUrl);
  console.log(`Verifying the audit chain in ${where.host}${where.pathname} and its anchors in bucket ${env.MINIO_BUCKET} …`);
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => undefined });
  try {
    const anchors = await readAuditAnchors({ sql, minio: connectMinio(env), bucket: env.MINIO_BUCKET, key: await loadAuditAnchorKey(env) });
    const forged = anchors.filter((checked) => !checked.valid);
    const anchoredHashes = new Map<number, string>();
    const conflicting: string[] = [];
    for (const checked of anchors) {
      if (!checked.valid) continue;
      const { seq, hash } = checked.anchor;
      if (anchoredHashes.has(seq) && anchoredHashes.get(seq) !== hash) conflicting.push(checked.objectName);
      else anchoredHashes.set(seq, hash);
    }
    let reported = 0;
    const report = await verifyAuditChain(sql, {
      anchors: anchoredHashes,
      onProgress: (rows) => {
        if (rows - reported < 1_000_000) return;
        reported = rows;
        console.log(`  … ${rows.toLocaleString('en')} rows`);
      },
    });
    for (const anchor of forged) console.log(`FORGED anchor ${anchor.objectName}: ${anchor.why}.`);
    for (const name of conflicting) console.log(`CONFLICTING anchor ${name}: another anchor of the same seq holds another hash.`);
    const anchorAt = (seq: number) => anchors.filter((checked) => checked.valid && checked.anchor.seq === seq).map((checked) => checked.objectName).join(', ');
    for (const { seq, reason } of report.anchorBreaks) {
      console.log(
        reason === 'anchor-mismatch'
          ? `BROKEN at anchor ${anchorAt(seq)}: the chain's row ${seq} is not the one anchored (rewritten since)`
          : `BROKEN at anchor ${anchorAt(seq)}: the chain ends before seq ${seq}, which was anchored (rows removed)`,
      );
    }
    if (report.firstBreak) {
      const { seq, reason } = report.firstBreak;
      console.log(`BROKEN at seq ${seq}: ${reason} — ${meaning[reason]}.`);
      console.log(`  ${report.rows} rows before it are intact; the head records seq ${report.head.seq}.`);
    }
    if (report.ok && !forged.length && !conflicting.length) {
      console.log(`Intact: ${report.rows} rows, head seq ${report.head.seq} (${report.head.hash}); ${anchors.length} anchors agree.`);
      return 0;
    }
    return 1;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Could not verify the audit chain: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
