/**
 * Biên bản về việc đọc hồ sơ — the record that the person (and family) read the dossier, or did
 * not (step `commune`, action `record-reading`).
 *
 * No template of Nghị định 116/2021/NĐ-CP was found; designed after the pre-2022 police form with
 * this purpose, Thông tư 05/2018/TT-BCA Mẫu số 06 "Biên bản đọc hồ sơ" (title only known; lawnet.vn,
 * S-73), in the shape of a Vietnamese biên bản: time and place; officers; who read; the notice it
 * follows; what was read and noted; opinions; closing and signatures.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatLongDate } from './shared/dates';
import { composeDocument, documentsTable, officialLine, recordClosing, recordOpening, signatureBlocks } from './shared/document';
import { RelativeInput, relativeBlocks, SubjectInput, subjectBlocks } from './shared/person';
import { DocumentReference, nonEmpty, OfficialInput, recordBase } from './shared/schema';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const ReadingRecordInput = z
  .object({
    ...recordBase,
    ageGroup: AgeGroupInput,
    officers: z.array(OfficialInput).min(1).describe('Cán bộ tổ chức cho đọc hồ sơ'),
    subject: SubjectInput,
    subjectPresent: z.boolean().describe('The person came to read the dossier'),
    relatives: z.array(RelativeInput).default([]).describe('Family members or legal representative who read the dossier'),
    notice: DocumentReference.describe('Thông báo về việc lập hồ sơ'),
    documents: z.array(z.object({ title: nonEmpty(), copies: z.number().int().positive().optional() })).min(1).describe('Tài liệu trong hồ sơ đã cho đọc'),
    notesTaken: z.boolean().default(false).describe('Người đọc hồ sơ đã ghi chép'),
    opinions: nonEmpty().optional().describe('Ý kiến của người đọc hồ sơ; omitted: a dotted line to fill in'),
  })
  .superRefine((input, ctx) => {
    if (!input.subjectPresent && input.relatives.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['subjectPresent'], message: 'someone must have read the dossier: the person or a relative' });
    }
    const [notified, read] = [dateKey(input.notice.issuedOn), dateKey(input.issuedOn)];
    if (notified !== undefined && read !== undefined && read < notified) {
      ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: 'the dossier is read after the notice' });
    }
  });
export type ReadingRecordInput = z.infer<typeof ReadingRecordInput>;

const FORM_TITLE = 'Biên bản về việc đọc hồ sơ';

export function buildReadingRecord(input: ReadingRecordInput): AdministrativeDocument {
  const { subject, notice } = input;
  const body: Block[] = [
    recordOpening(input, 'chúng tôi gồm:'),
    ...input.officers.map((o, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${officialLine(o)};` })),
    {
      kind: 'paragraph',
      text:
        `Thực hiện Thông báo số ${notice.number} ${formatLongDate(notice.issuedOn)} của ${notice.issuedBy}, ` +
        `tổ chức cho đọc hồ sơ đề nghị áp dụng ${measureName(input.ageGroup)} đối với:`,
    },
    ...subjectBlocks(subject),
  ];
  if (input.relatives.length > 0) {
    body.push({ kind: 'paragraph', text: input.subjectPresent ? 'Cùng đọc hồ sơ có:' : 'Người đọc hồ sơ:' });
    input.relatives.forEach((r) => body.push(...relativeBlocks(r)));
  }
  if (!input.subjectPresent) body.push({ kind: 'paragraph', text: `${subject.fullName} không có mặt để đọc hồ sơ.` });
  body.push(
    { kind: 'paragraph', text: `Hồ sơ gồm ${input.documents.length} tài liệu sau đây đã được đưa cho người đọc hồ sơ đọc:` },
    documentsTable(input.documents),
    {
      kind: 'paragraph',
      text: input.notesTaken ? 'Người đọc hồ sơ đã đọc và ghi chép các nội dung cần thiết.' : 'Người đọc hồ sơ đã đọc và không ghi chép.',
    },
    { kind: 'field', label: 'Ý kiến của người đọc hồ sơ', value: input.opinions ?? '' },
    recordClosing(input, '01 bản giao cho người đọc hồ sơ, 01 bản lưu hồ sơ'),
    ...signatureBlocks([
      ...(input.subjectPresent ? [{ role: 'NGƯỜI BỊ ĐỀ NGHỊ', name: subject.fullName }] : []),
      ...input.relatives.map((r) => ({ role: 'ĐẠI DIỆN GIA ĐÌNH', name: r.fullName })),
    ]),
  );
  return composeDocument(input, { formId: 'reading-record', formTitle: FORM_TITLE, title: 'BIÊN BẢN', subtitle: 'Về việc đọc hồ sơ', body });
}

export const readingRecord = {
  id: 'reading-record',
  title: FORM_TITLE,
  input: ReadingRecordInput,
  build: buildReadingRecord,
} as const satisfies FormDefinition<'reading-record', typeof ReadingRecordInput>;
