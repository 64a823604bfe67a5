/**
 * Giấy chứng nhận đã chấp hành xong quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt
 * buộc — issued by the centre's director when the term is served (step `completion`, action
 * `complete`); it opens post-rehabilitation management at the place of residence.
 *
 * Issuer, form number and recipients are [U] (docs/legal/regime-2026.md#completion); compare NĐ
 * 116/2021 Điều 32 khoản 3, where the commune chair certifies completion of voluntary
 * rehabilitation. Designed in the same style as the other forms: legal bases; "chứng nhận" the
 * person; the decision served, its term, reductions and deducted days; the period served; where
 * the person returns; the post-rehabilitation management that follows (02 years for an adult,
 * 01 year for a minor, LPCMT 2021 Điều 40, [C]).
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatCount, formatLongDate } from './shared/dates';
import { basisLines, composeDocument } from './shared/document';
import { addressAs, SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, DocumentReference, nonEmpty } from './shared/schema';
import { formatMonths } from './shared/term';
import { AgeGroupInput, drugLawName, DrugLawInput, measureName } from './shared/trigger-cases';

export const CompletionCertificateInput = z
  .object({
    ...documentBase,
    ageGroup: AgeGroupInput,
    drugLaw: DrugLawInput,
    legalBasis: z.array(nonEmpty()).min(1),
    subject: SubjectInput,
    decision: DocumentReference,
    months: z.number().int().min(1).max(36),
    servedFrom: DateInput,
    servedUntil: DateInput,
    deductedDays: z.number().int().min(0).default(0),
    reductions: z.array(z.object({ months: z.number().int().min(1).max(12), decision: DocumentReference })).default([]).describe('Giảm thời hạn chấp hành'),
    returnsTo: nonEmpty().describe('Nơi về cư trú'),
    commune: nonEmpty().describe('Ủy ban nhân dân cấp xã nơi về cư trú, as written in a sentence'),
  })
  .superRefine((input, ctx) => {
    const [from, until] = [dateKey(input.servedFrom), dateKey(input.servedUntil)];
    if (from !== undefined && until !== undefined && until <= from) ctx.addIssue({ code: 'custom', path: ['servedUntil'], message: 'the term ends after it starts' });
  });
export type CompletionCertificateInput = z.infer<typeof CompletionCertificateInput>;

const FORM_TITLE = 'Giấy chứng nhận đã chấp hành xong quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc';

export function buildCompletionCertificate(input: CompletionCertificateInput): AdministrativeDocument {
  const { subject, decision, issuer } = input;
  const person = `${addressAs(subject.sex, input.ageGroup)} ${subject.fullName}`;
  const body: Block[] = [
    ...basisLines(input.legalBasis),
    { kind: 'paragraph', text: `${issuer.inlineName} chứng nhận:` },
    ...subjectBlocks(subject),
    {
      kind: 'paragraph',
      text:
        `Đã chấp hành xong Quyết định số ${decision.number} ${formatLongDate(decision.issuedOn)} của ${decision.issuedBy} về việc áp dụng ` +
        `${measureName(input.ageGroup)}, thời hạn ${formatMonths(input.months)}.`,
    },
    { kind: 'paragraph', text: `Thời gian chấp hành tại cơ sở: từ ${formatLongDate(input.servedFrom)} đến ${formatLongDate(input.servedUntil)}.` },
  ];
  if (input.deductedDays > 0) body.push({ kind: 'paragraph', text: `Thời gian quản lý trong thời gian làm thủ tục được trừ vào thời hạn chấp hành: ${formatCount(input.deductedDays)} ngày.` });
  input.reductions.forEach((r) =>
    body.push({
      kind: 'paragraph',
      text: `Được giảm ${formatCount(r.months)} tháng thời hạn chấp hành theo Quyết định số ${r.decision.number} ${formatLongDate(r.decision.issuedOn)} của ${r.decision.issuedBy}.`,
    }),
  );
  body.push(
    { kind: 'field', label: 'Nơi về cư trú', value: input.returnsTo },
    {
      kind: 'paragraph',
      text:
        `${person} có trách nhiệm trình diện ${input.commune} để được quản lý sau cai nghiện ma túy tại nơi cư trú trong thời hạn ` +
        `${input.ageGroup === 'adult' ? '02 năm' : '01 năm'} theo quy định tại ${postRehabArticle(input)} ${drugLawName(input.drugLaw)}./.`,
    },
  );
  return composeDocument(input, {
    formId: 'completion-certificate',
    formTitle: FORM_TITLE,
    title: 'GIẤY CHỨNG NHẬN',
    subtitle: 'Đã chấp hành xong quyết định áp dụng biện pháp\nđưa vào cơ sở cai nghiện bắt buộc',
    body,
  });
}

/** LPCMT 2021 art. 40 (both ages); Law 120/2025/QH15 art. 42: khoản 1 for minors, khoản 2 for adults (docs/legal/regime-2026.md). */
function postRehabArticle(input: Pick<CompletionCertificateInput, 'drugLaw' | 'ageGroup'>): string {
  if (input.drugLaw === '2021') return 'Điều 40';
  return `khoản ${input.ageGroup === 'minor' ? 1 : 2} Điều 42`;
}

export const completionCertificate = {
  id: 'completion-certificate',
  title: FORM_TITLE,
  input: CompletionCertificateInput,
  build: buildCompletionCertificate,
} as const satisfies FormDefinition<'completion-certificate', typeof CompletionCertificateInput>;
