import { readFile } from 'node:fs/promises';
import { ConfigError, type Env } from './env';

export type AuditAnchorKeyEnv = Pick<Env, 'HOSO_ENV' | 'AUDIT_ANCHOR_KEY' | 'AUDIT_ANCHOR_KEY_FILE'>;

/**
 * The key of the audit anchors' HMAC (docs/decisions/0006-audit-trail.md): AUDIT_ANCHOR_KEY, or in development the
 * key file `npm start` and `npm test` create. Production requires the key itself: a file left by development would
 * be a key anyone with the disk could use.
 */
export async function loadAuditAnchorKey(env: AuditAnchorKeyEnv): Promise<Buffer> {
  if (env.AUDIT_ANCHOR_KEY) return Buffer.from(env.AUDIT_ANCHOR_KEY, 'base64');
  if (env.HOSO_ENV === 'production') {
    throw new ConfigError('Invalid configuration: AUDIT_ANCHOR_KEY is required when HOSO_ENV=production (the key of the audit anchors, kept out of the database)');
  }
  try {
    return Buffer.from((await readFile(env.AUDIT_ANCHOR_KEY_FILE, 'utf8')).trim(), 'base64');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ConfigError(`Invalid configuration: no audit anchor key: set AUDIT_ANCHOR_KEY (${env.AUDIT_ANCHOR_KEY_FILE} does not exist; npm start creates one)`);
  }
}
