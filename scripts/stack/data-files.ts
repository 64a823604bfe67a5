import { join } from 'node:path';

/**
 * The keys, spool and certificates a stack keeps in its data folder, as the settings that name them: the stack hands
 * them to its processes (scripts/dev-stack.ts), and hoso's command-line tools find them there (scripts/stack-tool-env.ts).
 */
export function dataFilesOf(dataDir: string) {
  return {
    AUDIT_SPOOL_DIR: join(dataDir, 'audit-spool'),
    AUDIT_ANCHOR_KEY_FILE: join(dataDir, 'audit-anchor', 'key'),
    AUTH_DEV_KEY_FILE: join(dataDir, 'dev-issuer', 'key.json'),
    SIGNING_DEV_CA_DIR: join(dataDir, 'dev-ca'),
    TEMPORAL_CODEC_KEY_FILE: join(dataDir, 'temporal-codec', 'keys.json'),
  };
}
