import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensurePdfsig } from '../../scripts/tools/pdf-verifiers';
import { verifyPdf } from '../../signing';
import { documentActivitiesFromEnv } from '../../worker/activities-from-env';
import type { DossierState } from '../../domain/dossier/state';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


const SUBJECT = {
  fullName: 'Đặng Thị Ngọc Ánh',
  dateOfBirth: '1992-02-29',
  sex: 'female',
  idNumber: '027192004567',
  residence: 'Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh',
  hasStableResidence: true,
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Issue 4: documents signed by the unit, archived in versions, retrievable by those entitled, verifiable by anyone. */
describeWithStack('the document archive', () => {
  let hoso: Hoso;
  let dossierId: string;
  let dir: string;
  beforeAll(async () => {
    // Each check here must read the archive as it is at that moment (a correction, a tampered byte): the API otherwise
    // reuses a code's result for up to VERIFY_CACHE_SECONDS, by design (api/documents/verification-cache.ts).
    hoso = await startHoso({ env: { VERIFY_CACHE_SECONDS: '0' } });
    dir = await mkdtemp(join(tmpdir(), 'hoso-documents-'));
    const opened = await hoso.call('demo-police-x01', 'POST', '/api/v1/dossiers', { subject: SUBJECT, trigger: 'art32-b', priorPlacements: 0, detectedOn: '2026-09-01' });
    expect(opened.status).toBe(201);
    dossierId = opened.body.dossierId;
    // The opening form is issued by the workflow after the dossier is opened.
    for (let attempt = 0; attempt < 100; attempt++) {
      const listed = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`);
      if (listed.body.items.length > 0) break;
      await sleep(100);
    }
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const download = async (userId: string, documentId: string) =>
    fetch(`${hoso.baseUrl}/api/v1/dossiers/${dossierId}/documents/${documentId}`, { headers: { authorization: `Bearer ${await hoso.tokenOf(userId)}` } });

  it('lists the opening form, signed by the commune police, with its code, checksum and revision', async () => {
    const { status, body } = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      formId: 'dossier-cover-sheet',
      revision: 1,
      current: true,
      signer: { unitCode: 'DEMO-X01' },
      verificationCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('streams the PDF exactly as archived: its checksum, a valid PAdES signature over the whole file (hoso and pdfsig)', async () => {
    const [listed] = (await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).body.items;
    const response = await download('demo-police-x01', listed.documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    // The file name is the form's title with its diacritics, and the verification code: never the person's name.
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '')).toBe(`${listed.title} - ${listed.verificationCode}.pdf`);
    expect(decodeURIComponent(disposition)).not.toContain(SUBJECT.fullName);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(sha256(bytes)).toBe(listed.sha256);

    const report = await verifyPdf(bytes, hoso.trustAnchors);
    expect(report.reasons).toEqual([]);
    expect(report).toMatchObject({ valid: true, coversWholeDocument: true });
    const path = join(dir, 'cover.pdf');
    await writeFile(path, bytes);
    const pdfsig = spawnSync(await ensurePdfsig(), [path], { encoding: 'utf8' });
    expect(pdfsig.stdout).toContain('Signature is Valid.');
    expect(pdfsig.stdout).toContain('Total document signed');

    // The document prints its verification code (and the URL its QR code holds).
    const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(listed.verificationCode);
  });

  it('is not shown to a user of another commune: 404 for the list and the file, as for a dossier that does not exist', async () => {
    const [listed] = (await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).body.items;
    expect((await hoso.call('demo-police-x02', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).status).toBe(404);
    expect((await download('demo-police-x02', listed.documentId)).status).toBe(404);
    expect((await download('demo-police-x01', 'f'.repeat(32))).status).toBe(404);
  });

  it('verifies publicly by code (no token), in JSON or as a page, without any personal data', async () => {
    const [listed] = (await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).body.items;
    const json = await fetch(`${hoso.baseUrl}/api/v1/verify/${listed.verificationCode.toLowerCase()}`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(200);
    const report = await json.json();
    expect(report).toMatchObject({ code: listed.verificationCode, intact: true, signatureValid: true, revision: 1, superseded: false });
    const page = await (await fetch(`${hoso.baseUrl}/api/v1/verify/${listed.verificationCode}`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('Văn bản hợp lệ');
    for (const personal of [SUBJECT.fullName, SUBJECT.idNumber, dossierId]) {
      expect(JSON.stringify(report)).not.toContain(personal);
      expect(page).not.toContain(personal);
    }
    const unknown = await fetch(`${hoso.baseUrl}/api/v1/verify/AAAA-BBBB-CCCC`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('unknown-verification-code');
  });

  it('never duplicates a document when the activity is retried, and keeps every revision retrievable', async () => {
    const dossier = (await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`)).body as DossierState;
    const { issueDocument } = await documentActivitiesFromEnv(hoso.env, hoso.sql);
    const opening = { dossier, formId: 'dossier-cover-sheet', seq: 1 };
    const [first, retried] = await Promise.all([issueDocument(opening), issueDocument(opening)]);
    expect(retried).toEqual(first);
    const rows = await hoso.sql`SELECT id FROM documents WHERE dossier_id = ${dossierId}`;
    expect(rows).toHaveLength(1);

    const corrected = await issueDocument({ ...opening, revision: 2, reason: 'Đính chính ngày sinh' });
    expect(corrected).toMatchObject({ revision: 2, objectKey: first.objectKey });
    expect(corrected.documentId).not.toBe(first.documentId);
    const items = (await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).body.items;
    expect(items.map((item: { revision: number; current: boolean }) => [item.revision, item.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    // Both versions of the one object are still there, each with its own checksum.
    for (const item of items) {
      const bytes = new Uint8Array(await (await download('demo-police-x01', item.documentId)).arrayBuffer());
      expect(sha256(bytes)).toBe(item.sha256);
    }
    const superseded = await (await fetch(`${hoso.baseUrl}/api/v1/verify/${items[0].verificationCode}`, { headers: { accept: 'application/json' } })).json();
    expect(superseded).toMatchObject({ intact: true, signatureValid: true, superseded: true });
  });

  it('archives the same bytes once when they are sent again, as a retry after archiving but before recording does', async () => {
    const key = `dossiers/${randomUUID()}/retry-test-1.pdf`;
    const bytes = new TextEncoder().encode(`%PDF-1.7 retried ${randomUUID()}`);
    const first = await hoso.store.put(key, bytes, sha256(bytes));
    const again = await hoso.store.put(key, bytes, sha256(bytes));
    expect(again.versionId).toBe(first.versionId);
    const other = new TextEncoder().encode(`%PDF-1.7 corrected ${randomUUID()}`);
    expect((await hoso.store.put(key, other, sha256(other))).versionId).not.toBe(first.versionId);
    const versions: string[] = [];
    for await (const item of hoso.minio.listObjects(hoso.env.MINIO_BUCKET, key, false, { IncludeVersion: true }) as AsyncIterable<{ versionId?: string }>) {
      if (item.versionId) versions.push(item.versionId);
    }
    expect(versions).toHaveLength(2);
  });

  it('answers a document altered by one byte in the archive as damaged, to verification and download alike', async () => {
    const [listed] = (await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).body.items;
    const bytes = Buffer.from(await (await download('demo-police-x01', listed.documentId)).arrayBuffer());
    const at = Math.floor(bytes.length / 3);
    bytes.writeUInt8((bytes.readUInt8(at) ^ 0x01) & 0xff, at);
    // As someone with write access to the bucket and the database would: a new version, pointed to.
    const [row] = await hoso.sql<{ objectKey: string }[]>`SELECT object_key AS "objectKey" FROM documents WHERE id = ${listed.documentId}`;
    const { versionId } = await hoso.store.put(row?.objectKey ?? '', bytes, listed.sha256);
    await hoso.sql`UPDATE documents SET object_version_id = ${versionId} WHERE id = ${listed.documentId}`;
    const verified = await fetch(`${hoso.baseUrl}/api/v1/verify/${listed.verificationCode}`, { headers: { accept: 'application/json' } });
    expect(verified.status).toBe(409);
    expect(await verified.json()).toMatchObject({ code: 'evidence-damaged', state: 'damaged', document: { code: listed.verificationCode } });
    const downloaded = await download('demo-police-x01', listed.documentId);
    expect(downloaded.status).toBe(409);
    expect(await downloaded.json()).toMatchObject({ code: 'evidence-damaged' });
  });
});
