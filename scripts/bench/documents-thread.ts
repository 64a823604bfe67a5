/**
 * The measuring side of `npm run bench -- documents` (scripts/bench/documents.ts), run in a worker thread: rendering
 * holds the event loop for tens of milliseconds at a time, and on the main thread that is long enough for tsx to
 * answer Ctrl-C with SIGKILL before the benchmark can stop MinIO. Here the main thread stays free to clean up.
 */
import { createHash, randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as fontkit from '@pdf-lib/fontkit';
import { Client } from 'minio';
import { PDFDocument } from 'pdf-lib';
import { createMinioDocumentStore } from '../../activities/documents/document-store';
import { createP12Signer, signPdf } from '../../signing';
import { readUnitPassword } from '../../signing/dev-ca';
import { forms, renderForm, type FormId } from '../../templates';
import { coverSheet, fixtures, type OfficialFormId } from '../../test/fixtures/form-inputs';
import { cpuBetween, cpuSnapshot, type CpuUse } from './util';

export interface ThreadInput {
  minio: { endPoint: string; port: number; accessKey: string; secretKey: string };
  bucket: string;
  unitsDir: string;
  unitCode: string;
  iterations: number;
  warmup: number;
}

export interface Sample {
  renderMs: number;
  signMs: number;
  storeMs: number;
}

export interface ThreadResult {
  samples: Array<{ form: FormId; samples: Sample[]; bytes: number; pages: number }>;
  baselineMs: number[];
  baselineBytes: number;
  stored: number;
  measuredSeconds: number;
  cpu: CpuUse;
}

export type ThreadMessage = { kind: 'progress'; message: string } | { kind: 'done'; result: ThreadResult };

const FONT_FILE = path.join(__dirname, '..', '..', 'templates', 'fonts', 'LiberationSerif-Regular.ttf');
const SIGNING_TIME = new Date('2026-07-06T09:15:00+07:00');
const BASELINE_TITLE = 'PHIẾU XÁC NHẬN TÌNH TRẠNG HỒ SƠ';
const BASELINE_TEXT =
  'Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012 và Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021, ' +
  'Công an xã Tiên Du xác nhận đã tiếp nhận hồ sơ đề nghị áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện ' +
  'bắt buộc đối với ông Trần Văn Bình, sinh ngày 17 tháng 3 năm 1994, nơi cư trú: thôn Đình Cả, xã Tiên Du, tỉnh Bắc Ninh. ' +
  'Hồ sơ gồm đầy đủ các tài liệu theo quy định; người bị đề nghị và gia đình được thông báo và có quyền đọc hồ sơ, ' +
  'ghi chép các nội dung cần thiết trong thời hạn luật định.';

/** Crockford base32, as the archive's lookup codes: a fresh one per document, so its text is shaped anew as in real issuing. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function verificationFor(): { code: string; url: string } {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(32)] as string).join('');
  const code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  return { code, url: `http://127.0.0.1:3000/api/v1/verify/${code}` };
}

/** The baseline: what a minimal pdf-lib document costs, fontkit parsing the font afresh as pdf-lib does by default. */
async function renderBaseline(fontBytes: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fontBytes, { subset: true });
  const page = document.addPage([595.28, 841.89]);
  page.drawText(BASELINE_TITLE, { x: 72, y: 760, size: 14, font });
  page.drawText(BASELINE_TEXT, { x: 72, y: 730, size: 13, font, maxWidth: 451, lineHeight: 18 });
  return document.save();
}

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function measure(input: ThreadInput, progress: (message: string) => void): Promise<ThreadResult> {
  const { minio, unitCode } = input;
  const store = createMinioDocumentStore(new Client({ ...minio, useSSL: false }), input.bucket);
  const signer = createP12Signer({ directory: input.unitsDir, passwordOf: (unitCode) => readUnitPassword(input.unitsDir, unitCode) });
  const fontBytes = new Uint8Array(await readFile(FONT_FILE));

  const formIds = Object.keys(forms) as FormId[];
  const inputOf = (id: FormId): unknown => (id === 'dossier-cover-sheet' ? coverSheet() : fixtures[id as OfficialFormId]);
  const samples = new Map<FormId, Sample[]>(formIds.map((id) => [id, []]));
  const baselineMs: number[] = [];
  const last = new Map<FormId, Uint8Array>();
  let baselineBytes = 0;
  let stored = 0;

  const issue = async (id: FormId, roundIndex: number): Promise<Sample> => {
    const formInput = inputOf(id);
    const verification = verificationFor();
    const t0 = process.hrtime.bigint();
    const rendered = await renderForm(id, formInput as never, { verification });
    const renderMs = msSince(t0);
    const t1 = process.hrtime.bigint();
    const pdf = await signPdf(rendered, { signer, unitCode, signingTime: SIGNING_TIME, reason: 'Ban hành văn bản của hồ sơ HS-2026-000123' });
    const signMs = msSince(t1);
    const t2 = process.hrtime.bigint();
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await store.put(`dossiers/bench-${roundIndex}/${id}-1.pdf`, pdf, sha256);
    const storeMs = msSince(t2);
    stored++;
    last.set(id, pdf);
    return { renderMs, signMs, storeMs };
  };
  const baseline = async (): Promise<number> => {
    const t0 = process.hrtime.bigint();
    const pdf = await renderBaseline(fontBytes);
    const ms = msSince(t0);
    baselineBytes = pdf.byteLength;
    return ms;
  };

  // One round: every form in turn, each followed by a baseline document, so both see the same state of the machine.
  const runRound = async (roundIndex: number, record: boolean) => {
    for (const id of formIds) {
      const sample = await issue(id, roundIndex);
      const baselineSample = await baseline();
      if (record) {
        samples.get(id)?.push(sample);
        baselineMs.push(baselineSample);
      }
    }
  };

  progress(`warm-up: ${input.warmup} rounds of ${formIds.length} forms and the baseline`);
  for (let index = 0; index < input.warmup; index++) await runRound(-1 - index, false);
  progress(`measuring: ${input.iterations} rounds`);
  const cpuBefore = await cpuSnapshot();
  const measuredStart = process.hrtime.bigint();
  for (let index = 0; index < input.iterations; index++) {
    await runRound(index, true);
    if ((index + 1) % 10 === 0 || index + 1 === input.iterations) progress(`${index + 1}/${input.iterations} rounds`);
  }
  const measuredSeconds = Number(process.hrtime.bigint() - measuredStart) / 1e9;
  const cpu = cpuBetween(cpuBefore, await cpuSnapshot());

  const perForm = await Promise.all(
    formIds.map(async (form) => {
      const pdf = last.get(form) ?? new Uint8Array();
      const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
      return { form, samples: samples.get(form) ?? [], bytes: pdf.byteLength, pages };
    }),
  );
  return { samples: perForm, baselineMs, baselineBytes, stored, measuredSeconds, cpu };
}

if (parentPort) {
  const port = parentPort;
  const post = (message: ThreadMessage) => port.postMessage(message);
  // A failure rejects out of the thread: the main thread gets it as the worker's 'error' event.
  void measure(workerData as ThreadInput, (message) => post({ kind: 'progress', message })).then((result) => post({ kind: 'done', result }));
}
