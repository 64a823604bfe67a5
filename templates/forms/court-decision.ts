/**
 * Quyết định áp dụng / không áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc (for an adult,
 * the administrative handling measure; for a person under 18, the measure of PL 01/2022) — the court's decision after the session (step `court`, action `court-decide`).
 *
 * The Supreme People's Court's template was not found (docs/legal/README.md#forms, [OPEN]); the
 * contents are those docs/legal/regime-2026.md#court lists [U]: the measure, the term (within the regime's bounds, see
 * `shared/term.ts`), the centre, the deduction of time managed at a facility (NĐ 116/2021 Điều 44
 * khoản 3, [C]), and the rights to complain, petition or protest within the window (a configurable
 * number of working days: 05 under PL 01/2022 for minors [C], believed 05 under PL 03/2022 for
 * adults [U]; counted from the announcement, or from receipt for a person absent). Laid out as a
 * court decision in the Nghị định 30/2020/NĐ-CP style: the court as authority line; the session's
 * participants; the person; legal bases; findings; "QUYẾT ĐỊNH:" and numbered points.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatCount, formatLongDate } from './shared/dates';
import { basisLines, centredHeading, composeDocument, DOTTED_BLANK, officialLine, orBlank, paragraphsOrBlank } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { BodyInput, DateInput, documentBase, DocumentReference, nonEmpty, OfficialInput } from './shared/schema';
import { checkTerm, formatMonths } from './shared/term';
import { ageGroupOf, checkTriggerAge, citeTrigger, DrugLawInput, measureName, TriggerInput } from './shared/trigger-cases';

export const CourtDecisionInput = z
  .object({
    ...documentBase,
    session: z.object({
      heldOn: DateInput,
      location: nonEmpty().optional().describe('e.g. "trụ sở Tòa án nhân dân khu vực 2 - Bắc Ninh"; omitted: a dotted blank'),
      judge: nonEmpty().describe('Thẩm phán chủ trì phiên họp'),
      clerk: OfficialInput.optional().describe('Thư ký phiên họp; omitted: a dotted blank'),
      procurator: OfficialInput.describe('Kiểm sát viên, with the procuracy in the title'),
      proposerRepresentative: OfficialInput.describe('Đại diện cơ quan đề nghị'),
      subjectPresent: z.boolean(),
      others: z.array(z.object({ name: nonEmpty(), capacity: nonEmpty().describe('e.g. "mẹ đẻ của người bị đề nghị", "người bào chữa"') })).default([]),
    }),
    proposal: DocumentReference.describe('Văn bản đề nghị of the proposing body'),
    subject: SubjectInput,
    trigger: TriggerInput,
    drugLaw: DrugLawInput,
    legalBasis: z.array(nonEmpty()).min(1),
    findings: z.array(nonEmpty()).default([]).describe('Xét thấy: the court\'s reasons, one paragraph each; none entered: a dotted blank'),
    outcome: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('apply'),
        months: z.number().int(),
        centre: BodyInput,
        managedAtFacility: z.object({ place: nonEmpty(), since: DateInput }).optional().describe('Time managed at a facility during the procedure: deducted from the term'),
        executedBy: nonEmpty().describe('Cơ quan tổ chức đưa người vào cơ sở, as written in a sentence'),
      }),
      z.object({
        kind: z.literal('not-apply'),
        reasons: z.array(nonEmpty()).default([]).describe('Lý do; none entered: a dotted blank'),
        endManagementAt: nonEmpty().optional().describe('Where the person is managed meanwhile, to be ended'),
      }),
    ]),
    complaintWindowWorkingDays: z.number().int().min(1).max(30).default(5).describe('Thời hạn khiếu nại, kiến nghị, kháng nghị (ngày làm việc)'),
  })
  .superRefine((input, ctx) => {
    checkTriggerAge(input.trigger, input.subject.dateOfBirth, input.proposal.issuedOn, ctx);
    if (input.outcome.kind === 'apply') checkTerm(input.outcome.months, ctx, ['outcome', 'months']);
    const [proposed, held, issued] = [input.proposal.issuedOn, input.session.heldOn, input.issuedOn].map(dateKey);
    if (proposed !== undefined && held !== undefined && held < proposed) ctx.addIssue({ code: 'custom', path: ['session', 'heldOn'], message: 'the session follows the proposal' });
    if (held !== undefined && issued !== undefined && issued < held) ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: 'the decision is issued on or after the session' });
  });
export type CourtDecisionInput = z.infer<typeof CourtDecisionInput>;

// Neutral wording: for a person under 18 the measure is not an administrative handling measure (PL 01/2022).
const FORM_TITLE = 'Quyết định áp dụng / không áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc';

export function buildCourtDecision(input: CourtDecisionInput): AdministrativeDocument {
  const { issuer, session, subject, outcome } = input;
  const ageGroup = ageGroupOf(input.trigger);
  const measure = measureName(ageGroup);
  const name = subject.fullName;
  const family = ageGroup === 'minor' ? 'cha, mẹ hoặc người giám hộ' : 'người đại diện hợp pháp';
  const points: string[] = [];
  if (outcome.kind === 'apply') {
    const centre = `${outcome.centre.name}${outcome.centre.address ? ` (${outcome.centre.address})` : ''}`;
    points.push(
      `Áp dụng ${measure} đối với ${name}. Thời hạn chấp hành: ${formatMonths(outcome.months)}, tính từ ngày người phải chấp hành được đưa vào cơ sở cai nghiện bắt buộc. Nơi chấp hành: ${centre}.`,
    );
    if (outcome.managedAtFacility) {
      points.push(
        `Thời gian ${name} được quản lý tại ${outcome.managedAtFacility.place} từ ${formatLongDate(outcome.managedAtFacility.since)} ` +
          'đến ngày được đưa vào cơ sở cai nghiện bắt buộc được trừ vào thời hạn chấp hành (khoản 3 Điều 44 Nghị định số 116/2021/NĐ-CP).',
      );
    }
    points.push(`Giao ${outcome.executedBy} tổ chức đưa ${name} vào ${outcome.centre.name} khi Quyết định có hiệu lực thi hành.`);
  } else {
    const reasons = outcome.reasons.map((r) => r.replace(/[.;]\s*$/, '')).join('; ');
    points.push(`Không áp dụng ${measure} đối với ${name}. Lý do: ${reasons === '' ? DOTTED_BLANK : `${reasons}.`}`);
    if (outcome.endManagementAt) points.push(`Chấm dứt việc quản lý ${name} tại ${outcome.endManagementAt} kể từ ngày Quyết định có hiệu lực.`);
  }
  points.push(
    `${name}, ${family} của người bị đề nghị có quyền khiếu nại; ${input.proposal.issuedBy} có quyền kiến nghị; Viện kiểm sát nhân dân có quyền kháng nghị ` +
      `Quyết định này trong thời hạn ${formatCount(input.complaintWindowWorkingDays)} ngày làm việc kể từ ngày Tòa án công bố Quyết định; ` +
      'trường hợp vắng mặt tại phiên họp thì thời hạn tính từ ngày nhận được Quyết định.',
    'Quyết định này có hiệu lực thi hành kể từ ngày hết thời hạn khiếu nại, kiến nghị, kháng nghị mà không bị khiếu nại, kiến nghị, kháng nghị./.',
  );

  const body: Block[] = [
    centredHeading(issuer.name.replace(/\s*\n\s*/g, ' ')),
    { kind: 'paragraph', text: 'Thành phần tham gia phiên họp:' },
    { kind: 'paragraph', text: `- Thẩm phán chủ trì phiên họp: ${session.judge};` },
    { kind: 'paragraph', text: `- Thư ký phiên họp: ${session.clerk ? officialLine(session.clerk) : DOTTED_BLANK};` },
    { kind: 'paragraph', text: `- Kiểm sát viên: ${officialLine(session.procurator)};` },
    { kind: 'paragraph', text: `- Đại diện cơ quan đề nghị: ${officialLine(session.proposerRepresentative)};` },
    ...session.others.map((o): Block => ({ kind: 'paragraph', text: `- ${o.name}, ${o.capacity};` })),
    {
      kind: 'paragraph',
      text:
        `${formatLongDate(session.heldOn).replace(/^n/, 'N')}, tại ${orBlank(session.location)}, ${issuer.inlineName} mở phiên họp xem xét, quyết định áp dụng ${measure} đối với` +
        `${session.subjectPresent ? '' : ' (vắng mặt tại phiên họp)'}:`,
    },
    ...subjectBlocks(subject),
    ...basisLines([...input.legalBasis, `Xét Văn bản đề nghị số ${input.proposal.number} ${formatLongDate(input.proposal.issuedOn)} của ${input.proposal.issuedBy}`]),
    { kind: 'paragraph', text: `Người bị đề nghị là người nghiện ma túy, thuộc trường hợp quy định tại ${citeTrigger(input.trigger, input.drugLaw)}.` },
    { kind: 'paragraph', text: 'Sau khi nghiên cứu hồ sơ, nghe ý kiến của những người tham gia phiên họp, xét thấy:' },
    ...paragraphsOrBlank(input.findings),
    centredHeading('QUYẾT ĐỊNH:'),
    ...points.map((p, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${p}` })),
  ];
  const subtitle =
    outcome.kind === 'apply'
      ? ageGroup === 'adult'
        ? 'Áp dụng biện pháp xử lý hành chính\nđưa vào cơ sở cai nghiện bắt buộc'
        : 'Đưa người từ đủ 12 tuổi đến dưới 18 tuổi\nvào cơ sở cai nghiện bắt buộc'
      : ageGroup === 'adult'
        ? 'Không áp dụng biện pháp xử lý hành chính\nđưa vào cơ sở cai nghiện bắt buộc'
        : 'Không đưa người từ đủ 12 tuổi đến dưới 18 tuổi\nvào cơ sở cai nghiện bắt buộc';
  return composeDocument(input, { formId: 'court-decision', formTitle: FORM_TITLE, title: 'QUYẾT ĐỊNH', subtitle, body });
}

export const courtDecision = {
  id: 'court-decision',
  title: FORM_TITLE,
  input: CourtDecisionInput,
  build: buildCourtDecision,
} as const satisfies FormDefinition<'court-decision', typeof CourtDecisionInput>;
