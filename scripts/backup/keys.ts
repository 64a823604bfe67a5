import { cp, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { damagedParts, partsOf, sha256File, type Part } from './manifest';

/**
 * The secrets under the data folder that the data cannot be read or checked without, by their path in it. A backup
 * copies them to a key bundle of their own, to be kept apart from the data (docs/operations.md):
 * - the payload codec's key ring: every payload in Temporal's store is encrypted with it;
 * - the audit anchor key: without it, every anchor in the archive looks forged;
 * - the development CA and the units' keys: the root that `/verify` checks the archived documents' signatures against;
 * - the development token issuer's key: the tokens already handed out stay valid.
 * Not kept: the application role's password and MinIO's key at rest, which the restored stack makes anew.
 */
export const keyPaths = ['temporal-codec/keys.json', 'audit-anchor/key', 'dev-ca', 'dev-issuer/key.json'] as const;

/** Copies the keys present under `dataDir` to `bundleDir`; resolves with each file's hash, for the backup's manifest. */
export async function exportKeys(dataDir: string, bundleDir: string): Promise<Part[]> {
  await mkdir(bundleDir, { recursive: true, mode: 0o700 });
  for (const key of keyPaths) {
    if (await stat(path.join(dataDir, key)).catch(() => undefined)) {
      await cp(path.join(dataDir, key), path.join(bundleDir, key), { recursive: true, preserveTimestamps: true, errorOnExist: false });
    }
  }
  return keyParts(bundleDir);
}

/** The key files under `dir` (a bundle, or a data folder), hashed. */
export async function keyParts(dir: string): Promise<Part[]> {
  const parts: Part[] = [];
  for (const key of keyPaths) {
    const found = await stat(path.join(dir, key)).catch(() => undefined);
    if (!found) continue;
    if (found.isDirectory()) parts.push(...(await partsOf(path.join(dir, key))).map((part) => ({ ...part, path: `${key}/${part.path}` })));
    else parts.push({ path: key, ...(await sha256File(path.join(dir, key))) });
  }
  return parts;
}

/**
 * Puts the bundle's keys where the restored stack reads them, after checking that they are the ones the backup was
 * taken with; without a bundle, checks the keys the operator already put in the data folder.
 */
export async function installKeys(expected: readonly Part[], dataDir: string, bundleDir: string | undefined): Promise<void> {
  const from = bundleDir ?? dataDir;
  const damaged = await damagedParts(from, expected);
  if (damaged.length > 0) {
    throw new Error(
      `the keys in ${from} are not the ones this backup was taken with (${damaged.join('; ')}). Give the key bundle exported with it (--keys <dir>), ` +
        'or put its files in the data folder first.',
    );
  }
  if (!bundleDir) return;
  for (const key of keyPaths) {
    if (await stat(path.join(bundleDir, key)).catch(() => undefined)) {
      await mkdir(path.dirname(path.join(dataDir, key)), { recursive: true, mode: 0o700 });
      await cp(path.join(bundleDir, key), path.join(dataDir, key), { recursive: true, preserveTimestamps: true });
    }
  }
}
