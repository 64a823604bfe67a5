/**
 * Bản tóm tắt lý lịch — Mẫu số 30, Phụ lục II, Nghị định 116/2021/NĐ-CP: the summary CV of the
 * person proposed for compulsory rehabilitation, the first document of the dossier (step
 * `commune`).
 *
 * The number and place of Mẫu 30 in the dossier are confirmed (docs/legal/README.md#forms, S-40);
 * its text was not found. The fields are designed from the pre-2022 police dossier it replaces
 * (Thông tư 05/2018/TT-BCA Điều 5: a summary CV certified by the head of the police unit that
 * makes the dossier; lawnet.vn, S-72) and from what a Vietnamese "tóm tắt lý lịch" holds: identity,
 * birthplace and home town, ethnicity, religion, education, occupation; family; personal history;
 * criminal and administrative record and earlier measures; drug use. The 4×6 photo box of paper
 * forms is left out: the layout draws no free boxes, and the photo travels as its own file.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { formatNumericDate } from './shared/dates';
import { composeDocument, signatureBlocks } from './shared/document';
import { sexLabel, SubjectInput } from './shared/person';
import { documentBase, nonEmpty, OfficialInput } from './shared/schema';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const SummaryCvInput = z.object({
  ...documentBase,
  ageGroup: AgeGroupInput,
  subject: SubjectInput.extend({
    placeOfBirth: nonEmpty().describe('Nơi sinh'),
    hometown: nonEmpty().describe('Quê quán'),
    ethnicity: nonEmpty().describe('Dân tộc'),
    religion: nonEmpty().default('Không').describe('Tôn giáo'),
    nationality: nonEmpty().default('Việt Nam').describe('Quốc tịch'),
    education: nonEmpty().describe('Trình độ học vấn, e.g. "9/12"'),
    occupation: nonEmpty().describe('Nghề nghiệp'),
  }),
  family: z
    .array(
      z.object({
        relationship: nonEmpty().describe('e.g. "Bố đẻ", "Mẹ đẻ", "Vợ", "Con"'),
        fullName: nonEmpty(),
        yearOfBirth: z.number().int().min(1900).max(2100).optional(),
        occupation: nonEmpty().optional(),
        residence: nonEmpty().optional().describe('Nơi ở; "Đã chết" for the dead'),
      }),
    )
    .min(1)
    .describe('Quan hệ gia đình'),
  history: z
    .array(z.object({ period: nonEmpty().describe('e.g. "2008 - 2012"'), activity: nonEmpty().describe('Làm gì, ở đâu') }))
    .min(1)
    .describe('Quá trình hoạt động của bản thân'),
  criminalRecord: z.array(nonEmpty()).default([]).describe('Tiền án'),
  administrativeRecord: z.array(nonEmpty()).default([]).describe('Tiền sự (administrative sanctions)'),
  priorMeasures: z.array(nonEmpty()).default([]).describe('Biện pháp đã áp dụng (giáo dục tại xã, cai nghiện tự nguyện, …)'),
  drugUse: z.object({
    since: nonEmpty().describe('Thời gian bắt đầu sử dụng, e.g. "năm 2019"'),
    substances: z.array(nonEmpty()).min(1).describe('Loại ma túy sử dụng'),
    method: nonEmpty().optional().describe('Hình thức sử dụng, e.g. "hút"'),
  }),
  preparedBy: OfficialInput.optional().describe('Cán bộ lập bản tóm tắt; signs beside the certifying signer'),
});
export type SummaryCvInput = z.infer<typeof SummaryCvInput>;

/** Nghị định 116/2021/NĐ-CP, Phụ lục II. */
const FORM_NUMBER = 'Mẫu số 30';

const FORM_TITLE = 'Bản tóm tắt lý lịch (Mẫu số 30)';

function listOrNone(label: string, items: readonly string[]): Block[] {
  if (items.length === 0) return [{ kind: 'field', label, value: 'Không' }];
  return [
    { kind: 'field', label, value: items.length === 1 ? (items[0] as string) : `${items.length} lần` },
    ...(items.length > 1 ? items.map((item): Block => ({ kind: 'paragraph', text: `- ${item};` })) : []),
  ];
}

