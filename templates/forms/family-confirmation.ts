/**
 * Văn bản xác nhận của đại diện gia đình về việc quản lý người nghiện ma túy trong thời gian lập
 * hồ sơ — Mẫu số 35, Phụ lục II, Nghị định 116/2021/NĐ-CP (step `commune`, action
 * `set-temporary-management`).
 *
 * NĐ 116/2021 Điều 45 (quoted by anhp.vn, "Phần IV Nghị định 116/2021", and lawnet.vn, S-10):
 * management at home applies when the person has a stable residence and the family (father,
 * mother, spouse, or a sibling of 18 or over) agrees; at a facility when there is no stable
 * residence or the family does not agree; either way the family's representative confirms in
 * writing on Mẫu 35. Điều 44: the management runs from the opening of the dossier until the person
 * is taken to the centre on the court's decision. The text of Mẫu 35 was not found; the fields are
 * designed from these articles: the representative's identity and relationship, the person, the
 * choice (agree / not agree, as ticked boxes), the family's undertakings or its reason.
 *
 * The layout needs an issuing body, and a family has none: the confirmation is printed as a
 * document of the police unit that makes the dossier and receives it, signed by the representative
 * and certified by the unit's head.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { ageOn } from './shared/dates';
import { addressees, composeDocument, signatureBlocks } from './shared/document';
import { inSentence, RelativeInput, relativeBlocks, SubjectInput, subjectBlocks } from './shared/person';
import { documentBase, nonEmpty } from './shared/schema';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const FamilyConfirmationInput = z
  .object({
    ...documentBase,
    ageGroup: AgeGroupInput,
    representative: RelativeInput.describe('Đại diện gia đình: father, mother, spouse, or a sibling of 18 or over (NĐ 116/2021 Điều 45)'),
    subject: SubjectInput,
    agrees: z.boolean().describe('The family agrees to manage the person at home'),
    reason: nonEmpty().optional().describe('Lý do không đồng ý, when the family does not agree'),
  })
  .superRefine((input, ctx) => {
    if (input.agrees && !input.subject.hasStableResidence) {
      ctx.addIssue({ code: 'custom', path: ['agrees'], message: 'management at home needs a stable residence (NĐ 116/2021 Điều 45 khoản 1)' });
    }
    const age = input.representative.dateOfBirth === undefined ? undefined : ageOn(input.representative.dateOfBirth, input.issuedOn);
    if (age !== undefined && age < 18) {
      ctx.addIssue({ code: 'custom', path: ['representative', 'dateOfBirth'], message: 'the family representative must be 18 or over' });
    }
  });
export type FamilyConfirmationInput = z.infer<typeof FamilyConfirmationInput>;

/** Nghị định 116/2021/NĐ-CP, Phụ lục II. */
const FORM_NUMBER = 'Mẫu số 35';

const FORM_TITLE = 'Văn bản xác nhận của đại diện gia đình về việc quản lý người nghiện ma túy (Mẫu số 35)';

export function buildFamilyConfirmation(input: FamilyConfirmationInput): AdministrativeDocument {
  const { representative: rep, subject, issuer } = input;
  const name = subject.fullName;
  const body: Block[] = [
    ...addressees([issuer.inlineName]),
    { kind: 'paragraph', text: 'Tôi là đại diện gia đình của người nghiện ma túy, có thông tin như sau:' },
    ...relativeBlocks(rep),
    { kind: 'paragraph', text: 'Người nghiện ma túy:' },
    ...subjectBlocks(subject, { extras: false }),
    {
      kind: 'paragraph',
      text: `Được ${issuer.inlineName} thông báo về việc lập hồ sơ đề nghị áp dụng ${measureName(input.ageGroup)} đối với ${name}, đại diện gia đình xác nhận:`,
    },
    {
      kind: 'checkboxes',
      layout: 'stacked',
      options: [
        { label: `Đồng ý nhận quản lý ${name} tại gia đình trong thời gian làm thủ tục đề nghị đưa vào cơ sở cai nghiện bắt buộc.`, checked: input.agrees },
        { label: `Không đồng ý nhận quản lý ${name} tại gia đình.`, checked: !input.agrees },
      ],
    },
  ];
  if (input.agrees) {
    body.push(
      { kind: 'paragraph', text: 'Gia đình cam kết:' },
      { kind: 'paragraph', text: `1. Quản lý ${name} tại gia đình kể từ ngày lập hồ sơ cho đến khi người có thẩm quyền đưa đi chấp hành quyết định của Tòa án;` },
      { kind: 'paragraph', text: `2. Giáo dục, không để ${name} sử dụng trái phép chất ma túy, vi phạm pháp luật hoặc bỏ trốn khỏi nơi cư trú;` },
      { kind: 'paragraph', text: `3. Đưa ${name} có mặt khi cơ quan có thẩm quyền yêu cầu;` },
      { kind: 'paragraph', text: `4. Báo ngay cho ${issuer.inlineName} khi ${name} vắng mặt tại nơi cư trú hoặc có dấu hiệu vi phạm pháp luật.` },
    );
  } else {
    body.push(
      { kind: 'field', label: 'Lý do', value: input.reason ?? '' },
      {
        kind: 'paragraph',
        text: `Đề nghị cơ quan có thẩm quyền quản lý ${name} tại cơ sở cai nghiện bắt buộc hoặc cơ sở tiếp nhận đối tượng xã hội trong thời gian làm thủ tục theo khoản 2 Điều 45 Nghị định số 116/2021/NĐ-CP.`,
      },
    );
  }
  body.push(
    { kind: 'paragraph', text: 'Tôi xin chịu trách nhiệm trước pháp luật về nội dung xác nhận trên./.' },
    ...signatureBlocks([{ role: 'ĐẠI DIỆN GIA ĐÌNH', name: rep.fullName }]),
    { kind: 'paragraph', text: `${issuer.inlineName} xác nhận ${rep.sex ? inSentence({ fullName: rep.fullName, sex: rep.sex }, 'adult') : rep.fullName} là ${rep.relationship.toLocaleLowerCase('vi')} của ${name} và đã ký văn bản này trước cán bộ tiếp nhận.` },
  );
  return composeDocument(input, {
    formId: 'family-confirmation',
    formTitle: FORM_TITLE,
    formNumber: FORM_NUMBER,
    title: 'VĂN BẢN XÁC NHẬN CỦA ĐẠI DIỆN GIA ĐÌNH',
    subtitle: 'Về việc quản lý người nghiện ma túy trong thời gian lập hồ sơ\nđề nghị đưa vào cơ sở cai nghiện bắt buộc',
    body,
  });
}

export const familyConfirmation = {
  id: 'family-confirmation',
  title: FORM_TITLE,
  formNumber: FORM_NUMBER,
  input: FamilyConfirmationInput,
  build: buildFamilyConfirmation,
} as const satisfies FormDefinition<'family-confirmation', typeof FamilyConfirmationInput>;
