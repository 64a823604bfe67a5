import { createHash } from 'node:crypto';
import type { Client } from 'minio';

/** The archive of signed documents: a versioned MinIO bucket. Keys carry ids only, never personal data. */
export interface DocumentStore {
  put(key: string, bytes: Uint8Array, sha256: string): Promise<{ versionId: string | null }>;
  ping(): Promise<void>;
}

export function createMinioDocumentStore(client: Client, bucket: string): DocumentStore {
  /** The id of the newest version of `key` if it holds exactly `bytes` (checked on its content, not its metadata). */
  async function newestVersionHolding(key: string, bytes: Uint8Array): Promise<string | undefined> {
    const digest = createHash('sha256').update(bytes).digest('hex');
    const newest = await client.statObject(bucket, key).catch((error: unknown) => {
      if (error instanceof Error && 'code' in error && (error.code === 'NotFound' || error.code === 'NoSuchKey')) return undefined;
      throw error;
    });
    if (!newest?.versionId || newest.metaData?.sha256 !== digest) return undefined;
    const stored = createHash('sha256');
    for await (const chunk of await client.getObject(bucket, key, { versionId: newest.versionId })) stored.update(chunk as Buffer);
    return stored.digest('hex') === digest ? newest.versionId : undefined;
  }

  return {
    async put(key, bytes, sha256) {
      // Sent again after an attempt that archived these bytes but was not recorded (a worker killed in between): they
      // are already the newest version, and the bucket, which keeps every version for years, gets no second copy.
      const same = await newestVersionHolding(key, bytes);
      if (same) return { versionId: same };
      const info = await client.putObject(bucket, key, Buffer.from(bytes), bytes.byteLength, {
        'Content-Type': 'application/pdf',
        'X-Amz-Meta-Sha256': sha256,
      });
      return { versionId: info.versionId ?? null };
    },
    async ping() {
      if (!(await client.bucketExists(bucket))) throw new Error(`bucket ${bucket} does not exist`);
    },
  };
}
