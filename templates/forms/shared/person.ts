/**
 * The person a dossier is about (người bị đề nghị), a family member, and how both are printed.
 */
import { z } from 'zod';
import type { Block } from '../../layout/types';
import { formatNumericDate } from './dates';
import { DateInput, nonEmpty } from './schema';

/** Identity as the dossier holds it (same keys as the engine's `Subject`), with optional extras some forms print. */
export const SubjectInput = z.object({
  fullName: nonEmpty(),
  otherNames: nonEmpty().optional().describe('Tên gọi khác'),
  dateOfBirth: DateInput,
  sex: z.enum(['male', 'female']),
  idNumber: z.string().regex(/^\d{12}$/, 'expected the 12-digit personal identification number (số định danh cá nhân)'),
  residence: nonEmpty().describe('Nơi cư trú, or where the person lives now if it is not stable'),
  hasStableResidence: z.boolean(),
  currentAddress: nonEmpty().optional().describe('Nơi ở hiện tại, when it differs from the place of residence'),
  ethnicity: nonEmpty().optional().describe('Dân tộc, e.g. "Kinh"'),
  occupation: nonEmpty().optional().describe('Nghề nghiệp'),
});
export type SubjectInput = z.infer<typeof SubjectInput>;

/** A relative who acts for the family (đại diện gia đình) or attends: parent, spouse, sibling, guardian. */
export const RelativeInput = z.object({
  fullName: nonEmpty(),
  relationship: nonEmpty().describe('Quan hệ với người nghiện, e.g. "Mẹ đẻ", "Vợ", "Anh ruột"'),
  sex: z.enum(['male', 'female']).optional().describe('To address them as "Ông" or "Bà"; omitted: "Ông/Bà"'),
  dateOfBirth: DateInput.optional(),
  idNumber: z.string().regex(/^\d{12}$/, 'expected the 12-digit personal identification number').optional(),
  residence: nonEmpty().optional(),
  phone: z.string().regex(/^[0-9 .+]{8,15}$/, 'expected a phone number').optional(),
});
export type RelativeInput = z.infer<typeof RelativeInput>;

export type AgeGroup = 'adult' | 'minor';

export function sexLabel(sex: SubjectInput['sex']): string {
  return sex === 'female' ? 'Nữ' : 'Nam';
}

/** "Ông" / "Bà" for an adult; "Em" for a person under 18, as official letters address a child. */
export function addressAs(sex: SubjectInput['sex'], ageGroup: AgeGroup): string {
  if (ageGroup === 'minor') return 'Em';
  return sex === 'female' ? 'Bà' : 'Ông';
}

/** "ông Trần Văn Bình" inside a sentence; "em …" for a person under 18. */
export function inSentence(person: { fullName: string; sex: SubjectInput['sex'] }, ageGroup: AgeGroup): string {
  return `${addressAs(person.sex, ageGroup).toLocaleLowerCase('vi')} ${person.fullName}`;
}

/** "Ông Nguyễn Văn A", "Bà …", or "Ông/Bà …" when the sex is not known: how a relative is addressed. */
export function addressRelative(relative: { fullName: string; sex?: SubjectInput['sex'] | undefined }): string {
  return `${relative.sex ? addressAs(relative.sex, 'adult') : 'Ông/Bà'} ${relative.fullName}`;
}

/**
 * The identity lines of the person: name and sex, other names, birth date and identification
 * number, ethnicity and occupation (unless `extras: false`), place of residence (or where they
 * live, when it is not stable) and current address.
 */
export function subjectBlocks(subject: SubjectInput, options: { extras?: boolean } = {}): Block[] {
  const blocks: Block[] = [
    {
      kind: 'fieldRow',
      fields: [
        { label: 'Họ và tên', value: subject.fullName, emphasis: true, width: 2.2 },
        { label: 'Giới tính', value: sexLabel(subject.sex), width: 1 },
      ],
    },
  ];
  if (subject.otherNames) blocks.push({ kind: 'field', label: 'Tên gọi khác', value: subject.otherNames });
  blocks.push({
    kind: 'fieldRow',
    fields: [
      { label: 'Ngày sinh', value: formatNumericDate(subject.dateOfBirth), width: 1 },
      { label: 'Số định danh cá nhân', value: subject.idNumber, width: 1.45 },
    ],
  });
  if ((options.extras ?? true) && (subject.ethnicity || subject.occupation)) {
    const fields = [
      ...(subject.ethnicity ? [{ label: 'Dân tộc', value: subject.ethnicity, width: 1 }] : []),
      ...(subject.occupation ? [{ label: 'Nghề nghiệp', value: subject.occupation, width: 1.45 }] : []),
    ];
    blocks.push({ kind: 'fieldRow', fields });
  }
  blocks.push({ kind: 'field', label: subject.hasStableResidence ? 'Nơi cư trú' : 'Nơi ở hiện tại (không có nơi cư trú ổn định)', value: subject.residence });
  if (subject.currentAddress && subject.hasStableResidence) blocks.push({ kind: 'field', label: 'Nơi ở hiện tại', value: subject.currentAddress });
  return blocks;
}

/** One line per relative: "Họ và tên: … Quan hệ: …", then birth date, identification number, residence, phone when known. */
export function relativeBlocks(relative: RelativeInput): Block[] {
  const blocks: Block[] = [
    {
      kind: 'fieldRow',
      fields: [
        { label: 'Họ và tên', value: relative.fullName, emphasis: true, width: 1.8 },
        { label: 'Quan hệ', value: relative.relationship, width: 1 },
      ],
    },
  ];
  if (relative.dateOfBirth || relative.idNumber) {
    blocks.push({
      kind: 'fieldRow',
      fields: [
        ...(relative.dateOfBirth ? [{ label: 'Ngày sinh', value: formatNumericDate(relative.dateOfBirth), width: 1 }] : []),
        ...(relative.idNumber ? [{ label: 'Số định danh cá nhân', value: relative.idNumber, width: 1.45 }] : []),
      ],
    });
  }
  if (relative.residence) blocks.push({ kind: 'field', label: 'Nơi cư trú', value: relative.residence });
  if (relative.phone) blocks.push({ kind: 'field', label: 'Số điện thoại', value: relative.phone });
  return blocks;
}
