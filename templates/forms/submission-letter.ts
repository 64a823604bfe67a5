/**
 * Văn bản chuyển hồ sơ — the letter sending the completed dossier to the reviewing body (step
 * `review`, action `submit`): the district Labour office under regime `2022`, the police reviewing
 * level afterwards (docs/legal/README.md#regimes).
 *
 * The law gives no template (Luật XLVPHC Điều 103–104 [U]; NĐ 116/2021). Designed in the same style
 * as the other forms, as a Nghị định 30/2020/NĐ-CP letter: addressee; the person and the case of
 * LPCMT 2021 Điều 32/33 cited word for word; when the person was notified and read the dossier;
 * how they are managed meanwhile (NĐ 116/2021 Điều 44–45); the documents sent, in a table.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate } from './shared/dates';
import { addressees, composeDocument, documentsTable } from './shared/document';
import { SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, nonEmpty, OfficialInput, TemporaryManagementInput } from './shared/schema';
import { ageGroupOf, checkTriggerAge, citeTrigger, DrugLawInput, measureName, TriggerInput } from './shared/trigger-cases';

export const SubmissionLetterInput = z
  .object({
    ...documentBase,
    addressee: nonEmpty().describe('Cơ quan nhận hồ sơ, as written in a sentence'),
    addressedTo: z.enum(['reviewing-body', 'court']).describe('Cơ quan xem xét, đề nghị, or straight to the court where no reviewing level stands between'),
    subject: SubjectInput,
    trigger: TriggerInput,
    drugLaw: DrugLawInput,
    notifiedOn: DateInput.describe('Ngày thông báo việc lập hồ sơ'),
    readOn: DateInput.optional().describe('Ngày đọc hồ sơ; omitted: nobody came to read it within the window'),
    temporaryManagement: TemporaryManagementInput.optional(),
    documents: z.array(z.object({ title: nonEmpty(), copies: z.number().int().positive().optional() })).min(1).describe('Tài liệu trong hồ sơ'),
    contactOfficer: OfficialInput.extend({ phone: nonEmpty().optional() }).optional(),
  })
  .superRefine((input, ctx) => {
    checkTriggerAge(input.trigger, input.subject.dateOfBirth, input.notifiedOn, ctx);
    const [notified, read, sent] = [dateKey(input.notifiedOn), input.readOn === undefined ? undefined : dateKey(input.readOn), dateKey(input.issuedOn)];
    if (notified !== undefined && read !== undefined && read < notified) ctx.addIssue({ code: 'custom', path: ['readOn'], message: 'the dossier is read after the notice' });
    if (notified !== undefined && sent !== undefined && sent < notified) ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: 'the dossier is sent after the notice' });
  });
export type SubmissionLetterInput = z.infer<typeof SubmissionLetterInput>;

const FORM_TITLE = 'Văn bản chuyển hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc';

function managementSentence(m: SubmissionLetterInput['temporaryManagement'], name: string): string {
  if (!m) return '';
  return m.form === 'home'
    ? `Trong thời gian làm thủ tục, ${name} được quản lý tại gia đình (${m.place}) từ ${formatLongDate(m.since)}.`
    : `Trong thời gian làm thủ tục, ${name} được quản lý tại ${m.place} từ ${formatLongDate(m.since)}; thời gian này được trừ vào thời hạn chấp hành biện pháp.`;
}

export function buildSubmissionLetter(input: SubmissionLetterInput): AdministrativeDocument {
  const { subject, issuer } = input;
  const measure = measureName(ageGroupOf(input.trigger));
  const body: Block[] = [
    ...addressees([input.addressee]),
    { kind: 'paragraph', text: `${issuer.inlineName} đã lập hồ sơ đề nghị áp dụng ${measure} đối với:` },
    ...subjectBlocks(subject),
    { kind: 'paragraph', text: `Người có tên trên là người nghiện ma túy, thuộc trường hợp quy định tại ${citeTrigger(input.trigger, input.drugLaw)}.` },
    {
      kind: 'paragraph',
      text:
        `${formatLongDate(input.notifiedOn).replace(/^n/, 'N')}, ${issuer.inlineName} đã thông báo việc lập hồ sơ cho người có tên trên và gia đình; ` +
        (input.readOn
          ? `${formatLongDate(input.readOn)}, người có tên trên và gia đình đã đọc hồ sơ.`
          : 'hết thời hạn đọc hồ sơ, người có tên trên và gia đình không đến đọc hồ sơ.'),
    },
  ];
  const management = managementSentence(input.temporaryManagement, subject.fullName);
  if (management) body.push({ kind: 'paragraph', text: management });
  body.push({ kind: 'paragraph', text: `${issuer.inlineName} chuyển hồ sơ gồm ${input.documents.length} tài liệu sau:` }, documentsTable(input.documents));
  if (input.contactOfficer) {
    const o = input.contactOfficer;
    body.push({ kind: 'paragraph', text: `Cán bộ liên hệ: ${o.name}, ${o.title}${o.phone ? `, số điện thoại ${o.phone}` : ''}.` });
  }
  body.push({
    kind: 'paragraph',
    text:
      input.addressedTo === 'court'
        ? `Đề nghị ${input.addressee} xem xét, quyết định áp dụng ${measure} đối với người có tên trên theo quy định./.`
        : `Đề nghị ${input.addressee} kiểm tra tính pháp lý của hồ sơ, đề nghị Tòa án nhân dân có thẩm quyền xem xét, quyết định áp dụng ${measure} đối với người có tên trên theo quy định./.`,
  });
  return composeDocument(input, {
    formId: 'submission-letter',
    formTitle: FORM_TITLE,
    title: 'VĂN BẢN CHUYỂN HỒ SƠ',
    subtitle: ageGroupOf(input.trigger) === 'adult' ? 'Đề nghị áp dụng biện pháp xử lý hành chính\nđưa vào cơ sở cai nghiện bắt buộc' : 'Đề nghị đưa người từ đủ 12 tuổi đến dưới 18 tuổi\nvào cơ sở cai nghiện bắt buộc',
    body,
  });
}

export const submissionLetter = {
  id: 'submission-letter',
  title: FORM_TITLE,
  input: SubmissionLetterInput,
  build: buildSubmissionLetter,
} as const satisfies FormDefinition<'submission-letter', typeof SubmissionLetterInput>;
