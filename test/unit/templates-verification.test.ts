import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureZbarimg } from '../../scripts/tools/qr-decoder';
import { buildForm, renderAdministrativeDocument, renderForm, type AdministrativeDocument } from '../../templates';
import { CODE, fixtures } from '../fixtures/form-inputs';

const verification = { code: 'HS7K-2Q9M-XT4P', url: 'http://localhost:8080/api/v1/verify/HS7K-2Q9M-XT4P' };
/** pdftoppm's resolution: pixels per point. */
const DPI = 200;
const SCALE = DPI / 72;
const MM = 72 / 25.4;

let dir: string;
let zbarimg: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoso-verification-'));
  zbarimg = await ensureZbarimg();
}, 300_000); // a fresh machine installs zbar-tools first

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function check(result: ReturnType<typeof spawnSync>, tool: string): void {
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} failed (exit ${String(result.status)}): ${String(result.stderr)}`);
}

async function saved(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

function text(bytes: Uint8Array): string {
  const result = spawnSync('pdftotext', ['-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
  check(result, 'pdftotext');
  return result.stdout.normalize('NFC');
}

/** Page 1 as an image file, as a phone camera or a scanner would see the paper. */
async function rasterisePage1(bytes: Uint8Array, format: 'png' | 'gray'): Promise<string> {
  const pdf = await saved(`page-${format}.pdf`, bytes);
  const prefix = join(dir, `page-${format}`);
  check(spawnSync('pdftoppm', ['-r', String(DPI), `-${format}`, '-f', '1', '-l', '1', '-singlefile', pdf, prefix]), 'pdftoppm');
  return `${prefix}.${format === 'png' ? 'png' : 'pgm'}`;
}

interface Box {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Page 1's words with their boxes, in points from the top left. */
function wordsOfPage1(bytes: Uint8Array): Box[] {
  const result = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', '-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
  check(result, 'pdftotext -bbox');
  return [...result.stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: (m[5] ?? '').replace(/&amp;/g, '&').normalize('NFC'),
  }));
}

/**
 * The QR code's box on page 1, in points from the top left, found in the raster: from the foot of
 * the page up, the first dark pixels left of `rightOf` and everything above them with no light
 * gap wider than 2 mm (the symbol's own light gaps are a module or two, < 1 mm).
 */
async function qrBox(bytes: Uint8Array, rightOf: number): Promise<Box> {
  const pgm = await readFile(await rasterisePage1(bytes, 'gray'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 50));
  if (!header) throw new Error('pdftoppm -gray did not write a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  const columns = Math.floor(rightOf * SCALE);
  const darkColumns = (row: number): number[] => {
    const found: number[] = [];
    for (let x = 0; x < columns; x++) if ((pixels[row * width + x] ?? 255) < 128) found.push(x);
    return found;
  };
  let bottom = -1;
  let top = -1;
  let left = width;
  let right = 0;
  for (let row = height - 1; row >= 0; row--) {
    const dark = darkColumns(row);
    if (dark.length === 0) {
      if (top >= 0 && top - row > 2 * MM * SCALE) break;
      continue;
    }
    if (bottom < 0) bottom = row;
    top = row;
    left = Math.min(left, dark[0] as number);
    right = Math.max(right, dark[dark.length - 1] as number);
  }
  if (bottom < 0) throw new Error('no QR code on page 1');
  return { text: 'QR', xMin: left / SCALE, yMin: top / SCALE, xMax: (right + 1) / SCALE, yMax: (bottom + 1) / SCALE };
}

function longNotice(): AdministrativeDocument {
  const sentence = 'Người nghiện ma túy từ đủ 18 tuổi trở lên bị áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc. ';
  return {
    issuer: { parent: 'CÔNG AN TỈNH BẮC NINH', name: 'CÔNG AN XÃ TIÊN DU' },
    number: '15/TB-CAX',
    place: 'Tiên Du',
    date: '2026-03-05',
    title: 'THÔNG BÁO',
    body: Array.from({ length: 12 }, () => ({ kind: 'paragraph' as const, text: sentence.repeat(4) })),
    recipients: ['Lưu: hồ sơ, VT'],
    signer: { title: 'TRƯỞNG CÔNG AN XÃ', name: 'Đặng Quốc Việt' },
    footer: { documentCode: CODE },
  };
}

describe('the verification mark (QR code and lookup code on page 1)', () => {
  it('prints the lookup code and the verification URL as text', async () => {
    const printed = text(await renderForm('dossier-notice', fixtures['dossier-notice'], { verification }));
    expect(printed).toContain(`Mã tra cứu: ${verification.code}`);
    expect(printed).toContain(`Kiểm tra tính xác thực tại: ${verification.url}`);
  });

  it('draws a QR code that a scanner reads, off the page at 200 dpi, as the URL', async () => {
    const png = await rasterisePage1(await renderForm('dossier-notice', fixtures['dossier-notice'], { verification }), 'png');
    const result = spawnSync(zbarimg, ['--raw', '-q', png], { encoding: 'utf8' });
    check(result, 'zbarimg');
    expect(result.stdout.trim()).toBe(verification.url);
  });

  it('changes nothing without the option, and gives the same bytes for the same input with it', async () => {
    const input = fixtures['dossier-notice'];
    const plain = Buffer.from(await renderAdministrativeDocument(buildForm('dossier-notice', input)));
    expect(Buffer.from(await renderForm('dossier-notice', input)).equals(plain)).toBe(true);
    expect(Buffer.from(await renderForm('dossier-notice', input, {})).equals(plain)).toBe(true);
    const marked = Buffer.from(await renderForm('dossier-notice', input, { verification }));
    expect(marked.equals(plain)).toBe(false);
    expect(Buffer.from(await renderForm('dossier-notice', input, { verification: { ...verification } })).equals(marked)).toBe(true);
    expect(text(plain)).not.toContain('Mã tra cứu');
  });

  it.each([
    ['a notice whose paragraphs run over page 1', () => renderAdministrativeDocument(longNotice(), { verification })],
    ['a summary CV whose fields and tables fill page 1', () => renderForm('summary-cv', fixtures['summary-cv'], { verification })],
  ])('keeps the body of %s above the mark, and the mark clear of the QR code', async (_, render) => {
    const bytes = await render();
    const words = wordsOfPage1(bytes);
    const codeWord = words.find((w) => w.text === verification.code);
    if (!codeWord) throw new Error('no lookup code on page 1');
    const markLeft = Math.min(...words.filter((w) => Math.abs(w.yMin - codeWord.yMin) < 1).map((w) => w.xMin)); // "Mã"
    const qr = await qrBox(bytes, markLeft);
    // About 19 mm with the quiet zone: the dark modules alone are a little smaller.
    expect(qr.xMax - qr.xMin).toBeGreaterThan(14 * MM);
    expect(qr.xMax - qr.xMin).toBeLessThan(19 * MM);
    expect(Math.abs(qr.xMax - qr.xMin - (qr.yMax - qr.yMin))).toBeLessThan(1);

    const markWords = new Set([...`Mã tra cứu: ${verification.code}`.split(' '), ...`Kiểm tra tính xác thực tại: ${verification.url}`.split(' '), CODE]);
    const below = words.filter((w) => w.yMax > qr.yMin);
    expect(below.map((w) => w.text).filter((t) => !markWords.has(t))).toEqual([]);
    for (const word of below.filter((w) => w.text !== CODE)) expect(word.xMin).toBeGreaterThan(qr.xMax);
    // Page 1 is full: its body comes down to a few lines above the mark, not stopping short.
    const lowestBody = Math.max(...words.filter((w) => w.yMax <= qr.yMin).map((w) => w.yMax));
    expect(qr.yMin - lowestBody).toBeGreaterThan(3 * MM);
    expect(qr.yMin - lowestBody).toBeLessThan(40);
  });
});
