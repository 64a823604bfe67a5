/**
 * Thông báo trả hồ sơ để bổ sung — the reviewing body (or the court) returns the dossier to the
 * body that made it, with its reasons and what to supplement (step `review`, action
 * `return-for-supplementation`; also `court-return`).
 *
 * The law gives no template (Luật XLVPHC Điều 104 [U]; Pháp lệnh 09/2014 Điều 8 and PL 03/2022 for
 * the court's return "with reasons", S-41). Designed in the same style as the other forms:
 * addressee; the dossier received (letter, date); the reasons, numbered; the documents to add;
 * the date by which to send it back.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate } from './shared/dates';
import { addressees, basisLines, composeDocument } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, DocumentReference, nonEmpty } from './shared/schema';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const ReturnNoticeInput = z
  .object({
    ...documentBase,
    ageGroup: AgeGroupInput,
    legalBasis: z.array(nonEmpty()).default([]),
    submission: DocumentReference.describe('The letter the dossier came with; issuedBy is the body it goes back to'),
    receivedOn: DateInput,
    subject: SubjectInput,
    reasons: z.array(nonEmpty()).min(1).describe('Lý do trả hồ sơ'),
    requested: z.array(nonEmpty()).default([]).describe('Tài liệu, nội dung cần bổ sung'),
    resubmitBy: DateInput.optional().describe('Hạn gửi lại hồ sơ'),
  })
  .superRefine((input, ctx) => {
    const [sent, received, issued, due] = [input.submission.issuedOn, input.receivedOn, input.issuedOn, input.resubmitBy].map((d) => (d === undefined ? undefined : dateKey(d)));
    const order = (a: number | undefined, b: number | undefined, path: string[], message: string): void => {
      if (a !== undefined && b !== undefined && a > b) ctx.addIssue({ code: 'custom', path, message });
    };
    order(sent, received, ['receivedOn'], 'the dossier is received after it was sent');
    order(received, issued, ['issuedOn'], 'the dossier is returned after it was received');
    order(issued, due, ['resubmitBy'], 'the resubmission date follows the notice');
  });
export type ReturnNoticeInput = z.infer<typeof ReturnNoticeInput>;

const FORM_TITLE = 'Thông báo trả hồ sơ để bổ sung';

const numbered = (items: readonly string[]): Block[] =>
  items.map((item, i) => ({ kind: 'paragraph', text: `${i + 1}. ${item.replace(/[.;]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}` }));

export function buildReturnNotice(input: ReturnNoticeInput): AdministrativeDocument {
  const { submission, issuer } = input;
  const body: Block[] = [
    ...addressees([submission.issuedBy]),
    ...basisLines(input.legalBasis),
    {
      kind: 'paragraph',
      text:
        `${formatLongDate(input.receivedOn).replace(/^n/, 'N')}, ${issuer.inlineName} nhận được Văn bản số ${submission.number} ` +
        `${formatLongDate(submission.issuedOn)} của ${submission.issuedBy} kèm theo hồ sơ đề nghị áp dụng ${measureName(input.ageGroup)} đối với:`,
    },
    ...subjectBlocks(input.subject),
    { kind: 'paragraph', text: 'Qua kiểm tra, hồ sơ chưa đầy đủ hoặc chưa bảo đảm tính pháp lý, cụ thể:' },
    ...numbered(input.reasons),
  ];
  if (input.requested.length > 0) body.push({ kind: 'paragraph', text: `${issuer.inlineName} trả lại hồ sơ và đề nghị ${submission.issuedBy} bổ sung:` }, ...numbered(input.requested));
  else body.push({ kind: 'paragraph', text: `${issuer.inlineName} trả lại hồ sơ để ${submission.issuedBy} hoàn thiện theo các nội dung trên.` });
  body.push({
    kind: 'paragraph',
    text: input.resubmitBy
      ? `Hồ sơ sau khi bổ sung đề nghị gửi lại ${issuer.inlineName} trước ${formatLongDate(input.resubmitBy)}./.`
      : `Hồ sơ sau khi bổ sung đề nghị gửi lại ${issuer.inlineName} để xem xét theo quy định./.`,
  });
  return composeDocument(input, { formId: 'return-notice', formTitle: FORM_TITLE, title: 'THÔNG BÁO', subtitle: 'Về việc trả hồ sơ để bổ sung', body });
}

export const returnNotice = {
  id: 'return-notice',
  title: FORM_TITLE,
  input: ReturnNoticeInput,
  build: buildReturnNotice,
} as const satisfies FormDefinition<'return-notice', typeof ReturnNoticeInput>;
