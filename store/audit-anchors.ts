import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Client as MinioClient } from 'minio';
import type { Sql } from 'postgres';
import { z } from 'zod';
import { canonicalJson } from './audit-log';

/**
 * The audit chain's head, anchored outside the database (docs/decisions/0006-audit-trail.md): a small JSON object in
 * the locked archive bucket, with an HMAC-SHA256 whose key the database never holds. Whoever rewrites the chain from
 * some row on, recomputing every hash, cannot rewrite the anchors taken since: `npm run audit:verify` compares them.
 * Ids and hashes only, no personal data.
 */
const AuditAnchorSchema = z.object({
  /** The database whose chain it anchors: one bucket may archive several (staging, production). */
  database: z.string().min(1),
  seq: z.int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  anchoredAt: z.iso.datetime(),
  hmac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditAnchor = z.infer<typeof AuditAnchorSchema>;

const PREFIX = 'audit-anchors';

/** Where a database's anchors are kept: `audit-anchors/<database>/<anchoredAt>-<seq>.json`. */
function anchorPrefix(database: string): string {
  return `${PREFIX}/${database}/`;
}

function hmacOf(key: Buffer, { database, seq, hash, anchoredAt }: Omit<AuditAnchor, 'hmac'>): string {
  return createHmac('sha256', key).update(canonicalJson({ database, seq, hash, anchoredAt })).digest('hex');
}

/**
 * Writes the chain's head to the bucket, unless it has not moved since `after` (the last head this process anchored).
 * Resolves with the anchor written, or undefined when there was nothing new.
 */
export async function anchorAuditHead(
  { sql, minio, bucket, key }: { sql: Sql; minio: MinioClient; bucket: string; key: Buffer },
  after?: { seq: number; hash: string },
): Promise<{ objectName: string; anchor: AuditAnchor } | undefined> {
  const [head] = await sql<{ database: string; seq: string; hash: string }[]>`SELECT current_database() AS database, seq::text, hash FROM audit_head`;
  if (!head || head.seq === '0' || (after && after.seq === Number(head.seq) && after.hash === head.hash)) return undefined;
  const fields = { database: head.database, seq: Number(head.seq), hash: head.hash, anchoredAt: new Date().toISOString() };
  const anchor = { ...fields, hmac: hmacOf(key, fields) };
  const objectName = `${anchorPrefix(anchor.database)}${anchor.anchoredAt}-${anchor.seq}.json`;
  const body = Buffer.from(JSON.stringify(anchor));
  await minio.putObject(bucket, objectName, body, body.length, { 'Content-Type': 'application/json' });
  return { objectName, anchor };
}

export type CheckedAnchor = { objectName: string } & ({ valid: true; anchor: AuditAnchor } | { valid: false; why: string });

/** Every anchor of this database's chain in the bucket, each with its HMAC checked. */
export async function readAuditAnchors({ sql, minio, bucket, key }: { sql: Sql; minio: MinioClient; bucket: string; key: Buffer }): Promise<CheckedAnchor[]> {
  const [{ database } = { database: '' }] = await sql<{ database: string }[]>`SELECT current_database() AS database`;
  const names: string[] = [];
  for await (const item of minio.listObjectsV2(bucket, anchorPrefix(database), true) as AsyncIterable<{ name?: string }>) {
    if (item.name) names.push(item.name);
  }
  return Promise.all(names.sort().map(async (objectName) => checkAnchor(objectName, await readObject(minio, bucket, objectName), database, key)));
}

function checkAnchor(objectName: string, text: string, database: string, key: Buffer): CheckedAnchor {
  let parsed;
  try {
    parsed = AuditAnchorSchema.safeParse(JSON.parse(text));
  } catch {
    return { objectName, valid: false, why: 'not JSON' };
  }
  if (!parsed.success) return { objectName, valid: false, why: 'not an anchor' };
  const anchor = parsed.data;
  const expected = Buffer.from(hmacOf(key, anchor), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(anchor.hmac, 'hex'))) return { objectName, valid: false, why: 'its HMAC does not match: not written with the anchor key, or altered' };
  if (anchor.database !== database) return { objectName, valid: false, why: `it anchors database ${anchor.database}, not ${database}` };
  return { objectName, valid: true, anchor };
}

async function readObject(minio: MinioClient, bucket: string, objectName: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await minio.getObject(bucket, objectName)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
