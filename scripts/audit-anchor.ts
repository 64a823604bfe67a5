import postgres from 'postgres';
import { loadAuditAnchorKey } from '../config/audit-anchor-key';
import { connectMinio } from '../config/connect';
import { parseEnv } from '../config/env';
import { anchorAuditHead } from '../store/audit-anchors';
import { stackToolEnv } from './stack-tool-env';

/**
 * `npm run audit:anchor`: anchors the audit chain's head now, as the workflow worker does every
 * AUDIT_ANCHOR_INTERVAL_MINUTES (docs/decisions/0006-audit-trail.md). Reads the settings as `npm run audit:verify`.
 */
async function main(): Promise<void> {
  const env = parseEnv(stackToolEnv());
  const sql = postgres((env.DATABASE_APP_URL ?? env.DATABASE_URL) as string, { max: 1, connect_timeout: 10, onnotice: () => undefined });
  try {
    const anchored = await anchorAuditHead({ sql, minio: connectMinio(env), bucket: env.MINIO_BUCKET, key: await loadAuditAnchorKey(env) });
    console.log(anchored ? `Anchored seq ${anchored.anchor.seq} (${anchored.anchor.hash}) as ${anchored.objectName}.` : 'Nothing to anchor: the chain is empty.');
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(`Could not anchor the audit chain: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
