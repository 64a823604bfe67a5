import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { buildForm, forms, renderForm, type FormInput } from '../../templates';
import { MINORS_COURT_ORDINANCE } from '../../activities/documents/form-inputs/citations';
import { CODE, fixtures, MOTHER, SUBJECT, type OfficialFormId } from '../fixtures/form-inputs';

/** Keys whose values are codes or flags, not printed text. */
const UNPRINTED_KEYS = new Set(['sex', 'article', 'case', 'kind', 'form', 'ageGroup', 'determinationCase', 'criteriaMet']);
/** Values a form prints in other words. */
const PRINTED_OTHERWISE: Partial<Record<OfficialFormId, readonly string[]>> = {
  'post-rehab-decision': ['months'], // "02 năm"
  'determination-result': ['ethnicity', 'occupation'], // the identity fields of TT 18/2021 Phụ lục 03 only
  'family-confirmation': ['ethnicity', 'occupation'],
  'submission-letter': ['addressedTo'], // chooses the closing request: to check legality, or to decide
};

/** Every printed value of an input, as it should appear: dates in either of the two printed forms, times as "08 giờ 30 phút". */
function printedValues(value: unknown, skip: ReadonlySet<string>, key = ''): string[][] {
  if (skip.has(key) || typeof value === 'boolean' || value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => printedValues(v, skip, key));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => printedValues(v, skip, k));
  const text = String(value).replace(/\s+/g, ' ').trim();
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const [, y, m, d] = date as unknown as [string, string, string, string];
    const month = Number(m) <= 2 ? m : String(Number(m));
    return [[`${d}/${m}/${y}`, `ngày ${d} tháng ${month} năm ${y}`]];
  }
  const time = /^(\d{2}):(\d{2})$/.exec(text);
  if (time) return [[`${time[1]} giờ ${time[2]} phút`]];
  return [[text]];
}

/**
 * Text of the PDF in drawing order (`-raw`: the default mode interleaves the "Nơi nhận" and signer
 * columns and joins a line ending in " -" to the next), NFC, whitespace collapsed. The page
 * decorations, drawn last on each page (the footer code, the number from page 2), are dropped so
 * that text running over a page reads on.
 */
