/**
 * Quyết định quản lý sau cai nghiện ma túy tại nơi cư trú — the commune chair's decision (NĐ
 * 116/2021 Điều 3 khoản 9, [C]) placing a person who completed compulsory rehabilitation under
 * management at the place of residence (step `post-rehab`, action `start-post-rehab`).
 *
 * NĐ 116/2021 Phụ lục II has a form for this decision, but its number and text were not found
 * (docs/legal/README.md#forms). Designed as a Nghị định 30/2020/NĐ-CP individual decision (the
 * authority line, "Căn cứ", "QUYẾT ĐỊNH:", Điều 1–3, "Nơi nhận: Như Điều 3"): the person; the
 * period — 02 years for an adult, 01 year for a minor, from completing the compulsory decision
 * (LPCMT 2021 Điều 40, [C]; the figure under Luật 120/2025/QH15 is [OPEN], so it is an input); the
 * body assigned to manage; who executes.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate } from './shared/dates';
import { basisLines, centredHeading, composeDocument } from './shared/document';
import { inSentence, SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, DocumentReference, nonEmpty } from './shared/schema';
import { AgeGroupInput } from './shared/trigger-cases';

export const PostRehabDecisionInput = z
  .object({
    ...documentBase,
    ageGroup: AgeGroupInput,
    legalBasis: z.array(nonEmpty()).min(1),
    completion: DocumentReference.describe('Giấy chứng nhận đã chấp hành xong quyết định'),
    proposedBy: nonEmpty().optional().describe('"Theo đề nghị của …", e.g. "Trưởng Công an xã Tiên Du"'),
    subject: SubjectInput,
    months: z.number().int().min(1).max(36).describe('Thời hạn quản lý: 24 for an adult, 12 for a minor under LPCMT 2021 Điều 40'),
    startsOn: DateInput,
    endsOn: DateInput,
    managedBy: nonEmpty().describe('Cơ quan được giao quản lý, e.g. "Công an xã Tiên Du"'),
    executors: z.array(nonEmpty()).min(1).describe('Điều 3: who executes the decision, besides the person'),
  })
  .superRefine((input, ctx) => {
    const [starts, ends] = [dateKey(input.startsOn), dateKey(input.endsOn)];
    if (starts !== undefined && ends !== undefined && ends <= starts) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'the period ends after it starts' });
  });
export type PostRehabDecisionInput = z.infer<typeof PostRehabDecisionInput>;

const FORM_TITLE = 'Quyết định quản lý sau cai nghiện ma túy tại nơi cư trú';

export function buildPostRehabDecision(input: PostRehabDecisionInput): AdministrativeDocument {
  const { subject, issuer, completion } = input;
  const name = inSentence(subject, input.ageGroup);
  const duration = input.months % 12 === 0 ? `${String(input.months / 12).padStart(2, '0')} năm` : `${String(input.months).padStart(2, '0')} tháng`;
  const basis = [
    ...input.legalBasis,
    `Căn cứ Giấy chứng nhận số ${completion.number} ${formatLongDate(completion.issuedOn)} của ${completion.issuedBy}`,
    ...(input.proposedBy ? [`Theo đề nghị của ${input.proposedBy}`] : []),
  ];
  const body: Block[] = [
    centredHeading(`CHỦ TỊCH ${issuer.name.replace(/\s*\n\s*/g, ' ')}`),
    ...basisLines(basis),
    centredHeading('QUYẾT ĐỊNH:'),
    { kind: 'paragraph', text: [{ text: 'Điều 1. ', style: 'bold' }, { text: 'Áp dụng biện pháp quản lý sau cai nghiện ma túy tại nơi cư trú đối với:' }] },
    ...subjectBlocks(subject),
    {
      kind: 'paragraph',
      text: `Thời hạn quản lý: ${duration}, kể từ ${formatLongDate(input.startsOn)} đến ${formatLongDate(input.endsOn)}.`,
    },
    {
      kind: 'paragraph',
      text: [
        { text: 'Điều 2. ', style: 'bold' },
        {
          text:
            `Giao ${input.managedBy} chủ trì, phối hợp với gia đình và các cơ quan, tổ chức có liên quan quản lý, tư vấn, hỗ trợ ${name} ` +
            'phòng, chống tái nghiện và hòa nhập cộng đồng; kịp thời phát hiện, xử lý trường hợp tái nghiện theo quy định. ' +
            `${name} có trách nhiệm chấp hành nghiêm Quyết định này và sự quản lý của chính quyền địa phương.`,
        },
      ],
    },
    {
      kind: 'paragraph',
      text: [
        { text: 'Điều 3. ', style: 'bold' },
        { text: `Quyết định này có hiệu lực kể từ ngày ký. ${input.executors.join(', ')} và ${name} chịu trách nhiệm thi hành Quyết định này./.` },
      ],
    },
  ];
  return composeDocument(input, {
    formId: 'post-rehab-decision',
    formTitle: FORM_TITLE,
    title: 'QUYẾT ĐỊNH',
    subtitle: 'Về việc quản lý sau cai nghiện ma túy tại nơi cư trú',
    body,
  });
}

export const postRehabDecision = {
  id: 'post-rehab-decision',
  title: FORM_TITLE,
  input: PostRehabDecisionInput,
  build: buildPostRehabDecision,
} as const satisfies FormDefinition<'post-rehab-decision', typeof PostRehabDecisionInput>;
