import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from '@pdf-lib/fontkit';
import { TrueTypeSubsetter } from '../../templates/layout/font-subset';
import { renderAdministrativeDocument } from '../../templates/layout/render-administrative-document';
import type { AdministrativeDocument } from '../../templates/layout/types';

const FONTS = join(__dirname, '..', '..', 'templates', 'fonts');

function run(tool: string, args: string[], input: Uint8Array): string {
  const result = spawnSync(tool, args, { input: Buffer.from(input), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout.normalize('NFC');
}

/** What fontkit's own TTFSubset writes for the glyphs `text` shapes to. */
async function fontkitSubset(font: fontkit.Font, text: string): Promise<Buffer> {
  const subset = font.createSubset();
  for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph);
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (part) => parts.push(part))
      .on('end', () => resolve(Buffer.concat(parts)));
  });
}

function notice(body: string): AdministrativeDocument {
  return {
    issuer: { name: 'UBND XÃ TIÊN DU' },
    place: 'Tiên Du',
    date: '2026-03-05',
    title: 'THÔNG BÁO',
    body: [{ kind: 'paragraph', text: body }],
    recipients: [],
    signer: { title: 'CHỦ TỊCH', name: 'Lê Văn Hải' },
  };
}

describe('TrueType subsets cut from the cached font file', () => {
  it.each(['Regular', 'Bold', 'Italic', 'BoldItalic'])("writes LiberationSerif-%s byte for byte as fontkit's own subsetter", async (style) => {
    const bytes = new Uint8Array(readFileSync(join(FONTS, `LiberationSerif-${style}.ttf`)));
    const font = fontkit.create(bytes);
    const subsetter = new TrueTypeSubsetter(bytes);
    const everything = String.fromCodePoint(...font.characterSet.filter((codePoint) => codePoint >= 0x20));
    // Nothing drawn; plain letters; letters with two marks (composites whose parts join the subset); the whole font (long /loca offsets).
    for (const text of ['', 'Hello', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ệẫỗữựở', everything]) {
      const ours = subsetter.createSubset();
      for (const glyph of font.layout(text).glyphs) ours.includeGlyph(glyph);
      expect(Buffer.from(ours.encode()).equals(await fontkitSubset(font, text))).toBe(true);
    }
  });

  it('gives each document the glyphs it draws, whatever the documents before it drew', async () => {
    const first = 'Nguyễn Hữu Thắng ở Huế, NGÕ HỖN ĐỘN';
    const second = 'Quyết định số 48 về việc đưa vào cơ sở cai nghiện bắt buộc';
    const firstPdf = await renderAdministrativeDocument(notice(first));
    const secondPdf = await renderAdministrativeDocument(notice(second));
    expect(run('pdftotext', ['-', '-'], firstPdf)).toContain(first);
    expect(run('pdftotext', ['-', '-'], secondPdf)).toContain(second);
    expect(run('pdftotext', ['-', '-'], secondPdf)).not.toMatch(/[ữỖ]/);
    // Rendered again after the other, the first document is the same file.
    expect(Buffer.from(await renderAdministrativeDocument(notice(first))).equals(Buffer.from(firstPdf))).toBe(true);
    for (const pdf of [firstPdf, secondPdf]) {
      const fonts = run('pdffonts', ['-'], pdf).split('\n').filter((line) => line.startsWith('HOSO'));
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      // name, type "CID TrueType", encoding, then emb, sub, uni: all yes.
      for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });
});