function extractText(bytes: Uint8Array, footer: string): string {
  const result = spawnSync('pdftotext', ['-raw', '-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout
    .normalize('NFC')
    .split('\f')
    .map((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '' && line.trim() !== footer);
      if (index > 0 && lines[lines.length - 1]?.trim() === String(index + 1)) lines.pop();
      return lines.join(' ');
    })
    .join(' ')
    .replace(/\s+/g, ' ');
}

const ids = Object.keys(fixtures) as OfficialFormId[];
const rendered = new Map<OfficialFormId, Uint8Array>();
async function render(id: OfficialFormId): Promise<Uint8Array> {
  let bytes = rendered.get(id);
  if (!bytes) rendered.set(id, (bytes = await renderForm(id, fixtures[id] as never)));
  return bytes;
}

describe('the official forms of the procedure', () => {
  it('registers one form per document the procedure produces', () => {
    expect(Object.keys(forms).sort()).toEqual(['dossier-cover-sheet', ...ids].sort());
    for (const id of ids) expect(forms[id].id).toBe(id);
  });

  describe.each(ids)('%s', (id) => {
    it('renders an A4 PDF whose metadata names the form and the dossier, not the person', async () => {
      const pdf = await PDFDocument.load(await render(id), { updateMetadata: false });
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      for (const page of pdf.getPages()) {
        expect(page.getWidth()).toBeCloseTo(595.28, 1);
        expect(page.getHeight()).toBeCloseTo(841.89, 1);
      }
      expect(pdf.getTitle()).toBe(forms[id].title);
      expect(pdf.getSubject()).toBe(`Hồ sơ ${CODE}`);
      expect(pdf.getKeywords()).toBe(`${CODE} ${id}`);
      const metadata = [pdf.getTitle(), pdf.getAuthor(), pdf.getSubject(), pdf.getKeywords()].join(' ');
      for (const personal of [SUBJECT.fullName, SUBJECT.idNumber, MOTHER.fullName]) expect(metadata).not.toContain(personal);
    });

    it('gives the same bytes for the same input', async () => {
      const again = await renderForm(id, structuredClone(fixtures[id]) as never);
      expect(Buffer.from(again).equals(Buffer.from(await render(id)))).toBe(true);
    });

    it('prints every value of its input with the diacritics intact', async () => {
      const bytes = await render(id);
      const text = extractText(bytes, CODE).toLocaleLowerCase('vi');
      // The dossier code is the footer of every page, which extractText drops: look for it in the raw text.
      expect(spawnSync('pdftotext', ['-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' }).stdout).toContain(CODE);
      const skip = new Set([...UNPRINTED_KEYS, 'dossierCode', ...(PRINTED_OTHERWISE[id] ?? [])]);
      const missing = printedValues(fixtures[id], skip).filter((forms) => !forms.some((form) => text.includes(form.normalize('NFC').toLocaleLowerCase('vi'))));
      expect(missing).toEqual([]);
      expect(text).toContain('cộng hòa xã hội chủ nghĩa việt nam');
    });
  });
});

describe('what the forms say', () => {
  const text = async <Id extends OfficialFormId>(id: Id, input: FormInput<Id>): Promise<string> => extractText(await renderForm(id, input), CODE);

  it('asks the health facility to determine addiction at the place of custody when the person is held there', async () => {
    const input = { ...fixtures['determination-request'], custody: { place: 'Nhà tạm giữ Công an xã Tiên Du', since: '2026-07-03' } };
    const printed = await text('determination-request', input);
    expect(printed).toContain('điểm a khoản 1 Điều 27 Luật Phòng, chống ma túy năm 2021');
    expect(printed).toContain('tại nơi tạm giữ hành chính (điểm a khoản 2 Điều 2 Nghị định số 109/2021/NĐ-CP)');
  });

  it('refuses a "no stable residence" determination case for a person with a stable residence', () => {
    expect(() => buildForm('determination-request', { ...fixtures['determination-request'], determinationCase: 'b' })).toThrow(/case b/);
  });

  it('refuses an addicted result that meets fewer than three of the six criteria of Thông tư 18/2021', () => {
    expect(() => buildForm('determination-result', { ...fixtures['determination-result'], criteriaMet: [1, 6] })).toThrow(/at least 3 of the 6/);
    expect(() => buildForm('determination-result', { ...fixtures['determination-result'], criteriaMet: [1, 6], addicted: false })).not.toThrow();
  });

  it('prints the six criteria and the conclusion on the result sheet', async () => {
    const printed = await text('determination-result', fixtures['determination-result']);
    expect(printed).toContain('Tiêu chuẩn 3: Có hiện tượng dung nạp với chất ma túy.');
    expect(printed).toContain('đáp ứng 4/6:');
    expect(printed).toContain('6. Kết luận: NGHIỆN MA TÚY (Methamphetamine).');
  });

  it('names the violation by the case of article 32 it falls under', async () => {
    const printed = await text('violation-record', fixtures['violation-record']);
    expect(printed).toContain('Về việc không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện ma túy tự nguyện');
    expect(printed).toContain('khoản 1 Điều 32 Luật Phòng, chống ma túy năm 2021');
    expect(printed).toContain('Hôm nay, hồi 08 giờ 30 phút, ngày 16 tháng 7 năm 2026');
  });

  it('records why the person refused to sign the violation record', async () => {
    const printed = await text('violation-record', { ...fixtures['violation-record'], refusalToSign: 'Không đồng ý với nội dung biên bản' });
    expect(printed).toContain('Người vi phạm không ký biên bản. Lý do: Không đồng ý với nội dung biên bản.');
  });

  it('ticks "does not agree" and gives the reason when the family will not manage the person at home', async () => {
    const input = { ...fixtures['family-confirmation'], agrees: false, reason: 'Gia đình không đủ điều kiện quản lý do thường xuyên đi làm xa' };
    const printed = await text('family-confirmation', input);
    expect(printed).toContain('Lý do: Gia đình không đủ điều kiện quản lý do thường xuyên đi làm xa');
    expect(printed).toContain('khoản 2 Điều 45 Nghị định số 116/2021/NĐ-CP');
    expect(printed).not.toContain('Gia đình cam kết');
  });

  it('refuses management at home for a person without a stable residence', () => {
    const input = { ...fixtures['family-confirmation'], subject: { ...SUBJECT, hasStableResidence: false } };
    expect(() => buildForm('family-confirmation', input)).toThrow(/stable residence/);
  });

  it('tells the person how long they have to read the dossier', async () => {
    const printed = await text('dossier-notice', { ...fixtures['dossier-notice'], readingWindowWorkingDays: 7 });
    expect(printed).toContain('trong thời hạn 07 ngày làm việc kể từ ngày nhận được Thông báo này');
  });

  it('addresses a minor and their parents when the case is one of article 33', async () => {
    const minor = { ...SUBJECT, fullName: 'Trần Minh Đức', dateOfBirth: '2010-01-15' };
    const printed = await text('dossier-notice', { ...fixtures['dossier-notice'], subject: minor, trigger: { article: 33, case: 'b' } });
    expect(printed).toContain('Em Trần Minh Đức');
    expect(printed).toContain('cha, mẹ hoặc người giám hộ');
    expect(printed).toContain('điểm b khoản 1 Điều 33 Luật Phòng, chống ma túy năm 2021');
    expect(printed).toContain('đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc');
  });

  it('proposes the term in figures and words, and the centre', async () => {
    const printed = await text('court-proposal', fixtures['court-proposal']);
    expect(printed).toContain('Thời hạn áp dụng: 24 (hai mươi bốn) tháng');
    expect(printed).toContain('Nơi chấp hành: Cơ sở cai nghiện ma túy số 2 tỉnh Bắc Ninh (xã Tam Đa, tỉnh Bắc Ninh)');
  });

  it('prints a term as ordered, even outside the tables, and refuses only what no decision could say (more than 60 months)', async () => {
    const minor = { ...SUBJECT, dateOfBirth: '2010-01-15' };
    expect(await text('court-proposal', { ...fixtures['court-proposal'], subject: minor, trigger: { article: 33, case: 'a' }, proposedMonths: 36 })).toContain('36 (ba mươi sáu) tháng');
    expect(() => buildForm('court-proposal', { ...fixtures['court-proposal'], proposedMonths: 61 })).toThrow(/outside 1–60 months/);
  });

  it('deducts the days managed at a facility from the term the court decides', async () => {
    const apply = fixtures['court-decision'].outcome as Extract<FormInput<'court-decision'>['outcome'], { kind: 'apply' }>;
    const input = { ...fixtures['court-decision'], outcome: { ...apply, months: 15, managedAtFacility: { place: 'Cơ sở cai nghiện ma túy số 2 tỉnh Bắc Ninh', since: '2026-07-16' } } };
    const printed = await text('court-decision', input);
    expect(printed).toContain('Thời hạn chấp hành: 15 (mười lăm) tháng');
    expect(printed).toContain('được trừ vào thời hạn chấp hành (khoản 3 Điều 44 Nghị định số 116/2021/NĐ-CP)');
    expect(printed).toContain('trong thời hạn 05 ngày làm việc kể từ ngày Tòa án công bố Quyết định');
  });

  it('decides not to apply the measure, with reasons, and ends the management', async () => {
    const input = {
      ...fixtures['court-decision'],
      outcome: { kind: 'not-apply' as const, reasons: ['Người bị đề nghị đang nuôi con dưới 36 tháng tuổi'], endManagementAt: 'gia đình' },
    };
    const printed = await text('court-decision', input);
    expect(printed).toContain('Không áp dụng biện pháp xử lý hành chính');
    expect(printed).toContain('Lý do: Người bị đề nghị đang nuôi con dưới 36 tháng tuổi.');
    expect(printed).toContain('Chấm dứt việc quản lý Trần Văn Bình tại gia đình');
  });

  it('modifies the term on review and keeps the rest of the decision', async () => {
    const input = { ...fixtures['review-decision'], outcome: { kind: 'modified' as const, months: 18 } };
    const printed = await text('review-decision', input);
    expect(printed).toContain('sửa Quyết định số 48/2026/QĐ-XLHC ngày 20 tháng 8 năm 2026 của Tòa án nhân dân khu vực 2 - Bắc Ninh như sau: thời hạn chấp hành: 18 (mười tám) tháng.');
    expect(printed).toContain('Các nội dung khác của Quyết định giữ nguyên.');
  });

  it('annuls a decision on a procuracy protest', async () => {
    const input = {
      ...fixtures['review-decision'],
      challenges: [{ kind: 'protest' as const, by: 'Viện kiểm sát nhân dân khu vực 2 - Bắc Ninh', number: '03/QĐ-VKS', filedOn: '2026-08-25', grounds: 'Người bị đề nghị đang mang thai' }],
      outcome: { kind: 'annulled' as const, consequence: 'Đình chỉ việc xem xét, quyết định áp dụng biện pháp đối với bà Trần Thị Mai' },
    };
    const printed = await text('review-decision', input);
    expect(printed).toContain('Quyết định kháng nghị số 03/QĐ-VKS ngày 25 tháng 8 năm 2026 của Viện kiểm sát nhân dân khu vực 2 - Bắc Ninh');
    expect(printed).toContain('Chấp nhận kháng nghị; hủy Quyết định số 48/2026/QĐ-XLHC');
  });

  it('refuses a "modified" review decision that changes nothing', () => {
    expect(() => buildForm('review-decision', { ...fixtures['review-decision'], outcome: { kind: 'modified' } })).toThrow(/says what changes/);
  });

  it('gives the post-rehabilitation period in years, as Luật Phòng, chống ma túy does', async () => {
    const printed = await text('post-rehab-decision', fixtures['post-rehab-decision']);
    expect(printed).toContain('Thời hạn quản lý: 02 năm, kể từ ngày 14 tháng 6 năm 2028 đến ngày 13 tháng 6 năm 2030.');
    expect(printed).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TIÊN DU');
  });

  it('prints its form number on the first page where the law gives one (NĐ 116/2021 Phụ lục II), and none elsewhere', async () => {
    const numbered = Object.fromEntries(ids.map((id) => [id, (forms[id] as { formNumber?: string }).formNumber]));
    expect(numbered).toMatchObject({ 'violation-record': 'Mẫu số 27', 'summary-cv': 'Mẫu số 30', 'family-confirmation': 'Mẫu số 35', 'post-rehab-certificate': 'Mẫu số 54' });
    for (const id of ids) {
      const printed = extractText(await render(id), CODE);
      const formNumber = numbered[id];
      if (formNumber) expect({ id, first: printed.startsWith(`${formNumber} `) }).toEqual({ id, first: true });
      else expect({ id, number: printed.startsWith('Mẫu số') }).toEqual({ id, number: false });
    }
  });

  it('leaves the session place, the clerk and the reasons nobody entered as dotted lines', async () => {
    const { location: _location, clerk: _clerk, ...session } = fixtures['court-decision'].session;
    const input = { ...fixtures['court-decision'], session, findings: [], outcome: { kind: 'not-apply' as const } };
    const printed = await text('court-decision', input);
    expect(printed).toContain('- Thư ký phiên họp: ……………;');
    expect(printed).toMatch(/Ngày \d{2} tháng \d{1,2} năm \d{4}, tại ……………, Tòa án/);
    expect(printed).toContain('Lý do: ……………');
    expect(printed).toContain('xét thấy: ……………');
  });

  it('leaves the hour and place of a record nobody entered as dotted lines', async () => {
    const { startedAt: _s, endedAt: _e, location: _l, ...record } = fixtures['violation-record'];
    const printed = await text('violation-record', record);
    expect(printed).toContain('Hôm nay, hồi …………… giờ …………… phút, ngày 16 tháng 7 năm 2026, tại ……………, chúng tôi gồm:');
    expect(printed).toContain('Biên bản kết thúc vào hồi …………… giờ …………… phút cùng ngày');
  });

  it('leaves a challenge\'s grounds and an annulment\'s consequence nobody entered as dotted lines', async () => {
    const [challenge] = fixtures['review-decision'].challenges;
    const { grounds: _grounds, ...ungrounded } = challenge as NonNullable<typeof challenge>;
    const printed = await text('review-decision', { ...fixtures['review-decision'], challenges: [ungrounded], findings: [], outcome: { kind: 'annulled' as const } });
    expect(printed).toMatch(/của [^:]+: …………….( |$)/);
    expect(printed).toMatch(/hủy Quyết định số [^.]+\. 2\. ……………/);
  });

  it('does not call the measure for a person under 18 an administrative one on the court\'s papers', async () => {
    const minor = { ...SUBJECT, fullName: 'Trần Minh Đức', dateOfBirth: '2010-01-15' };
    const legalBasis = [MINORS_COURT_ORDINANCE];
    const decision = await text('court-decision', {
      ...fixtures['court-decision'],
      legalBasis,
      subject: minor,
      trigger: { article: 33, case: 'a' },
      outcome: { ...fixtures['court-decision'].outcome, months: 12 } as never,
    });
    const notice = await text('court-acceptance-notice', { ...fixtures['court-acceptance-notice'], legalBasis, subject: minor, ageGroup: 'minor' });
    const review = await text('review-decision', {
      ...fixtures['review-decision'],
      legalBasis,
      originalSummary: 'đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc thời hạn 12 tháng',
      subject: minor,
      ageGroup: 'minor',
      outcome: { kind: 'upheld' as const },
    });
    for (const printed of [decision, notice, review]) {
      expect(printed).toContain('Căn cứ Pháp lệnh số 01/2022/UBTVQH15');
      expect(printed).toContain('đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc');
      expect(printed).not.toMatch(/xử lý hành chính|xử phạt/);
    }
  });

  it('cites Luật 120/2025/QH15, not the 2021 law, for a dossier under it', async () => {
    const printed = await text('court-decision', { ...fixtures['court-decision'], legalBasis: ['Căn cứ Luật Phòng, chống ma túy số 120/2025/QH15'], drugLaw: '2025' });
    expect(printed).toContain('thuộc trường hợp quy định tại điểm a khoản 1 Điều 35 Luật Phòng, chống ma túy số 120/2025/QH15 (không đăng ký');
    expect(printed).not.toContain('năm 2021');
    const certificate = await text('completion-certificate', { ...fixtures['completion-certificate'], drugLaw: '2025' });
    expect(certificate).toContain('theo quy định tại khoản 2 Điều 42 Luật Phòng, chống ma túy số 120/2025/QH15./.');
    const request = await text('determination-request', { ...fixtures['determination-request'], drugLaw: '2025' });
    expect(request).not.toContain('Điều 27');
  });

  it('refuses a post-rehabilitation certificate issued before the period ends', () => {
    expect(() => buildForm('post-rehab-certificate', { ...fixtures['post-rehab-certificate'], issuedOn: '2030-06-01' })).toThrow(/period has ended/);
  });
});
