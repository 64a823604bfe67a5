/**
 * Văn bản đề nghị Tòa án xem xét, quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt
 * buộc — the reviewing body's proposal to the court after checking the dossier's legality (step
 * `review`, action `approve`).
 *
 * The law gives no template (Luật XLVPHC Điều 104 [U]; docs/legal/regime-2022.md#review). Designed in the
 * same style as the other forms: addressee (the court); legal bases; the dossier received and the
 * result of the legality check; the person and the case of LPCMT 2021 Điều 32/33 cited word for
 * word; the proposal itself — the term in months and the centre, as the proposing body presents
 * them at the court session (S-26) — and the deduction of time managed at a facility (NĐ 116/2021
 * Điều 44 khoản 3).
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { formatLongDate } from './shared/dates';
import { addressees, basisLines, composeDocument, documentsTable, numberedOrBlank } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { BodyInput, documentBase, DocumentReference, nonEmpty, TemporaryManagementInput } from './shared/schema';
import { checkTerm, formatMonths } from './shared/term';
import { ageGroupOf, checkTriggerAge, citeTrigger, DrugLawInput, measureName, TriggerInput } from './shared/trigger-cases';

export const CourtProposalInput = z
  .object({
    ...documentBase,
    court: nonEmpty().describe('Tòa án có thẩm quyền, as written in a sentence, e.g. "Tòa án nhân dân khu vực 2 - Bắc Ninh"'),
    legalBasis: z.array(nonEmpty()).min(1),
    submission: DocumentReference.describe('The letter that sent the dossier (Văn bản chuyển hồ sơ)'),
    subject: SubjectInput,
    trigger: TriggerInput,
    drugLaw: DrugLawInput,
    findings: z.array(nonEmpty()).default([]).describe('Kết quả kiểm tra tính pháp lý, one finding each; none entered: a dotted blank'),
    proposedMonths: z.number().int().describe('Thời hạn đề nghị, tháng'),
    centre: BodyInput.describe('Cơ sở cai nghiện bắt buộc đề nghị'),
    temporaryManagement: TemporaryManagementInput.optional(),
    documents: z.array(z.object({ title: nonEmpty(), copies: z.number().int().positive().optional() })).default([]).describe('Hồ sơ gửi kèm'),
  })
  .superRefine((input, ctx) => {
    checkTriggerAge(input.trigger, input.subject.dateOfBirth, input.submission.issuedOn, ctx);
    checkTerm(input.proposedMonths, ctx, ['proposedMonths']);
  });
export type CourtProposalInput = z.infer<typeof CourtProposalInput>;

const FORM_TITLE = 'Văn bản đề nghị Tòa án xem xét, quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc';

export function buildCourtProposal(input: CourtProposalInput): AdministrativeDocument {
  const { subject, issuer, submission } = input;
  const measure = measureName(ageGroupOf(input.trigger));
  const centre = `${input.centre.name}${input.centre.address ? ` (${input.centre.address})` : ''}`;
  const body: Block[] = [
    ...addressees([input.court]),
    ...basisLines(input.legalBasis),
    {
      kind: 'paragraph',
      text: `Xét hồ sơ đề nghị áp dụng ${measure} do ${submission.issuedBy} lập, chuyển đến theo Văn bản số ${submission.number} ${formatLongDate(submission.issuedOn)}, đối với:`,
    },
    ...subjectBlocks(subject),
    { kind: 'paragraph', text: `Người có tên trên là người nghiện ma túy, thuộc trường hợp quy định tại ${citeTrigger(input.trigger, input.drugLaw)}.` },
    { kind: 'paragraph', text: 'Kết quả kiểm tra tính pháp lý của hồ sơ:' },
    ...numberedOrBlank(input.findings),
    { kind: 'paragraph', text: `${issuer.inlineName} đề nghị ${input.court} xem xét, quyết định áp dụng ${measure} đối với ${subject.fullName}:` },
    { kind: 'field', label: '1. Thời hạn áp dụng', value: formatMonths(input.proposedMonths) },
    { kind: 'field', label: '2. Nơi chấp hành', value: centre },
  ];
  const m = input.temporaryManagement;
  if (m) {
    body.push({
      kind: 'field',
      label: '3. Quản lý trong thời gian làm thủ tục',
      value:
        m.form === 'facility'
          ? `tại ${m.place} từ ${formatLongDate(m.since)}; đề nghị trừ thời gian này vào thời hạn chấp hành (khoản 3 Điều 44 Nghị định số 116/2021/NĐ-CP)`
          : `tại gia đình (${m.place}) từ ${formatLongDate(m.since)}`,
    });
  }
  if (input.documents.length > 0) body.push({ kind: 'paragraph', text: 'Hồ sơ gửi kèm gồm:' }, documentsTable(input.documents));
  body.push({ kind: 'paragraph', text: `Đề nghị ${input.court} xem xét, quyết định theo quy định của pháp luật./.` });
  return composeDocument(input, {
    formId: 'court-proposal',
    formTitle: FORM_TITLE,
    title: 'VĂN BẢN ĐỀ NGHỊ',
    subtitle:
      ageGroupOf(input.trigger) === 'adult'
        ? 'Xem xét, quyết định áp dụng biện pháp xử lý hành chính\nđưa vào cơ sở cai nghiện bắt buộc'
        : 'Xem xét, quyết định đưa người từ đủ 12 tuổi đến dưới 18 tuổi\nvào cơ sở cai nghiện bắt buộc',
    body,
  });
}

export const courtProposal = {
  id: 'court-proposal',
  title: FORM_TITLE,
  input: CourtProposalInput,
  build: buildCourtProposal,
} as const satisfies FormDefinition<'court-proposal', typeof CourtProposalInput>;
