import { spawnSync } from 'node:child_process';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { loadFonts, sharedFontkit } from '../../templates/layout/fonts';
import { missingGlyphs, MissingGlyphsError } from '../../templates/layout/missing-glyphs';
import { renderAdministrativeDocument } from '../../templates/layout/render-administrative-document';
import { wrap, type Fonts } from '../../templates/layout/text-flow';
import type { AdministrativeDocument } from '../../templates/layout/types';
import { formatNumericDate, formatPlaceAndDate } from '../../templates/layout/vietnamese-date';


function extractText(bytes: Uint8Array): string {
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.normalize('NFC');
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

const A4 = { width: 595.28, height: 841.89 };

function notice(overrides: Partial<AdministrativeDocument> = {}): AdministrativeDocument {
  return {
    issuer: { parent: 'CÔNG AN TỈNH BẮC NINH', name: 'CÔNG AN XÃ TIÊN DU' },
    number: '15/TB-CAX',
    place: 'Tiên Du',
    date: '2026-03-05',
    title: 'THÔNG BÁO',
    subtitle: 'Về việc lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc',
    body: [
      { kind: 'paragraph', text: 'Công an xã Tiên Du thông báo cho bà Nguyễn Thị Hường về việc lập hồ sơ.' },
      { kind: 'field', label: 'Họ và tên', value: 'Nguyễn Thị Hường', emphasis: true },
    ],
    recipients: ['Bà Nguyễn Thị Hường', 'Lưu: hồ sơ, VT'],
    signer: { title: 'TRƯỞNG CÔNG AN XÃ', name: 'Đặng Quốc Việt' },
    ...overrides,
  };
}

describe('the administrative document layout (Nghị định 30/2020/NĐ-CP)', () => {
  it('renders on A4 with deterministic metadata: title, author, subject, language vi, creator hoso, dated by the document', async () => {
    const pdf = await PDFDocument.load(await renderAdministrativeDocument(notice()), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(A4.width, 1);
    expect(height).toBeCloseTo(A4.height, 1);
    expect(pdf.getTitle()).toBe('THÔNG BÁO – Về việc lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc');
    expect(pdf.getAuthor()).toBe('CÔNG AN XÃ TIÊN DU');
    expect(pdf.getSubject()).toBe('Về việc lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc');
    expect(pdf.getCreator()).toBe('hoso');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-03-04T17:00:00.000Z'); // 05/03/2026 00:00 in Vietnam
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-03-04T17:00:00.000Z');
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('vi');
  });

  it('keeps a letter in the text layer of a later document when an earlier one only used it inside a composite ("E" of "Ệ")', async () => {
    // The fonts are shared by every document of the process (templates/layout/fonts.ts).
    await renderAdministrativeDocument(notice({ title: 'BỆNH ÁN', body: [{ kind: 'paragraph', text: 'Ệ ệ Ế ế' }] }));
    const later = extractText(await renderAdministrativeDocument(notice({ body: [{ kind: 'paragraph', text: 'EVE ENE' }] })));
    expect(later).toContain('EVE ENE');
  });

  it('gives the same bytes for the same input, whether the date is a string or a Date in Vietnam time', async () => {
    const first = await renderAdministrativeDocument(notice());
    const second = await renderAdministrativeDocument(notice());
    const fromDate = await renderAdministrativeDocument(notice({ date: new Date('2026-03-05T08:30:00+07:00') }));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(fromDate).equals(Buffer.from(first))).toBe(true);
  });

  it('embeds subset fonts under fixed names, so no random tag changes the bytes', async () => {
    const text = Buffer.from(await renderAdministrativeDocument(notice())).toString('latin1');
    expect(text).toContain('/BaseFont /HOSORG+LiberationSerif');
    expect(text).toContain('/BaseFont /HOSOBD+LiberationSerif-Bold');
    expect(text).toContain('/FontFile2'); // TrueType embedded, not referenced
  });

  it('paginates long text onto further pages', async () => {
    const sentence = 'Người nghiện ma túy từ đủ 18 tuổi trở lên bị áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc. ';
    const body = Array.from({ length: 12 }, () => ({ kind: 'paragraph' as const, text: sentence.repeat(4) }));
    const pdf = await PDFDocument.load(await renderAdministrativeDocument(notice({ body })));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const page of pdf.getPages()) expect(page.getSize().width).toBeCloseTo(A4.width, 1);
  });

  it('numbers the pages from the second one, at the top', async () => {
    const body = Array.from({ length: 40 }, (_, i) => ({ kind: 'field' as const, label: `Dòng ${i + 1}`, value: 'Phường Ngọc Hà, Thành phố Hà Nội' }));
    const pages = extractText(await renderAdministrativeDocument(notice({ body }))).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]?.trimStart().startsWith('1')).toBe(false);
    expect(pages[1]?.trim().split('\n')[0]?.trim()).toBe('2');
  });

  it('prints the header, motto, place and date, title, signer and recipients as Nghị định 30/2020 lays them out', async () => {
    const text = flat(extractText(await renderAdministrativeDocument(notice())));
    for (const expected of [
      'CÔNG AN TỈNH BẮC NINH',
      'CÔNG AN XÃ TIÊN DU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/TB-CAX',
      'Tiên Du, ngày 05 tháng 3 năm 2026',
      'THÔNG BÁO',
      'Nơi nhận:',
      '- Bà Nguyễn Thị Hường;',
      '- Lưu: hồ sơ, VT.',
      'TRƯỞNG CÔNG AN XÃ',
      'Đặng Quốc Việt',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('splits a long table across pages and repeats its header row', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => [String(i + 1), `Biên bản số ${i + 1} về việc vi phạm quy định về cai nghiện ma túy tự nguyện`, '01']);
    const bytes = await renderAdministrativeDocument(
      notice({ body: [{ kind: 'table', columns: [{ header: 'STT', width: 1 }, { header: 'Tên tài liệu', width: 8 }, { header: 'Số bản', width: 1.5 }], rows }] }),
    );
    const pages = extractText(bytes).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toContain('Tên tài liệu');
    const all = flat(pages.join(' '));
    expect(all).toContain('Biên bản số 45 về việc vi phạm');
  });

  it('splits one row taller than the room left between pages instead of clipping it', async () => {
    const tall = Array.from({ length: 90 }, (_, i) => `dòng ${i + 1}`).join('\n');
    const bytes = await renderAdministrativeDocument(
      notice({ body: [{ kind: 'table', columns: [{ header: 'Nội dung', width: 1 }], rows: [[tall]] }] }),
    );
    const text = flat(extractText(bytes));
    for (let i = 1; i <= 90; i++) expect(text).toContain(`dòng ${i} `);
  });

  it('draws checkboxes and keeps each option with its box', async () => {
    const bytes = await renderAdministrativeDocument(
      notice({
        body: [
          { kind: 'checkboxes', label: 'Tình trạng nơi cư trú:', options: [{ label: 'Có nơi cư trú ổn định', checked: true }, { label: 'Không có nơi cư trú ổn định', checked: false }] },
          { kind: 'checkboxes', layout: 'stacked', options: [{ label: 'Tại gia đình', checked: false }, { label: 'Tại cơ sở cai nghiện ma túy', checked: true }] },
        ],
      }),
    );
    const text = flat(extractText(bytes));
    expect(text).toContain('Có nơi cư trú ổn định');
    expect(text).toContain('Không có nơi cư trú ổn định');
    expect(text).toContain('Tại cơ sở cai nghiện ma túy');
  });

  it('normalises decomposed Vietnamese to NFC before drawing', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031B\u0300ng';
    expect(decomposed).not.toBe('Nguyễn Thị Hường');
    const a = await renderAdministrativeDocument(notice({ body: [{ kind: 'field', label: 'Họ và tên', value: decomposed }] }));
    const b = await renderAdministrativeDocument(notice({ body: [{ kind: 'field', label: 'Họ và tên', value: 'Nguyễn Thị Hường' }] }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses to draw a character the font lacks, naming it and where it is', async () => {
    const document = notice({ body: [{ kind: 'paragraph', text: 'Họ tên khác: 阮氏香 😀' }] });
    await expect(renderAdministrativeDocument(document)).rejects.toThrow(MissingGlyphsError);
    await expect(renderAdministrativeDocument(document)).rejects.toThrow(/"阮" \(U\+962E\).*"😀" \(U\+1F600\).*body\[0\]\.text/);
  });
});

describe('missingGlyphs', () => {
  it('finds nothing missing in the Vietnamese alphabet, upper and lower case, in every style', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    const all = `${letters}${letters.toLocaleUpperCase('vi')} 0123456789 .,;:!?()[]/-–—“”‘’…%№`;
    expect(missingGlyphs(all)).toEqual([]);
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) expect(missingGlyphs(all, style)).toEqual([]);
  });

  it('reports CJK and emoji characters, each once, in order of appearance', () => {
    expect(missingGlyphs('Hà Nội 河内 😀 河')).toEqual(['河', '内', '😀']);
  });

  it('ignores line breaks and tabs, which the layout handles', () => {
    expect(missingGlyphs('Dòng một\nDòng hai\tcột')).toEqual([]);
  });
});

