import postgres from 'postgres';
import { verifyAuditChain, type AuditBreakReason } from '../store/audit-log';

/**
 * `npm run audit:verify`: re-computes the audit chain and checks its head (docs/decisions/0006-audit-trail.md).
 * Exit 0: intact; 1: broken, with the first break; 2: could not check.
 * Reads DATABASE_URL, or else the database `npm start` runs (scripts/start.ts, scripts/dev-stack.ts).
 */
const databaseUrl =
  process.env.DATABASE_URL ?? `postgres://hoso:hoso-dev@127.0.0.1:${process.env.HOSO_POSTGRES_PORT ?? '54320'}/hoso`;

const meaning: Record<AuditBreakReason, string> = {
  'hash-mismatch': 'the row was changed after it was written',
  gap: 'rows before it were removed',
  'prev-mismatch': 'it does not link to the row before it (rows removed or rewritten)',
  'head-mismatch': 'the chain ends before its recorded head (the newest rows were removed, or the head was moved)',
};

async function main(): Promise<number> {
  const where = new URL(databaseUrl);
  console.log(`Verifying the audit chain in ${where.host}${where.pathname} …`);
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => undefined });
  try {
    let reported = 0;
    const report = await verifyAuditChain(sql, {
      onProgress: (rows) => {
        if (rows - reported < 1_000_000) return;
        reported = rows;
        console.log(`  … ${rows.toLocaleString('en')} rows`);
      },
    });
    if (report.ok) {
      console.log(`Intact: ${report.rows} rows, head seq ${report.head.seq} (${report.head.hash}).`);
      return 0;
    }
    const { seq, reason } = report.firstBreak ?? { seq: -1, reason: 'head-mismatch' };
    console.log(`BROKEN at seq ${seq}: ${reason} — ${meaning[reason]}.`);
    console.log(`  ${report.rows} rows before it are intact; the head records seq ${report.head.seq}.`);
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
