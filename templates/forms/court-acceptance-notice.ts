/**
 * Thông báo thụ lý hồ sơ — the court's notice that it has accepted the proposal and assigned a
 * judge (step `court`, action `court-accept`).
 *
 * The Supreme People's Court's forms for this procedure were not found (docs/legal/README.md#forms,
 * [OPEN]). Designed in the same style as the other forms, from Pháp lệnh 09/2014/UBTVQH13 Điều 8–9
 * (receive, record in the register, accept and assign a judge within 01 working day; S-41) and the
 * participants' rights of PL 01/2022 / PL 03/2022 (read and copy the dossier, a defender, written
 * opinions) [U]: addressees; the proposal received; the acceptance number and date; the judge; the
 * person; their rights.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate } from './shared/dates';
import { addressees, basisLines, composeDocument } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, DocumentReference, nonEmpty } from './shared/schema';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const CourtAcceptanceNoticeInput = z
  .object({
    ...documentBase,
    ageGroup: AgeGroupInput,
    notify: z.array(nonEmpty()).min(1).describe('Kính gửi: the proposing body, the procuracy, the person, the family'),
    legalBasis: z.array(nonEmpty()).min(1),
    proposal: DocumentReference.describe('Văn bản đề nghị'),
    receivedOn: DateInput,
    acceptedOn: DateInput,
    caseNumber: nonEmpty().describe('Số thụ lý, e.g. "25/2026/TLST-XLHC"'),
    judge: nonEmpty().describe('Thẩm phán được phân công'),
    subject: SubjectInput,
  })
  .superRefine((input, ctx) => {
    const [sent, received, accepted] = [input.proposal.issuedOn, input.receivedOn, input.acceptedOn].map(dateKey);
    if (sent !== undefined && received !== undefined && received < sent) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'the proposal is received after it was issued' });
    if (received !== undefined && accepted !== undefined && accepted < received) ctx.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'the file is accepted after it was received' });
  });
export type CourtAcceptanceNoticeInput = z.infer<typeof CourtAcceptanceNoticeInput>;

const FORM_TITLE = 'Thông báo thụ lý hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc';

export function buildCourtAcceptanceNotice(input: CourtAcceptanceNoticeInput): AdministrativeDocument {
  const { issuer, proposal } = input;
  const measure = measureName(input.ageGroup);
  const family = input.ageGroup === 'minor' ? 'cha, mẹ hoặc người giám hộ' : 'người đại diện hợp pháp';
  const body: Block[] = [
    ...addressees(input.notify),
    ...basisLines(input.legalBasis),
    {
      kind: 'paragraph',
      text:
        `${formatLongDate(input.receivedOn).replace(/^n/, 'N')}, ${issuer.inlineName} nhận được Văn bản đề nghị số ${proposal.number} ` +
        `${formatLongDate(proposal.issuedOn)} của ${proposal.issuedBy} kèm theo hồ sơ đề nghị áp dụng ${measure} đối với:`,
    },
    ...subjectBlocks(input.subject),
    {
      kind: 'paragraph',
      text: `${issuer.inlineName} đã thụ lý hồ sơ số ${input.caseNumber} ${formatLongDate(input.acceptedOn)} và phân công Thẩm phán ${input.judge} giải quyết.`,
    },
    {
      kind: 'paragraph',
      text:
        `Người bị đề nghị, ${family} của người bị đề nghị có quyền đọc, ghi chép, sao chụp tài liệu trong hồ sơ; ` +
        'tự mình hoặc nhờ luật sư, trợ giúp viên pháp lý hoặc người khác bảo vệ quyền và lợi ích hợp pháp; ' +
        `gửi văn bản trình bày ý kiến và tài liệu, chứng cứ cho ${issuer.inlineName} trước khi mở phiên họp.`,
    },
    { kind: 'paragraph', text: `${issuer.inlineName} thông báo để các cơ quan, người có tên trên biết./.` },
  ];
  return composeDocument(input, {
    formId: 'court-acceptance-notice',
    formTitle: FORM_TITLE,
    title: 'THÔNG BÁO',
    subtitle: 'Về việc thụ lý hồ sơ đề nghị áp dụng biện pháp\nđưa vào cơ sở cai nghiện bắt buộc',
    body,
  });
}

export const courtAcceptanceNotice = {
  id: 'court-acceptance-notice',
  title: FORM_TITLE,
  input: CourtAcceptanceNoticeInput,
  build: buildCourtAcceptanceNotice,
} as const satisfies FormDefinition<'court-acceptance-notice', typeof CourtAcceptanceNoticeInput>;
