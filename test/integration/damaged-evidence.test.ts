import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Client } from 'minio';
import { createMinioArchiveReader, EvidenceError } from '../../api/documents/archive-reader';
import { createMinioDocumentStore } from '../../activities/documents/document-store';
import { developmentCredentials } from '../../config/development-credentials';
import { createLogger } from '../../config/logger';
import { ensureAppUser, ensureBucket, startMinio, type MinioHandle } from '../../scripts/stack/minio';
import { ensureMc, ensureMinio } from '../../scripts/tools/minio';
import { openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

const BUCKET = 'hoso-documents';
// As the development stack makes the archive (scripts/dev-stack.ts): locked in governance mode for a day.
const RETENTION = { ARCHIVE_RETENTION_MODE: 'GOVERNANCE', ARCHIVE_RETENTION: { validity: 1, unit: 'Days' } } as const;
const root = { accessKey: developmentCredentials.minioAccessKey, secretKey: developmentCredentials.minioSecretKey };
const app = { accessKey: developmentCredentials.minioAppAccessKey, secretKey: developmentCredentials.minioAppSecretKey };

/** A MinIO of the test's own, laid out as `startStack` lays it out (one drive at `<dir>`, or `<dir>/drive-N`). */
async function ownMinio(dir: string, drives = 1, port?: number): Promise<MinioHandle> {
  const minio = await startMinio({ binPath: await ensureMinio(), dataDir: join(dir, 'minio'), drives, ...root, kmsKeyFile: join(dir, 'minio-kms', 'key'), ...(port ? { port } : {}) });
  await ensureBucket(minio, BUCKET, RETENTION);
  await ensureAppUser(minio, await ensureMc(), BUCKET, app);
  return minio;
}

/** The files MinIO keeps an object's version in, on every drive: its `xl.meta`, and `part.1` once it is not inlined. */
async function filesOf(dir: string, objectKey: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (path.includes(join(BUCKET, objectKey))) found.push(path);
    }
  };
  await walk(join(dir, 'minio'));
  return found.sort();
}

/** Changes one byte of a file in place, as a failing disk would. */
async function flipOneByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  const at = Math.floor(bytes.length / 2);
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
  await writeFile(file, bytes);
}

/**
 * Issue 16 part 3: a QR code scanned, or a PDF downloaded, when its archived copy is damaged, gone, or out of reach,
 * gets that plain answer: a Vietnamese page or a problem document with a stable code, never a 500. Against a real
 * MinIO of this file's own, whose drive is changed on disk and which is stopped (the shared one must not be).
 */
