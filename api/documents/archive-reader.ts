import type { Client } from 'minio';

/**
 * Why an archived version could not be shown as issued: its bytes are not the ones recorded ("không còn nguyên
 * vẹn"), the version is gone ("không tìm thấy bản lưu"), or the archive did not answer ("tạm thời không kiểm tra
 * được").
 */
export type EvidenceFault = 'damaged' | 'missing' | 'unavailable';

/** The archived version a document row points to: what operators are told when it cannot be read (ids only). */
export interface ArchivedVersion {
  documentId: string;
  objectKey: string;
  objectVersionId: string | null;
}

/** An archived version that could not be read as issued; `reason` is the archive's own code, for operators. */
export class EvidenceError extends Error {
  constructor(
    readonly fault: EvidenceFault,
    readonly reason: string,
    options?: ErrorOptions,
    /** The document whose archived version it is, once known. */
    readonly archived?: ArchivedVersion,
  ) {
    super(`archived evidence ${fault}: ${reason}`, options);
  }

  /** The same fault, told which document's archived version it concerns. */
  of(archived: ArchivedVersion): EvidenceError {
    return new EvidenceError(this.fault, this.reason, { cause: this.cause }, archived);
  }
}

/** Reads one archived version whole; throws EvidenceError when the archive cannot give it back. */
export interface ArchiveReader {
  read(key: string, versionId: string | null): Promise<Uint8Array>;
}

/** A document is a few hundred KB: a read that takes longer than this is an archive that is not answering. */
const READ_TIMEOUT_MS = 30_000;

/**
 * The archive's reads, told apart the way MinIO tells them. The S3 request is made here rather than through the
 * client's getObject: for every 5xx answer the client throws `Retryable HTTP status: 503` and drops MinIO's error
 * code, which is what separates an object MinIO cannot read (`SlowDownRead`: too few intact shards, bitrot on a
 * single drive) from a server that is busy or starting (`SlowDown`, `XMinioServerNotInitialized`).
 */
export function createMinioArchiveReader(client: Client, bucket: string): ArchiveReader {
  /** MinIO's own word on whether enough drives are online to serve reads. */
  async function archiveServesReads(origin: string): Promise<boolean> {
    const health = await fetch(`${origin}/minio/health/cluster/read`, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) }).catch(() => undefined);
    return health?.status === 200;
  }

  return {
    async read(key, versionId) {
      const url = await unlessUnreachable(() => client.presignedGetObject(bucket, key, 60, versionId ? { versionId } : {}));
      const response = await unlessUnreachable(() => fetch(url, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) }));
      if (response.ok) return new Uint8Array(await unlessUnreachable(() => response.arrayBuffer()));
      const code = /<Code>([^<]+)<\/Code>/.exec(await response.text().catch(() => ''))?.[1] ?? `HTTP ${String(response.status)}`;
      if (code === 'NoSuchVersion' || code === 'NoSuchKey') throw new EvidenceError('missing', code);
      // Too few of the object's shards read back intact. With the drives online, that is the object, not the archive.
      if (code === 'SlowDownRead' && (await archiveServesReads(new URL(url).origin))) throw new EvidenceError('damaged', code);
      // MinIO's 500 for metadata it cannot parse (a CRC mismatch) names no cause we can tell from a passing fault.
      if (response.status >= 500) throw new EvidenceError('unavailable', code);
      throw new Error(`the archive refused to read ${key}: ${String(response.status)} ${code}`);
    },
  };
}

/** Runs `request`; a connection refused, lost or timed out becomes the archive's unavailability. */
async function unlessUnreachable<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const reason = unreachableReason(error);
    if (reason) throw new EvidenceError('unavailable', reason, { cause: error });
    throw error;
  }
}

/** Node's and undici's codes for a connection that could not be made, or was lost in the middle of an answer. */
const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|UND_ERR_\w+)$/;

/**
 * The network failure an error stands for, if any: fetch's `TypeError: fetch failed` and `terminated` carry it as
 * their cause. Matched by shape, not class: these errors come from Node's own realm, not the one a test runs in.
 */
function unreachableReason(error: unknown): string | undefined {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { name, code } = current as { name?: unknown; code?: unknown };
    if (name === 'TimeoutError') return 'timeout';
    if (typeof code === 'string' && NETWORK_CODES.test(code)) return code;
  }
  return undefined;
}