describe('line wrapping', () => {
  let fonts: Fonts;
  beforeAll(async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(sharedFontkit);
    const loaded = loadFonts();
    fonts = {
      regular: await pdf.embedFont(loaded.regular.bytes, { subset: true }),
      bold: await pdf.embedFont(loaded.bold.bytes, { subset: true }),
      italic: await pdf.embedFont(loaded.italic.bytes, { subset: true }),
      boldItalic: await pdf.embedFont(loaded.boldItalic.bytes, { subset: true }),
    };
  });

  it('never makes a line wider than its room, even for a word longer than the line', () => {
    const text = `Số định danh: ${'0123456789'.repeat(12)} tại Phường Ngọc Hà, Thành phố Hà Nội`;
    const lines = wrap([{ text }], { first: 150, rest: 200 }, { fonts, size: 14 });
    expect(lines.length).toBeGreaterThan(3);
    lines.forEach((line, i) => expect(line.width).toBeLessThanOrEqual((i === 0 ? 150 : 200) + 0.01));
    const rebuilt = lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' ')).join(' ');
    expect(rebuilt.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('breaks at "\\n" and marks the end of each forced line so it is not justified', () => {
    const lines = wrap([{ text: 'Dòng một\nDòng hai' }], { first: 400, rest: 400 }, { fonts, size: 14 });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.last)).toBe(true);
  });
});

describe('Vietnamese dates', () => {
  it('writes the place and date with a leading zero for days below 10 and for months 1 and 2 only', () => {
    expect(formatPlaceAndDate('Tiên Du', '2026-03-05')).toBe('Tiên Du, ngày 05 tháng 3 năm 2026');
    expect(formatPlaceAndDate('Hà Nội', '2026-02-01')).toBe('Hà Nội, ngày 01 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Hà Nội', '2026-12-25')).toBe('Hà Nội, ngày 25 tháng 12 năm 2026');
  });

  it('reads a Date in Vietnam time (UTC+7)', () => {
    expect(formatNumericDate(new Date('2026-03-04T18:00:00Z'))).toBe('05/03/2026');
  });

  it('rejects dates that do not exist', () => {
    expect(() => formatNumericDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatNumericDate('05/03/2026')).toThrow(/YYYY-MM-DD/);
  });
});
