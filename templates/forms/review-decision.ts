/**
 * Quyết định giải quyết khiếu nại, kiến nghị, kháng nghị — the higher court's decision on a
 * complaint (by the person or their representative), a petition (by the proposing body) or a
 * protest (by the procuracy) against the decision on compulsory rehabilitation (step
 * `complaint-window`, action `record-review-decision`): upheld, annulled or modified.
 *
 * The Supreme People's Court's template was not found (docs/legal/README.md#forms, [OPEN]). Designed
 * in the same style as the court decision: authority line; legal bases; what was challenged, by
 * whom, when; findings; "QUYẾT ĐỊNH:" with the outcome. Review within 07 working days of receiving
 * the file (PL 09/2014, [C]); the review decision being final is [U].
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { formatLongDate } from './shared/dates';
import { basisLines, centredHeading, composeDocument, DOTTED_BLANK, orBlank, paragraphsOrBlank } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { BodyInput, DateInput, documentBase, DocumentReference, nonEmpty } from './shared/schema';
import { checkTerm, formatMonths } from './shared/term';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

const CHALLENGE_KINDS = {
  complaint: 'Đơn khiếu nại',
  petition: 'Văn bản kiến nghị',
  protest: 'Quyết định kháng nghị',
} as const;

export const ReviewDecisionInput = z
  .object({
    ...documentBase,
    ageGroup: AgeGroupInput,
    legalBasis: z.array(nonEmpty()).min(1),
    originalDecision: DocumentReference.describe('The decision challenged'),
    originalSummary: nonEmpty().describe('What it decided, as written after "về việc", e.g. "áp dụng biện pháp … thời hạn 24 tháng"'),
    subject: SubjectInput,
    challenges: z
      .array(
        z.object({
          kind: z.enum(['complaint', 'petition', 'protest']),
          by: nonEmpty().describe('Who filed it, as written in a sentence'),
          number: nonEmpty().optional().describe('Số of a petition or protest'),
          filedOn: DateInput,
          grounds: nonEmpty().optional().describe('Nội dung khiếu nại, kiến nghị, kháng nghị; omitted: a dotted blank'),
        }),
      )
      .min(1),
    findings: z.array(nonEmpty()).default([]).describe('Xét thấy: one paragraph each; none entered: a dotted blank'),
    outcome: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('upheld') }),
      z.object({ kind: z.literal('annulled'), consequence: nonEmpty().optional().describe('What follows, e.g. "Đình chỉ việc xem xét, quyết định …" or "Chuyển hồ sơ … xem xét lại"') }),
      z.object({
        kind: z.literal('modified'),
        months: z.number().int().optional(),
        centre: BodyInput.optional(),
        otherChanges: z.array(nonEmpty()).default([]),
      }),
    ]),
  })
  .superRefine((input, ctx) => {
    const outcome = input.outcome;
    if (outcome.kind !== 'modified') return;
    if (outcome.months === undefined && outcome.centre === undefined && outcome.otherChanges.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'a modified decision says what changes' });
    }
    if (outcome.months !== undefined) checkTerm(outcome.months, ctx, ['outcome', 'months']);
  });
export type ReviewDecisionInput = z.infer<typeof ReviewDecisionInput>;

const FORM_TITLE = 'Quyết định giải quyết khiếu nại, kiến nghị, kháng nghị';

function challengeLine(c: ReviewDecisionInput['challenges'][number]): string {
  return `${CHALLENGE_KINDS[c.kind]}${c.number ? ` số ${c.number}` : ''} ${formatLongDate(c.filedOn)} của ${c.by}: ${orBlank(c.grounds?.replace(/[.;]\s*$/, ''))}`;
}

export function buildReviewDecision(input: ReviewDecisionInput): AdministrativeDocument {
  const { issuer, originalDecision: original, outcome } = input;
  const decisionRef = `Quyết định số ${original.number} ${formatLongDate(original.issuedOn)} của ${original.issuedBy}`;
  const kinds = [...new Set(input.challenges.map((c) => c.kind))];
  const challengedAs = kinds.map((k) => ({ complaint: 'khiếu nại', petition: 'kiến nghị', protest: 'kháng nghị' })[k]).join(', ');
  const points: string[] = [];
  switch (outcome.kind) {
    case 'upheld':
      points.push(`Không chấp nhận ${challengedAs}; giữ nguyên ${decisionRef}.`);
      break;
    case 'annulled':
      points.push(`Chấp nhận ${challengedAs}; hủy ${decisionRef}.`, outcome.consequence ? `${outcome.consequence.replace(/[.;]\s*$/, '')}.` : DOTTED_BLANK);
      break;
    case 'modified': {
      const changes = [
        ...(outcome.months !== undefined ? [`thời hạn chấp hành: ${formatMonths(outcome.months)}`] : []),
        ...(outcome.centre ? [`nơi chấp hành: ${outcome.centre.name}${outcome.centre.address ? ` (${outcome.centre.address})` : ''}`] : []),
        ...outcome.otherChanges.map((c) => c.replace(/[.;]\s*$/, '')),
      ];
      points.push(`Chấp nhận một phần ${challengedAs}; sửa ${decisionRef} như sau: ${changes.join('; ')}.`, 'Các nội dung khác của Quyết định giữ nguyên.');
      break;
    }
  }
  points.push('Quyết định này là quyết định cuối cùng và có hiệu lực thi hành kể từ ngày ký./.');

  const body: Block[] = [
    centredHeading(issuer.name.replace(/\s*\n\s*/g, ' ')),
    ...basisLines(input.legalBasis),
    { kind: 'paragraph', text: `Xét ${challengedAs} đối với ${decisionRef} về việc ${input.originalSummary.replace(/[.;]\s*$/, '')}, đối với:` },
    ...subjectBlocks(input.subject),
    ...input.challenges.map((c, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${challengeLine(c)}${i === input.challenges.length - 1 ? '.' : ';'}` })),
    { kind: 'paragraph', text: 'Sau khi nghiên cứu hồ sơ, xét thấy:' },
    ...paragraphsOrBlank(input.findings),
    centredHeading('QUYẾT ĐỊNH:'),
    ...points.map((p, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${p}` })),
  ];
  return composeDocument(input, {
    formId: 'review-decision',
    formTitle: FORM_TITLE,
    title: 'QUYẾT ĐỊNH',
    subtitle: `Giải quyết ${challengedAs} đối với quyết định áp dụng\n${measureName(input.ageGroup)}`,
    body,
  });
}

export const reviewDecision = {
  id: 'review-decision',
  title: FORM_TITLE,
  input: ReviewDecisionInput,
  build: buildReviewDecision,
} as const satisfies FormDefinition<'review-decision', typeof ReviewDecisionInput>;
