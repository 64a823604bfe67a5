/**
 * Giấy đề nghị xác định tình trạng nghiện ma túy — the police's written request to a qualified
 * health facility (step `determination`, action `request-determination`).
 *
 * Nghị định 109/2021/NĐ-CP provides for this request, but its template was not found (its form
 * number is unconfirmed, probably Mẫu 02; docs/legal/README.md#forms). The fields are designed from
 * what the health facility must copy from it onto the observation sheet of Thông tư 18/2021/TT-BYT,
 * Phụ lục 03 ("Giấy đề nghị số …/… ngày … của Công an …", the person's identity, the substance to
 * assess; thuvienphapluat.vn, hỏi đáp 57171), the place rule of NĐ 109/2021 Điều 2 khoản 2 (at the
 * place of administrative custody for a person held there) and the cases of LPCMT 2021 Điều 27
 * khoản 1 điểm a–d, cited word for word. Laid out as a Nghị định 30/2020/NĐ-CP letter.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate } from './shared/dates';
import { addressees, basisLines, composeDocument } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { BodyInput, DateInput, documentBase, nonEmpty, OfficialInput } from './shared/schema';
import { DETERMINATION_CASES, drugLawName, DrugLawInput } from './shared/trigger-cases';

export const DeterminationRequestInput = z
  .object({
    ...documentBase,
    healthFacility: BodyInput.describe('Cơ sở y tế đủ điều kiện xác định tình trạng nghiện ma túy'),
    subject: SubjectInput,
    determinationCase: z.enum(['a', 'b', 'c', 'd']).describe('LPCMT 2021 Điều 27 khoản 1 điểm a–d'),
    drugLaw: DrugLawInput,
    drugTest: z
      .object({ testedOn: DateInput, substances: z.array(nonEmpty()).min(1).describe('e.g. ["Methamphetamine"]') })
      .optional()
      .describe('Kết quả xét nghiệm dương tính gần nhất'),
    custody: z
      .object({ place: nonEmpty(), since: DateInput })
      .optional()
      .describe('Set when the person is in administrative custody: the determination is made there (NĐ 109/2021 Điều 2 khoản 2 điểm a)'),
    legalBasis: z.array(nonEmpty()).min(1).describe('"Căn cứ …" lines'),
    attachments: z.array(nonEmpty()).default([]).describe('Tài liệu gửi kèm'),
    contactOfficer: OfficialInput.extend({ phone: nonEmpty().optional() }).optional().describe('Cán bộ liên hệ'),
  })
  .superRefine((input, ctx) => {
    const issued = dateKey(input.issuedOn);
    const tested = input.drugTest && dateKey(input.drugTest.testedOn);
    if (issued !== undefined && tested !== undefined && tested > issued) {
      ctx.addIssue({ code: 'custom', path: ['drugTest', 'testedOn'], message: 'the test cannot postdate the request' });
    }
    if (input.determinationCase === 'b' && input.subject.hasStableResidence) {
      ctx.addIssue({ code: 'custom', path: ['determinationCase'], message: 'case b (no stable residence) contradicts subject.hasStableResidence' });
    }
  });
export type DeterminationRequestInput = z.infer<typeof DeterminationRequestInput>;

const FORM_TITLE = 'Giấy đề nghị xác định tình trạng nghiện ma túy';

export function buildDeterminationRequest(input: DeterminationRequestInput): AdministrativeDocument {
  const { issuer, healthFacility: facility, subject } = input;
  const body: Block[] = [
    ...addressees([facility.name]),
    ...basisLines(input.legalBasis),
    { kind: 'paragraph', text: `${issuer.inlineName} đề nghị ${facility.name} xác định tình trạng nghiện ma túy đối với người có thông tin sau:` },
    ...subjectBlocks(subject),
    {
      kind: 'paragraph',
      text:
        input.drugLaw === '2021'
          ? `Người có tên trên thuộc trường hợp phải xác định tình trạng nghiện ma túy quy định tại điểm ${input.determinationCase} ` +
            `khoản 1 Điều 27 ${drugLawName(input.drugLaw)}: “${DETERMINATION_CASES[input.determinationCase]}”.`
          : `Người có tên trên thuộc trường hợp phải xác định tình trạng nghiện ma túy theo ${drugLawName(input.drugLaw)}: ` +
            `${DETERMINATION_CASES[input.determinationCase]}.`,
    },
  ];
  if (input.drugTest) {
    body.push({
      kind: 'paragraph',
      text: `Kết quả xét nghiệm chất ma túy trong cơ thể ${formatLongDate(input.drugTest.testedOn)}: dương tính với ${input.drugTest.substances.join(', ')}.`,
    });
  }
  body.push({
    kind: 'paragraph',
    text: input.custody
      ? `Người có tên trên đang bị tạm giữ theo thủ tục hành chính từ ${formatLongDate(input.custody.since)} tại ${input.custody.place}; ` +
        'việc xác định tình trạng nghiện ma túy được thực hiện tại nơi tạm giữ hành chính (điểm a khoản 2 Điều 2 Nghị định số 109/2021/NĐ-CP).'
      : `Địa điểm xác định tình trạng nghiện ma túy: tại ${facility.name}${facility.address ? `, ${facility.address}` : ''}.`,
  });
  if (input.attachments.length > 0) {
    body.push({ kind: 'paragraph', text: 'Tài liệu gửi kèm:' });
    input.attachments.forEach((title, index) => body.push({ kind: 'paragraph', text: `${index + 1}. ${title}${index === input.attachments.length - 1 ? '.' : ';'}` }));
  }
  if (input.contactOfficer) {
    const officer = input.contactOfficer;
    body.push({
      kind: 'paragraph',
      text: `Cán bộ liên hệ: ${officer.name}, ${officer.title}${officer.phone ? `, số điện thoại ${officer.phone}` : ''}.`,
    });
  }
  body.push({
    kind: 'paragraph',
    text:
      `Đề nghị ${facility.name} tiếp nhận, tiến hành xác định tình trạng nghiện ma túy đối với người có tên trên theo quy định ` +
      `và gửi Phiếu kết quả xác định tình trạng nghiện ma túy về ${issuer.inlineName}./.`,
  });
  return composeDocument(input, { formId: 'determination-request', formTitle: FORM_TITLE, title: 'GIẤY ĐỀ NGHỊ', subtitle: 'Xác định tình trạng nghiện ma túy', body });
}

export const determinationRequest = {
  id: 'determination-request',
  title: FORM_TITLE,
  input: DeterminationRequestInput,
  build: buildDeterminationRequest,
} as const satisfies FormDefinition<'determination-request', typeof DeterminationRequestInput>;
