/**
 * Phiếu mở hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc — the sheet that
 * opens a dossier (step `intake`).
 *
 * The law prescribes no template for this sheet: Nghị định 116/2021/NĐ-CP, Phụ lục II, has forms
 * for the documents inside the dossier (Mẫu 27, 30, 35, …) but none for opening it. It is
 * modelled on Thông tư 05/2018/TT-BCA, Mẫu số 05 "Thông báo về việc lập hồ sơ đề nghị áp dụng
 * biện pháp …" (the police form of the pre-2022 regime), in the layout of Nghị định 30/2020/NĐ-CP.
 *
 * The cases of Luật Phòng, chống ma túy 2021 are printed from the shared table in
 * `shared/trigger-cases.ts`. Article 32 lists its four cases as khoản 1–4 (the engine calls them
 * a–d); article 33 lists its three as điểm a–c of khoản 1. The citation printed is the statute's own.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import { formatNumericDate } from '../layout/vietnamese-date';
import type { FormDefinition } from './form-definition';
import { dateKey } from './shared/dates';
import { basisLines } from './shared/document';
import { DateInput, IssuerInput, nonEmpty, SignerInput } from './shared/schema';
import { checkTriggerAge, citeTrigger, TriggerInput } from './shared/trigger-cases';

export const DossierCoverSheetInput = z
  .object({
    dossierCode: nonEmpty().describe('Mã hồ sơ, e.g. "HS-2026-000123"'),
    /** Archive id of this document (dossier, step, form, revision); printed small in the footer. Defaults to the dossier code. */
    documentId: nonEmpty().optional(),
    regime: z
      .object({
        id: z.enum(['2022', '2025', '2026']),
        label: nonEmpty().describe('How the regime is named on paper, e.g. "Luật Phòng, chống ma túy năm 2021 (hồ sơ mở từ ngày 01/7/2026)"'),
      })
      .describe('The procedure version the dossier is pinned to'),
    issuer: IssuerInput.describe('Cơ quan lập hồ sơ'),
    documentNumber: nonEmpty().describe('Số, ký hiệu without "Số:", e.g. "15/PMHS-CAX"'),
    place: nonEmpty().describe('Địa danh, e.g. "Tiên Du"'),
    openedOn: DateInput.describe('Ngày mở hồ sơ; also the date of the sheet'),
    detectedOn: DateInput.describe('Ngày phát hiện người nghiện thuộc trường hợp đề nghị'),
    subject: z.object({
      fullName: nonEmpty(),
      dateOfBirth: DateInput,
      sex: z.enum(['male', 'female']),
      idNumber: z.string().regex(/^\d{12}$/, 'expected the 12-digit personal identification number (số định danh cá nhân)'),
      residence: nonEmpty().describe('Nơi cư trú, or where the person lives now if it is not stable'),
      hasStableResidence: z.boolean(),
    }),
    trigger: TriggerInput,
    priorMeasures: nonEmpty().optional().describe('Biện pháp đã áp dụng trước đó; omit when none'),
    legalBasis: z.array(nonEmpty()).min(1).describe('"Căn cứ …" lines, one legal instrument each'),
    attachments: z
      .array(z.object({ title: nonEmpty(), copies: z.number().int().positive().optional() }))
      .optional()
      .describe('Documents already in the dossier, listed in a table'),
    recipients: z.array(nonEmpty()).min(1).describe('Nơi nhận, e.g. ["Người bị đề nghị", "Lưu: hồ sơ, VT"]'),
    signer: SignerInput,
  })
  .superRefine((input, ctx) => {
    const [detected, opened] = [dateKey(input.detectedOn), dateKey(input.openedOn)];
    if (detected === undefined || opened === undefined) return;
    if (detected > opened) ctx.addIssue({ code: 'custom', path: ['detectedOn'], message: 'the case cannot be detected after the dossier was opened' });
    checkTriggerAge(input.trigger, input.subject.dateOfBirth, input.detectedOn, ctx);
  });

export type DossierCoverSheetInput = z.infer<typeof DossierCoverSheetInput>;

// Broken by hand so that no compound word (biện pháp, cơ sở) is split across the two lines.
const TITLE_ADULT = 'PHIẾU MỞ HỒ SƠ ĐỀ NGHỊ ÁP DỤNG BIỆN PHÁP\nĐƯA VÀO CƠ SỞ CAI NGHIỆN BẮT BUỘC';
const TITLE_MINOR = 'PHIẾU MỞ HỒ SƠ ĐỀ NGHỊ ĐƯA NGƯỜI TỪ ĐỦ 12 TUỔI\nĐẾN DƯỚI 18 TUỔI VÀO CƠ SỞ CAI NGHIỆN BẮT BUỘC';

