import type { Client } from 'minio';
import type { Readable } from 'node:stream';

/** The archive of signed documents: a versioned MinIO bucket. Keys carry ids only, never personal data. */
export interface DocumentStore {
  put(key: string, bytes: Uint8Array, sha256: string): Promise<{ versionId: string | null }>;
  get(key: string, versionId?: string | null): Promise<Readable>;
  ping(): Promise<void>;
}

export function createMinioDocumentStore(client: Client, bucket: string): DocumentStore {
  return {
    async put(key, bytes, sha256) {
      const info = await client.putObject(bucket, key, Buffer.from(bytes), bytes.byteLength, {
        'Content-Type': 'application/pdf',
        'X-Amz-Meta-Sha256': sha256,
      });
      return { versionId: info.versionId ?? null };
    },
    async get(key, versionId) {
      return client.getObject(bucket, key, versionId ? { versionId } : {});
    },
    async ping() {
      if (!(await client.bucketExists(bucket))) throw new Error(`bucket ${bucket} does not exist`);
    },
  };
}
