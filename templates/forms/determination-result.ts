/**
 * Phiếu kết quả xác định tình trạng nghiện ma túy — the result a qualified health facility sends
 * back to the police who asked for it (step `determination`, action `record-determination`).
 *
 * Nghị định 109/2021/NĐ-CP has the facility make the result in two copies, approved by its head:
 * one kept with the medical record, one returned to the requesting police; its template for the
 * police-requested case was not found (Mẫu 04 is the volunteer's; docs/legal/README.md#forms).
 * This sheet is designed from:
 * - the identity and request fields of the observation sheet, Thông tư 18/2021/TT-BYT Phụ lục 03
 *   (thuvienphapluat.vn, hỏi đáp 57171): request number, date and issuing police; date received;
 *   where the determination was made; the substance assessed;
 * - the six diagnostic criteria of Thông tư 18/2021/TT-BYT Điều 3, printed word for word as
 *   checkboxes, and its rule that a person is addicted when at least three of the six are met
 *   (hethongphapluat.com, full text of TT 18/2021), which the input is checked against.
 * The physician who made the determination is named in the sheet; the head of the facility (or a
 * deputy, "KT.") signs it as the one who approves it.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate, formatNumericDate } from './shared/dates';
import { basisLines, composeDocument } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, DocumentReference, nonEmpty, OfficialInput } from './shared/schema';

/** Thông tư 18/2021/TT-BYT Điều 3 khoản 1, tiêu chuẩn 1–6. */
export const ADDICTION_CRITERIA = [
  'Ham muốn mạnh mẽ hoặc cảm giác bắt buộc phải sử dụng chất ma túy',
  'Khó khăn trong việc kiểm soát các hành vi sử dụng ma túy về thời gian bắt đầu, thời gian kết thúc hoặc mức sử dụng',
  'Có hiện tượng dung nạp với chất ma túy',
  'Ngày càng trở nên thờ ơ với các thú vui hoặc sở thích khác do sử dụng chất ma túy',
  'Tiếp tục sử dụng ma túy mặc dù đã biết về các hậu quả có hại của chất ma túy',
  'Có trạng thái cai ma túy (hội chứng cai ma túy) khi ngừng hoặc giảm sử dụng chất ma túy',
] as const;

export const DeterminationResultInput = z
  .object({
    ...documentBase,
    request: DocumentReference.describe('Giấy đề nghị of the police'),
    requestReceivedOn: DateInput.describe('Thời gian tiếp nhận Giấy đề nghị'),
    subject: SubjectInput,
    observation: z.object({
      from: DateInput,
      to: DateInput,
      place: nonEmpty().optional().describe('Địa điểm khác (e.g. the place of administrative custody); omitted: at the facility'),
    }),
    substances: z.array(nonEmpty()).min(1).describe('Chất ma túy xác định tình trạng nghiện, e.g. ["Methamphetamine"]'),
    criteriaMet: z.array(z.number().int().min(1).max(6)).describe('Numbers (1–6) of the TT 18/2021 criteria the person meets'),
    addicted: z.boolean().describe('Kết luận: nghiện / không nghiện ma túy'),
    legalBasis: z.array(nonEmpty()).default([]).describe('"Căn cứ …" lines; a result sheet usually has none'),
    physician: OfficialInput.describe('Người thực hiện xác định tình trạng nghiện (bác sĩ)'),
  })
  .superRefine((input, ctx) => {
    if (new Set(input.criteriaMet).size !== input.criteriaMet.length) {
      ctx.addIssue({ code: 'custom', path: ['criteriaMet'], message: 'each criterion is listed once' });
    }
    if (input.addicted && new Set(input.criteriaMet).size < 3) {
      ctx.addIssue({ code: 'custom', path: ['addicted'], message: 'an addicted result needs at least 3 of the 6 criteria (Thông tư 18/2021/TT-BYT Điều 3)' });
    }
    const [requested, received, from, to, issued] = [input.request.issuedOn, input.requestReceivedOn, input.observation.from, input.observation.to, input.issuedOn].map(dateKey);
    const order = (a: number | undefined, b: number | undefined, path: string[], message: string): void => {
      if (a !== undefined && b !== undefined && a > b) ctx.addIssue({ code: 'custom', path, message });
    };
    order(requested, received, ['requestReceivedOn'], 'the request cannot be received before it was issued');
    order(received, from, ['observation', 'from'], 'observation starts after the request is received');
    order(from, to, ['observation', 'to'], 'observation ends after it starts');
    order(to, issued, ['issuedOn'], 'the result is issued after the observation ends');
  });
export type DeterminationResultInput = z.infer<typeof DeterminationResultInput>;

const FORM_TITLE = 'Phiếu kết quả xác định tình trạng nghiện ma túy';

export function buildDeterminationResult(input: DeterminationResultInput): AdministrativeDocument {
  const { request, subject, observation } = input;
  const met = new Set(input.criteriaMet);
  const body: Block[] = [
    ...basisLines(input.legalBasis),
    {
      kind: 'paragraph',
      text:
        `Theo Giấy đề nghị số ${request.number} ${formatLongDate(request.issuedOn)} của ${request.issuedBy} ` +
        `(tiếp nhận ${formatLongDate(input.requestReceivedOn)}), ${input.issuer.inlineName} đã tiến hành xác định tình trạng nghiện ma túy đối với:`,
    },
    ...subjectBlocks(subject, { extras: false }),
    { kind: 'heading', text: 'KẾT QUẢ XÁC ĐỊNH TÌNH TRẠNG NGHIỆN MA TÚY' },
    {
      kind: 'fieldRow',
      fields: [
        { label: '1. Thời gian theo dõi từ ngày', value: formatNumericDate(observation.from), width: 1.55 },
        { label: 'đến ngày', value: formatNumericDate(observation.to), width: 1 },
      ],
    },
    { kind: 'field', label: '2. Địa điểm xác định', value: observation.place ?? `Tại ${input.issuer.inlineName}` },
    { kind: 'field', label: '3. Chất ma túy xác định tình trạng nghiện', value: input.substances.join(', ') },
    {
      kind: 'checkboxes',
      label: `4. Tiêu chuẩn chẩn đoán (Điều 3 Thông tư số 18/2021/TT-BYT), đáp ứng ${met.size}/6:`,
      layout: 'stacked',
      options: ADDICTION_CRITERIA.map((text, index) => ({ label: `Tiêu chuẩn ${index + 1}: ${text}.`, checked: met.has(index + 1) })),
    },
    { kind: 'field', label: '5. Người thực hiện xác định', value: `${input.physician.name}, ${input.physician.title}` },
    {
      kind: 'paragraph',
      text: input.addicted
        ? [{ text: '6. Kết luận: ' }, { text: 'NGHIỆN MA TÚY', style: 'bold' }, { text: ` (${input.substances.join(', ')}).` }]
        : [{ text: '6. Kết luận: ' }, { text: 'KHÔNG NGHIỆN MA TÚY', style: 'bold' }, { text: '.' }],
    },
    {
      kind: 'paragraph',
      text: `Phiếu lập thành 02 bản: 01 bản lưu bệnh án, 01 bản gửi ${request.issuedBy}./.`,
    },
  ];
  return composeDocument(input, { formId: 'determination-result', formTitle: FORM_TITLE, title: 'PHIẾU KẾT QUẢ', subtitle: 'Xác định tình trạng nghiện ma túy', body });
}

export const determinationResult = {
  id: 'determination-result',
  title: FORM_TITLE,
  input: DeterminationResultInput,
  build: buildDeterminationResult,
} as const satisfies FormDefinition<'determination-result', typeof DeterminationResultInput>;
