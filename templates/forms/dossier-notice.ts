/**
 * Thông báo về việc lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc —
 * the notice to the person (and the family, or a minor's parents or guardian) that a dossier has
 * been made and may be read (step `commune`, action `notify-subject`).
 *
 * No template of Nghị định 116/2021/NĐ-CP for this notice was found; the duty to notify and the
 * right to read the dossier and take notes come from Luật XLVPHC and NĐ 116/2021 [U]
 * (docs/legal/regime-2026.md#commune). Designed after the pre-2022 police form with the same title, Thông tư
 * 05/2018/TT-BCA Mẫu số 05 (its title only is known, lawnet.vn, S-73): who is notified, the person,
 * the case of LPCMT 2021 Điều 32/33 cited word for word, the reading window (configurable; believed
 * 05 working days, [U]), where to read, and where the dossier goes next.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { formatCount } from './shared/dates';
import { addressAs, addressRelative, inSentence, RelativeInput, SubjectInput, subjectBlocks } from './shared/person';
import { addressees, basisLines, composeDocument, orBlank } from './shared/document';
import { documentBase, nonEmpty, OfficialInput } from './shared/schema';
import { ageGroupOf, checkTriggerAge, citeTrigger, DrugLawInput, measureName, TriggerInput } from './shared/trigger-cases';

export const DossierNoticeInput = z
  .object({
    ...documentBase,
    subject: SubjectInput,
    trigger: TriggerInput,
    drugLaw: DrugLawInput,
    relatives: z.array(RelativeInput.pick({ fullName: true, relationship: true, sex: true })).default([]).describe('Family or legal representative notified with the person (a minor\'s parents or guardian)'),
    legalBasis: z.array(nonEmpty()).min(1),
    readingWindowWorkingDays: z.number().int().min(1).max(30).default(5).describe('Thời hạn đọc hồ sơ, ngày làm việc [U: believed 05]'),
    readingPlace: nonEmpty().optional().describe('Nơi đọc hồ sơ, e.g. "trụ sở Công an xã Tiên Du"; omitted: a dotted blank'),
    nextBody: nonEmpty().describe('The body the dossier goes to next, e.g. "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bắc Ninh"'),
    contactOfficer: OfficialInput.extend({ phone: nonEmpty().optional() }).optional(),
  })
  .superRefine((input, ctx) => checkTriggerAge(input.trigger, input.subject.dateOfBirth, input.issuedOn, ctx));
export type DossierNoticeInput = z.infer<typeof DossierNoticeInput>;

const FORM_TITLE = 'Thông báo về việc lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc';

export function buildDossierNotice(input: DossierNoticeInput): AdministrativeDocument {
  const { subject, issuer } = input;
  const ageGroup = ageGroupOf(input.trigger);
  const person = `${addressAs(subject.sex, ageGroup)} ${subject.fullName}`;
  const family = ageGroup === 'minor' ? 'cha, mẹ hoặc người giám hộ' : 'gia đình hoặc người đại diện hợp pháp';
  const body: Block[] = [
    ...addressees([person, ...input.relatives.map((r) => `${addressRelative(r)} (${r.relationship.toLocaleLowerCase('vi')} của ${subject.fullName})`)]),
    ...basisLines(input.legalBasis),
    { kind: 'paragraph', text: `${issuer.inlineName} thông báo đã lập hồ sơ đề nghị áp dụng ${measureName(ageGroup)} đối với:` },
    ...subjectBlocks(subject),
    { kind: 'paragraph', text: `Lý do: người có tên trên là người nghiện ma túy, thuộc trường hợp quy định tại ${citeTrigger(input.trigger, input.drugLaw)}.` },
    {
      kind: 'paragraph',
      text:
        `${person} và ${family} có quyền đọc hồ sơ, ghi chép các nội dung cần thiết trong thời hạn ` +
        `${formatCount(input.readingWindowWorkingDays)} ngày làm việc kể từ ngày nhận được Thông báo này, tại ${orBlank(input.readingPlace)}; ` +
        `nếu có ý kiến về việc lập hồ sơ thì trình bày bằng văn bản gửi ${issuer.inlineName} trong thời hạn nêu trên.`,
    },
    {
      kind: 'paragraph',
      text: `Hết thời hạn trên, ${issuer.inlineName} chuyển hồ sơ đến ${input.nextBody} để xem xét, đề nghị Tòa án nhân dân có thẩm quyền xem xét, quyết định theo quy định của pháp luật.`,
    },
  ];
  if (input.contactOfficer) {
    const o = input.contactOfficer;
    body.push({ kind: 'paragraph', text: `Cán bộ liên hệ: ${o.name}, ${o.title}${o.phone ? `, số điện thoại ${o.phone}` : ''}.` });
  }
  body.push({ kind: 'paragraph', text: `${issuer.inlineName} thông báo để ${inSentence(subject, ageGroup)} và gia đình biết, thực hiện./.` });
  return composeDocument(input, {
    formId: 'dossier-notice',
    formTitle: FORM_TITLE,
    title: 'THÔNG BÁO',
    subtitle:
      ageGroup === 'adult'
        ? 'Về việc lập hồ sơ đề nghị áp dụng biện pháp\nđưa vào cơ sở cai nghiện bắt buộc'
        : 'Về việc lập hồ sơ đề nghị đưa người từ đủ 12 tuổi đến dưới 18 tuổi\nvào cơ sở cai nghiện bắt buộc',
    body,
  });
}

export const dossierNotice = {
  id: 'dossier-notice',
  title: FORM_TITLE,
  input: DossierNoticeInput,
  build: buildDossierNotice,
} as const satisfies FormDefinition<'dossier-notice', typeof DossierNoticeInput>;