/** Maps the cover-sheet data to the document; pure. */
export function buildDossierCoverSheet(input: DossierCoverSheetInput): AdministrativeDocument {
  const { subject, trigger, issuer } = input;
  const adult = trigger.article === 32;
  const measure = adult
    ? 'áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc'
    : 'đưa người từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc';
  const drugLaw = input.regime.id === '2026' ? '2025' : '2021';

  const body: Block[] = [
    ...basisLines(input.legalBasis),
    { kind: 'paragraph', text: `${issuer.inlineName} mở hồ sơ đề nghị ${measure} đối với người có thông tin dưới đây:` },

    { kind: 'heading', text: 'I. THÔNG TIN VỀ HỒ SƠ' },
    { kind: 'field', label: '1. Mã hồ sơ', value: input.dossierCode, emphasis: true },
    {
      kind: 'fieldRow',
      fields: [
        { label: '2. Ngày phát hiện', value: formatNumericDate(input.detectedOn) },
        { label: 'Ngày mở hồ sơ', value: formatNumericDate(input.openedOn) },
      ],
    },
    { kind: 'field', label: '3. Quy trình áp dụng', value: input.regime.label },

    { kind: 'heading', text: 'II. THÔNG TIN VỀ NGƯỜI BỊ ĐỀ NGHỊ' },
    {
      kind: 'fieldRow',
      fields: [
        { label: '1. Họ và tên', value: subject.fullName, emphasis: true, width: 2.2 },
        { label: 'Giới tính', value: subject.sex === 'female' ? 'Nữ' : 'Nam', width: 1 },
      ],
    },
    {
      kind: 'fieldRow',
      fields: [
        { label: '2. Ngày sinh', value: formatNumericDate(subject.dateOfBirth), width: 1 },
        { label: 'Số định danh cá nhân', value: subject.idNumber, width: 1.45 },
      ],
    },
    { kind: 'field', label: subject.hasStableResidence ? '3. Nơi cư trú' : '3. Nơi ở hiện tại', value: subject.residence },
    {
      kind: 'checkboxes',
      label: '4. Tình trạng nơi cư trú:',
      options: [
        { label: 'Có nơi cư trú ổn định', checked: subject.hasStableResidence },
        { label: 'Không có nơi cư trú ổn định', checked: !subject.hasStableResidence },
      ],
    },

    { kind: 'heading', text: 'III. TRƯỜNG HỢP ĐỀ NGHỊ' },
    {
      kind: 'paragraph',
      text: `1. Người có tên trên là người nghiện ma túy ${adult ? 'từ đủ 18 tuổi trở lên' : 'từ đủ 12 tuổi đến dưới 18 tuổi'}, thuộc trường hợp quy định tại ${citeTrigger(trigger, drugLaw)}.`,
    },
    { kind: 'field', label: '2. Biện pháp đã áp dụng trước đó', value: input.priorMeasures ?? 'Không' },
  ];

  if (input.attachments && input.attachments.length > 0) {
    body.push(
      { kind: 'heading', text: 'IV. TÀI LIỆU KÈM THEO' },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 1, align: 'center' },
          { header: 'Tên tài liệu', width: 8 },
          { header: 'Số bản', width: 1.6, align: 'center' },
        ],
        rows: input.attachments.map((a, index) => [String(index + 1), a.title, String(a.copies ?? 1).padStart(2, '0')]),
      },
    );
  }

  body.push({
    kind: 'paragraph',
    text: `${issuer.inlineName} tiến hành thu thập tài liệu, hoàn thiện hồ sơ đề nghị ${measure} đối với người có tên trên theo quy định của pháp luật./.`,
  });

  return {
    issuer: issuer.parent ? { parent: issuer.parent, name: issuer.name } : { name: issuer.name },
    number: input.documentNumber,
    place: input.place,
    date: input.openedOn,
    title: adult ? TITLE_ADULT : TITLE_MINOR,
    body,
    recipients: input.recipients,
    signer: input.signer.onBehalfOf
      ? { title: input.signer.title, name: input.signer.name, onBehalfOf: input.signer.onBehalfOf }
      : { title: input.signer.title, name: input.signer.name },
    footer: { documentCode: input.documentId ?? input.dossierCode },
    bodyFontSize: 13,
    metadata: {
      title: adult ? 'Phiếu mở hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc' : 'Phiếu mở hồ sơ đề nghị đưa người từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc',
      author: issuer.inlineName,
      subject: `Hồ sơ ${input.dossierCode}`,
      keywords: [input.dossierCode, 'dossier-cover-sheet', `regime-${input.regime.id}`],
    },
  };
}

export const dossierCoverSheet = {
  id: 'dossier-cover-sheet',
  title: 'Phiếu mở hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc',
  input: DossierCoverSheetInput,
  build: buildDossierCoverSheet,
} as const satisfies FormDefinition<'dossier-cover-sheet', typeof DossierCoverSheetInput>;
