import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'minio';
import { z } from 'zod';
import type { VersionMove } from '../../store/backup-tables';

/** One version of one object of the archive, as `archive/index.jsonl` lists it; its bytes are in `archive/<file>`. */
const ArchivedVersion = z.object({
  name: z.string().min(1),
  versionId: z.string(),
  /** S3 lists a key's versions newest first: this is the place in that order, kept for the restore. */
  newerVersions: z.int().nonnegative(),
  lastModified: z.string(),
  deleteMarker: z.boolean(),
  file: z.string().optional(),
  size: z.int().nonnegative().optional(),
  sha256: z.string().optional(),
  contentType: z.string().optional(),
  /** The object's own metadata (x-amz-meta-*), such as the SHA-256 a document was archived with. */
  metadata: z.record(z.string(), z.string()).default({}),
  retention: z.object({ mode: z.enum(['GOVERNANCE', 'COMPLIANCE']), retainUntilDate: z.string() }).optional(),
});
type ArchivedVersion = z.infer<typeof ArchivedVersion>;

const INDEX = 'index.jsonl';

interface ListedVersion {
  name: string;
  versionId?: string;
  lastModified?: Date;
  isDeleteMarker?: boolean;
}

/** What a version's listing carries that the client's typings leave out. */
function listedVersion(item: object): ListedVersion | undefined {
  if (!('name' in item) || typeof item.name !== 'string') return undefined;
  return item as ListedVersion;
}

/**
 * Copies every version of every object in `bucket` (documents, anchors), with its metadata and retention, to
 * `dir`. `leaveOut` names objects not to copy (anchors of audit rows the database snapshot does not hold).
 */
export async function copyArchiveOut(
  client: Client,
  bucket: string,
  dir: string,
  leaveOut: (name: string) => boolean,
): Promise<{ versions: number; deleteMarkers: number; leftOut: string[] }> {
  await mkdir(path.join(dir, 'objects'), { recursive: true });
  const listed: ListedVersion[] = [];
  for await (const item of client.listObjects(bucket, '', true, { IncludeVersion: true })) {
    const version = listedVersion(item);
    if (version) listed.push(version);
  }
  const leftOut = new Set<string>();
  const newer = new Map<string, number>();
  let versions = 0;
  let deleteMarkers = 0;
  for (const item of listed) {
    if (leaveOut(item.name)) {
      leftOut.add(item.name);
      continue;
    }
    const newerVersions = newer.get(item.name) ?? 0;
    newer.set(item.name, newerVersions + 1);
    const base = { name: item.name, versionId: item.versionId ?? 'null', newerVersions, lastModified: (item.lastModified ?? new Date(0)).toISOString(), metadata: {} };
    let entry: ArchivedVersion;
    if (item.isDeleteMarker) {
      deleteMarkers++;
      entry = { ...base, deleteMarker: true };
    } else {
      versions++;
      // 'null' is S3's id of a version written before versioning was enabled.
      const versionId = { versionId: item.versionId ?? 'null' };
      const file = `objects/${String(versions).padStart(8, '0')}`;
      const [stat, retention] = await Promise.all([
        client.statObject(bucket, item.name, versionId),
        client.getObjectRetention(bucket, item.name, versionId).catch(() => undefined),
      ]);
      const { bytes, sha256 } = await download(await client.getObject(bucket, item.name, versionId), path.join(dir, file));
      entry = {
        ...base,
        deleteMarker: false,
        file,
        size: bytes,
        sha256,
        contentType: String(stat.metaData['content-type'] ?? 'application/octet-stream'),
        metadata: userMetadataOf(stat.metaData),
        ...(retention?.mode && retention.retainUntilDate ? { retention: { mode: retention.mode, retainUntilDate: retention.retainUntilDate } } : {}),
      };
    }
    await appendFile(path.join(dir, INDEX), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }
  return { versions, deleteMarkers, leftOut: [...leftOut].sort() };
}

async function download(source: NodeJS.ReadableStream, file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(source, tap, createWriteStream(file, { mode: 0o600 }));
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Writes the copied versions into `bucket` of a new archive, each key's oldest first so that the newest stays the
 * current one. The archive gives each version a new id: the answer maps the old ids to the new, for the documents
 * table. A version keeps at least its retention: the bucket's default applies from the restore, and a version that
 * was locked for longer is locked again until its own date (retention may be lengthened, never shortened).
 */
export async function copyArchiveIn(client: Client, bucket: string, dir: string, onProgress: (done: number) => void): Promise<VersionMove[]> {
  const text = await readFile(path.join(dir, INDEX), 'utf8').catch(() => '');
  const entries = text.split('\n').filter(Boolean).map((line) => ArchivedVersion.parse(JSON.parse(line)));
  entries.sort((a, b) => a.name.localeCompare(b.name) || b.newerVersions - a.newerVersions);
  const moves: VersionMove[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.deleteMarker) {
      await client.removeObject(bucket, entry.name);
      continue;
    }
    const bytes = await readFile(path.join(dir, entry.file ?? ''));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== entry.sha256) throw new Error(`archive/${entry.file ?? ''} (${entry.name}) does not hash to what was copied`);
    const { versionId } = await client.putObject(bucket, entry.name, bytes, bytes.length, { 'Content-Type': entry.contentType ?? 'application/octet-stream', ...entry.metadata });
    if (versionId) {
      moves.push({ objectKey: entry.name, from: entry.versionId, to: versionId });
      await keepRetention(client, bucket, entry, versionId);
    }
    if ((index + 1) % 100 === 0) onProgress(index + 1);
  }
  return moves;
}

async function keepRetention(client: Client, bucket: string, entry: ArchivedVersion, versionId: string): Promise<void> {
  if (!entry.retention) return;
  const current = await client.getObjectRetention(bucket, entry.name, { versionId }).catch(() => undefined);
  if (current?.retainUntilDate && new Date(current.retainUntilDate) >= new Date(entry.retention.retainUntilDate)) return;
  if (new Date(entry.retention.retainUntilDate) <= new Date()) return;
  await client.putObjectRetention(bucket, entry.name, { versionId, mode: entry.retention.mode, retainUntilDate: entry.retention.retainUntilDate });
}

/** The client hands user metadata over without its x-amz-meta- prefix, beside standard and x-amz- headers. */
function userMetadataOf(metaData: Record<string, unknown>): Record<string, string> {
  const standard = ['content-type', 'cache-control', 'content-encoding', 'content-disposition', 'content-language', 'x-amz-website-redirect-location'];
  return Object.fromEntries(
    Object.entries(metaData)
      .filter(([key]) => !standard.includes(key.toLowerCase()) && !key.toLowerCase().startsWith('x-amz-'))
      .map(([key, value]) => [key, String(value)]),
  );
}