describeWithStack('damaged evidence is told as it is', () => {
  let dir: string;
  let minio: MinioHandle;
  let hoso: Hoso;
  const logged: string[] = [];
  const SUBJECT_NAME = 'Trịnh Thị Hồng Nhung';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoso-evidence-'));
    minio = await ownMinio(dir);
    const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void logged.push(chunk.toString())) });
    hoso = await startHoso({ env: { MINIO_ENDPOINT: minio.url, MINIO_BUCKET: BUCKET, VERIFY_CACHE_SECONDS: '0' }, logger: createLogger({ name: 'hoso-api', level: 'warn', destination }) });
  }, 180_000);
  afterAll(async () => {
    await hoso?.stop();
    await minio?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A new dossier's opening form, once the workflow has issued and archived it. */
  async function issuedDocument() {
    const opened = await openThroughApi(hoso, { fullName: SUBJECT_NAME, idNumber: uniqueIdNumber() });
    expect(opened.status).toBe(201);
    const dossierId = (opened.body as { dossierId: string }).dossierId;
    for (let attempt = 0; attempt < 200; attempt++) {
      const { body } = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`);
      const [document] = (body as { items: { documentId: string; verificationCode: string }[] }).items;
      if (document) {
        const [row] = await hoso.sql<{ objectKey: string; versionId: string }[]>`
          SELECT object_key AS "objectKey", object_version_id AS "versionId" FROM documents WHERE id = ${document.documentId}`;
        return { dossierId, ...document, objectKey: row?.objectKey ?? '', versionId: row?.versionId ?? '' };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the opening form was not issued');
  }

  const verify = (code: string, accept: 'application/json' | 'text/html') => fetch(`${hoso.baseUrl}/api/v1/verify/${code}`, { headers: { accept } });
  const download = async (document: { dossierId: string; documentId: string }) =>
    fetch(`${hoso.baseUrl}/api/v1/dossiers/${document.dossierId}/documents/${document.documentId}`, {
      headers: { authorization: `Bearer ${await hoso.tokenOf('demo-police-x01')}` },
    });
  const counted = async (state: string, during: string) => {
    const metrics = await (await fetch(`${hoso.baseUrl}/metrics`)).text();
    return Number(new RegExp(`^hoso_evidence_unreadable_total\\{state="${state}",during="${during}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
  };

  /** The answers for one state: JSON problem and Vietnamese page from /verify, the download's problem, with their status. */
  async function expectAnswers(document: { dossierId: string; documentId: string; verificationCode: string }, status: number, code: string, page: RegExp) {
    const json = await verify(document.verificationCode, 'application/json');
    expect(json.status).toBe(status);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await json.json()) as { code: string; title: string; state: string };
    expect(problem).toMatchObject({ code, status });
    const html = await verify(document.verificationCode, 'text/html');
    expect(html.status).toBe(status);
    expect(html.headers.get('content-type')).toContain('text/html');
    const text = await html.text();
    expect(text).toMatch(page);
    expect(text).toContain(document.verificationCode);
    const downloaded = await download(document);
    expect(downloaded.status).toBe(status);
    expect(((await downloaded.json()) as { code: string }).code).toBe(code);
    for (const personal of [SUBJECT_NAME, document.dossierId]) {
      expect(JSON.stringify(problem)).not.toContain(personal);
      expect(text).not.toContain(personal);
    }
    return { problem, json, html };
  }

  it('reads back, verifies and downloads a document whose archived copy is intact', async () => {
    const document = await issuedDocument();
    expect((await verify(document.verificationCode, 'application/json')).status).toBe(200);
    expect((await download(document)).status).toBe(200);
  });

  it('says "không còn nguyên vẹn" when one byte of the stored object changed on the drive (MinIO: SlowDownRead)', async () => {
    const document = await issuedDocument();
    const files = await filesOf(dir, document.objectKey);
    // Large enough not to be inlined in xl.meta: the content is a part of its own, guarded by MinIO's bitrot hash.
    const part = files.find((file) => file.endsWith('part.1'));
    expect(part).toBeDefined();
    await flipOneByte(part as string);

    const { problem } = await expectAnswers(document, 409, 'evidence-damaged', /không còn nguyên vẹn/);
    // The holder still learns which document the code names, and who to ask.
    expect(problem).toMatchObject({ state: 'damaged', document: { code: document.verificationCode, issuedBy: expect.any(String), revision: 1 } });
    expect(await counted('damaged', 'verify')).toBe(2);
    expect(await counted('damaged', 'download')).toBe(1);
    const line = logged.find((entry) => entry.includes(document.documentId) && entry.includes('"evidence":"damaged"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({ level: 'error', during: 'verify', reason: 'SlowDownRead', objectKey: document.objectKey, objectVersionId: document.versionId });
    expect(logged.join('')).not.toContain(SUBJECT_NAME);
  });

  it('says "không tìm thấy bản lưu" when the archived version was deleted (a governance bypass by the root user)', async () => {
    const document = await issuedDocument();
    const rootClient = new Client({ endPoint: minio.endPoint, port: minio.port, useSSL: false, ...root });
    await rootClient.removeObject(BUCKET, document.objectKey, { versionId: document.versionId, governanceBypass: true });

    const { problem } = await expectAnswers(document, 410, 'evidence-missing', /không tìm thấy bản lưu/i);
    expect(problem).toMatchObject({ state: 'missing', document: { code: document.verificationCode } });
    expect(await counted('missing', 'verify')).toBe(2);
    expect(logged.some((entry) => entry.includes(document.documentId) && entry.includes('"reason":"NoSuchVersion"'))).toBe(true);
  });

  it('says "tạm thời không kiểm tra được" with Retry-After while MinIO is stopped, and verifies again once it is back', async () => {
    const document = await issuedDocument();
    await minio.stop();
    try {
      const { json, html } = await expectAnswers(document, 503, 'evidence-unavailable', /tạm thời không kiểm tra được/i);
      expect(Number(json.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(html.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await counted('unavailable', 'download')).toBe(1);
    } finally {
      minio = await ownMinio(dir, 1, minio.port);
    }
    const again = await verify(document.verificationCode, 'application/json');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ intact: true, signatureValid: true });
  });

  it('answers a browser a Vietnamese page for a code that leads nowhere, as 404', async () => {
    const page = await verify('AAAA-BBBB-CCCC', 'text/html');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toMatch(/<html lang="vi">[\s\S]*Không tìm thấy văn bản nào có mã tra cứu này[\s\S]*AAAA-BBBB-CCCC/);
  });
});

/**
 * Production's shape (docs/deploy.md): erasure-coded over 4 drives with 2 parity shards. A shard changed on one drive
 * is rebuilt from the others and the document reads back whole; once too few shards are intact, it is damaged.
 */
describeWithStack('the archive reader on an erasure-coded MinIO', () => {
  let dir: string;
  let minio: MinioHandle;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoso-evidence-ec-'));
    minio = await ownMinio(dir, 4);
  }, 120_000);
  afterAll(async () => {
    await minio?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads a document whole with one drive’s shard changed, and finds it damaged with three', async () => {
    const client = new Client({ endPoint: minio.endPoint, port: minio.port, useSSL: false, ...app });
    const key = 'dossiers/erasure-test/dossier-cover-sheet-1.pdf';
    const bytes = randomBytes(300_000);
    const { versionId } = await createMinioDocumentStore(client, BUCKET).put(key, bytes, 'not-checked-here');
    const reader = createMinioArchiveReader(client, BUCKET);
    const parts = (await filesOf(dir, key)).filter((file) => file.endsWith('part.1'));
    expect(parts).toHaveLength(4);

    await flipOneByte(parts[0] as string);
    expect(Buffer.from(await reader.read(key, versionId)).equals(bytes)).toBe(true);

    for (const part of parts.slice(1)) await flipOneByte(part);
    await expect(reader.read(key, versionId)).rejects.toMatchObject({ fault: 'damaged', reason: 'SlowDownRead' });
    await expect(reader.read(key, versionId)).rejects.toBeInstanceOf(EvidenceError);
  });
});
