import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';

/** A file of a backup (or of a key bundle), by its path inside it, with what it must hash to. */
const Part = z.object({ path: z.string().min(1), bytes: z.int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type Part = z.infer<typeof Part>;

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

/** `manifest.json` of a backup: what was taken, when, in which order, and the hash of every file. */
export const BackupManifest = z.object({
  format: z.literal('hoso-backup/1'),
  /** When the backup started and ended; `snapshotAt` is PostgreSQL's snapshot, the instant the backup stands for. */
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  snapshotAt: z.iso.datetime(),
  source: z.object({ dataDir: z.string(), database: z.string(), bucket: z.string() }),
  /** The migrations the database had: a restore runs with the release that has exactly these. */
  migrations: z.array(z.string()),
  auditHead: z.object({ seq: z.int().nonnegative(), hash: Hash }),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), rows: z.int().nonnegative(), file: z.string() })),
  archive: z.object({
    versions: z.int().nonnegative(),
    deleteMarkers: z.int().nonnegative(),
    /** Anchors of chain rows the snapshot does not hold (anchored after it): left out, named here. */
    anchorsLeftOut: z.array(z.string()),
  }),
  /** The hash of each key file the data needs (from the key bundle, kept apart): a restore checks the keys it is given. */
  keys: z.array(Part),
  parts: z.array(Part),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export const MANIFEST = 'manifest.json';

export async function sha256File(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return { bytes: (await stat(file)).size, sha256: hash.digest('hex') };
}

/** Every file under `dir`, hashed, by its path relative to `dir`; `except` leaves some out (the manifest itself). */
export async function partsOf(dir: string, except: readonly string[] = []): Promise<Part[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const parts: Part[] = [];
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (!except.includes(relative)) parts.push({ path: relative, ...(await sha256File(file)) });
  }
  return parts.sort((a, b) => a.path.localeCompare(b.path));
}

/** The parts whose file is missing, of another size, or hashes otherwise, each with why; empty when all match. */
export async function damagedParts(dir: string, parts: readonly Part[]): Promise<string[]> {
  const damaged: string[] = [];
  for (const part of parts) {
    const found = await sha256File(path.join(dir, part.path)).catch(() => undefined);
    if (!found) damaged.push(`${part.path}: missing`);
    else if (found.bytes !== part.bytes || found.sha256 !== part.sha256) damaged.push(`${part.path}: ${found.bytes} bytes, SHA-256 ${found.sha256}; the manifest says ${part.bytes} bytes, ${part.sha256}`);
  }
  return damaged;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${dir} holds no ${MANIFEST}: not a backup, or one that did not finish`);
  });
  return BackupManifest.parse(JSON.parse(text));
}

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}
