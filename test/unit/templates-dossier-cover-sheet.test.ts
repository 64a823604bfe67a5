import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { ZodError } from 'zod';
import { buildForm, forms, isFormId, MissingGlyphsError, renderForm } from '../../templates';
import { coverSheet } from '../fixtures/form-inputs';

/** Text of the PDF, whitespace collapsed (wrapped lines join with a space). */
function extractText(bytes: Uint8Array): string {
  const result = spawnSync('pdftotext', ['-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.normalize('NFC').replace(/\s+/g, ' ');
}

describe('the dossier cover sheet (phiếu mở hồ sơ)', () => {
  it('is registered under its id', () => {
    expect(isFormId('dossier-cover-sheet')).toBe(true);
    expect(isFormId('no-such-form')).toBe(false);
    expect(forms['dossier-cover-sheet'].title).toBe('Phiếu mở hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc');
  });

  it('renders an A4 PDF whose metadata names the form and the dossier, not the person', async () => {
    const pdf = await PDFDocument.load(await renderForm('dossier-cover-sheet', coverSheet()), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    expect(pdf.getTitle()).toBe('Phiếu mở hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc');
    expect(pdf.getAuthor()).toBe('Công an xã Tiên Du');
    expect(pdf.getSubject()).toBe('Hồ sơ HS-2026-000123');
    expect(pdf.getKeywords()).toBe('HS-2026-000123 dossier-cover-sheet regime-2026');
    expect(pdf.getCreator()).toBe('hoso');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-07-05T17:00:00.000Z'); // opened 06/07/2026, Vietnam time
    expect(`${pdf.getTitle()} ${pdf.getSubject()} ${pdf.getKeywords()}`).not.toContain('Hường');
  });

  it('gives the same bytes for the same dossier, so a retried activity archives the same document', async () => {
    const first = await renderForm('dossier-cover-sheet', coverSheet());
    const second = await renderForm('dossier-cover-sheet', coverSheet({ openedOn: new Date('2026-07-06T09:15:00+07:00') }));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes whatever the process rendered before, as a retry on another worker must', async () => {
    const input = coverSheet({ attachments: [{ title: 'Biên bản vi phạm (Mẫu số 27)' }] });
    let isolated: typeof import('../../templates') | undefined;
    await jest.isolateModulesAsync(async () => {
      isolated = await import('../../templates');
    });
    const inFreshModules = await (isolated as typeof import('../../templates')).renderForm('dossier-cover-sheet', input);
    // Other documents first, drawing letters ("Ệ", "Ữ") whose glyphs are built from the same components.
    await renderForm('dossier-cover-sheet', coverSheet({ trigger: { article: 32, case: 'd' } }));
    await renderForm('dossier-cover-sheet', coverSheet({ subject: { ...coverSheet().subject, fullName: 'ĐỖ THỊ NGỮ' } }));
    const afterOthers = await renderForm('dossier-cover-sheet', input);
    expect(Buffer.from(afterOthers).equals(Buffer.from(inFreshModules))).toBe(true);
  });

  it('prints every value with its diacritics', async () => {
    const input = coverSheet({ priorMeasures: 'Quản lý người sử dụng trái phép chất ma túy tại nơi cư trú' });
    const text = extractText(await renderForm('dossier-cover-sheet', input));
    for (const expected of [
      'CÔNG AN TỈNH BẮC NINH',
      'CÔNG AN XÃ TIÊN DU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 123/PMHS-CAX',
      'Tiên Du, ngày 06 tháng 7 năm 2026',
      'PHIẾU MỞ HỒ SƠ ĐỀ NGHỊ ÁP DỤNG BIỆN PHÁP ĐƯA VÀO CƠ SỞ CAI NGHIỆN BẮT BUỘC',
      'Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;',
      'Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021.',
      'Công an xã Tiên Du mở hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc',
      'Mã hồ sơ: HS-2026-000123',
      'Ngày phát hiện: 03/07/2026',
      'Ngày mở hồ sơ: 06/07/2026',
      'Quy trình áp dụng: Quy trình năm 2026 (hồ sơ mở từ ngày 01/7/2026)',
      'Họ và tên: Nguyễn Thị Hường',
      'Giới tính: Nữ',
      'Ngày sinh: 12/08/1990',
      'Số định danh cá nhân: 001190012345',
      'Nơi cư trú: Số 12, ngõ 34 phố Đội Cấn, Phường Ngọc Hà, Thành phố Hà Nội',
      'Có nơi cư trú ổn định',
      // Regime 2026: Luật 120/2025/QH15, cited by the law alone ([OPEN] article numbers).
      'Luật Phòng, chống ma túy số 120/2025/QH15 (không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện ma túy tự nguyện).',
      'Biện pháp đã áp dụng trước đó: Quản lý người sử dụng trái phép chất ma túy tại nơi cư trú',
      'theo quy định của pháp luật./.',
      'Nơi nhận:',
      '- Bà Nguyễn Thị Hường;',
      '- Lưu: hồ sơ, VT.',
      'TRƯỞNG CÔNG AN XÃ',
      'Đặng Quốc Việt',
      'HS-2026-000123',
    ]) {
      expect(text).toContain(expected);
    }
  });

  const regime2025 = { id: '2025', label: 'Quy trình năm 2025' } as const;

  it('cites the case of article 32 of the 2021 law by its clause, khoản 1–4', async () => {
    const text = extractText(await renderForm('dossier-cover-sheet', coverSheet({ regime: regime2025, trigger: { article: 32, case: 'd' } })));
    expect(text).toContain('khoản 4 Điều 32 Luật Phòng, chống ma túy năm 2021: “Trong thời gian quản lý sau cai nghiện ma túy mà tái nghiện”.');
  });

  it('does not cite the 2021 law for a dossier of regime 2026, which Luật 120/2025/QH15 governs', async () => {
    const text = extractText(await renderForm('dossier-cover-sheet', coverSheet({ trigger: { article: 32, case: 'd' } })));
    expect(text).toContain('điểm d khoản 1 Điều 35 Luật Phòng, chống ma túy số 120/2025/QH15 (trong thời gian quản lý sau cai nghiện ma túy mà xác định nghiện ma túy).');
    expect(text).not.toContain('Điều 32');
  });

  it('for a person of 12 to under 18, cites article 33 and titles the sheet for sending a minor to a centre', async () => {
    const input = coverSheet({
      regime: regime2025,
      trigger: { article: 33, case: 'b' },
      subject: { ...coverSheet().subject, fullName: 'Trần Minh Đức', sex: 'male', dateOfBirth: '2010-01-15', hasStableResidence: false },
    });
    const text = extractText(await renderForm('dossier-cover-sheet', input));
    expect(text).toContain('PHIẾU MỞ HỒ SƠ ĐỀ NGHỊ ĐƯA NGƯỜI TỪ ĐỦ 12 TUỔI ĐẾN DƯỚI 18 TUỔI VÀO CƠ SỞ CAI NGHIỆN BẮT BUỘC');
    expect(text).toContain('điểm b khoản 1 Điều 33 Luật Phòng, chống ma túy năm 2021');
    expect(text).toContain('Giới tính: Nam');
    expect(text).toContain('Nơi ở hiện tại: Số 12');
    expect(text).not.toContain('áp dụng biện pháp đưa vào cơ sở');
  });

  it('lists the documents already in the dossier in a table', async () => {
    const input = coverSheet({ attachments: [{ title: 'Biên bản vi phạm (Mẫu số 27)' }, { title: 'Bản tóm tắt lý lịch (Mẫu số 30)', copies: 2 }] });
    const text = extractText(await renderForm('dossier-cover-sheet', input));
    expect(text).toContain('IV. TÀI LIỆU KÈM THEO');
    expect(text).toContain('Bản tóm tắt lý lịch (Mẫu số 30) 02');
  });

  it('rejects article 32 for a person under 18 when detected, before rendering anything', () => {
    const input = coverSheet({ subject: { ...coverSheet().subject, dateOfBirth: '2008-07-04' } }); // 17 on 03/07/2026
    expect(() => buildForm('dossier-cover-sheet', input)).toThrow(/article 32 applies from 18/);
  });

  it('accepts article 32 on the eighteenth birthday', () => {
    const input = coverSheet({ subject: { ...coverSheet().subject, dateOfBirth: '2008-07-03' } });
    expect(() => buildForm('dossier-cover-sheet', input)).not.toThrow();
  });

  it('rejects an identification number that is not 12 digits, and a detection after the opening', () => {
    expect(() => buildForm('dossier-cover-sheet', coverSheet({ subject: { ...coverSheet().subject, idNumber: '12345' } }))).toThrow(ZodError);
    expect(() => buildForm('dossier-cover-sheet', coverSheet({ detectedOn: '2026-07-07' }))).toThrow(/detected after/);
  });

  it('refuses a name the font cannot print rather than drawing empty boxes', async () => {
    const input = coverSheet({ subject: { ...coverSheet().subject, fullName: 'Nguyễn 阮 Hường' } });
    await expect(renderForm('dossier-cover-sheet', input)).rejects.toThrow(MissingGlyphsError);
    await expect(renderForm('dossier-cover-sheet', input)).rejects.toThrow(/"阮" \(U\+962E\)/);
  });
});