export function buildSummaryCv(input: SummaryCvInput): AdministrativeDocument {
  const s = input.subject;
  const body: Block[] = [
    { kind: 'heading', text: 'I. SƠ LƯỢC LÝ LỊCH' },
    { kind: 'fieldRow', fields: [{ label: '1. Họ và tên', value: s.fullName, emphasis: true, width: 2.2 }, { label: 'Giới tính', value: sexLabel(s.sex), width: 1 }] },
    { kind: 'field', label: '2. Tên gọi khác', value: s.otherNames ?? 'Không' },
    { kind: 'fieldRow', fields: [{ label: '3. Ngày sinh', value: formatNumericDate(s.dateOfBirth), width: 1 }, { label: 'Số định danh cá nhân', value: s.idNumber, width: 1.45 }] },
    { kind: 'field', label: '4. Nơi sinh', value: s.placeOfBirth },
    { kind: 'field', label: '5. Quê quán', value: s.hometown },
    { kind: 'field', label: s.hasStableResidence ? '6. Nơi cư trú' : '6. Nơi ở hiện tại (không có nơi cư trú ổn định)', value: s.residence },
    ...(s.currentAddress && s.hasStableResidence ? [{ kind: 'field', label: 'Nơi ở hiện tại', value: s.currentAddress } as Block] : []),
    {
      kind: 'fieldRow',
      fields: [
        { label: '7. Dân tộc', value: s.ethnicity, width: 1 },
        { label: 'Tôn giáo', value: s.religion, width: 1 },
        { label: 'Quốc tịch', value: s.nationality, width: 1 },
      ],
    },
    { kind: 'fieldRow', fields: [{ label: '8. Trình độ học vấn', value: s.education, width: 1 }, { label: 'Nghề nghiệp', value: s.occupation, width: 1.4 }] },

    { kind: 'heading', text: 'II. QUAN HỆ GIA ĐÌNH' },
    {
      kind: 'table',
      columns: [
        { header: 'Quan hệ', width: 1.3 },
        { header: 'Họ và tên', width: 2.1 },
        { header: 'Năm sinh', width: 1, align: 'center' },
        { header: 'Nghề nghiệp', width: 1.6 },
        { header: 'Nơi ở', width: 3 },
      ],
      rows: input.family.map((m) => [m.relationship, m.fullName, m.yearOfBirth ? String(m.yearOfBirth) : '', m.occupation ?? '', m.residence ?? '']),
    },

    { kind: 'heading', text: 'III. QUÁ TRÌNH HOẠT ĐỘNG CỦA BẢN THÂN' },
    {
      kind: 'table',
      columns: [
        { header: 'Thời gian', width: 1.6, align: 'center' },
        { header: 'Làm gì, ở đâu', width: 7 },
      ],
      rows: input.history.map((h) => [h.period, h.activity]),
    },

    { kind: 'heading', text: 'IV. TIỀN ÁN, TIỀN SỰ VÀ CÁC BIỆN PHÁP ĐÃ ÁP DỤNG' },
    ...listOrNone('1. Tiền án', input.criminalRecord),
    ...listOrNone('2. Tiền sự', input.administrativeRecord),
    ...listOrNone('3. Biện pháp đã áp dụng', input.priorMeasures),

    { kind: 'heading', text: 'V. TÌNH TRẠNG SỬ DỤNG MA TÚY' },
    { kind: 'field', label: '1. Thời gian bắt đầu sử dụng', value: input.drugUse.since },
    { kind: 'field', label: '2. Loại ma túy sử dụng', value: input.drugUse.substances.join(', ') },
    ...(input.drugUse.method ? [{ kind: 'field', label: '3. Hình thức sử dụng', value: input.drugUse.method } as Block] : []),
    {
      kind: 'paragraph',
      text:
        `${input.issuer.inlineName} xác nhận bản tóm tắt lý lịch trên được lập căn cứ hồ sơ, tài liệu thu thập được, ` +
        `để lập hồ sơ đề nghị áp dụng ${measureName(input.ageGroup)} đối với người có tên trên./.`,
    },
  ];
  if (input.preparedBy) {
    body.push(...signatureBlocks([{ role: 'NGƯỜI LẬP', name: `${input.preparedBy.name}\n${input.preparedBy.title}` }]));
  }
  return composeDocument(input, {
    formId: 'summary-cv',
    formTitle: FORM_TITLE,
    formNumber: FORM_NUMBER,
    title: 'BẢN TÓM TẮT LÝ LỊCH',
    subtitle: `Của người bị đề nghị áp dụng ${measureName(input.ageGroup)}`,
    body,
  });
}

export const summaryCv = {
  id: 'summary-cv',
  title: FORM_TITLE,
  formNumber: FORM_NUMBER,
  input: SummaryCvInput,
  build: buildSummaryCv,
} as const satisfies FormDefinition<'summary-cv', typeof SummaryCvInput>;
