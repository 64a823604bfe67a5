/**
 * Biên bản giao nhận người phải chấp hành quyết định — the escort's handover of the person, with
 * the decision and the dossier, to the compulsory rehabilitation centre (step `execution`, action
 * `escort`).
 *
 * The law gives no template (NĐ 116/2021, article on taking the person to the centre within 05
 * days of receiving the decision, [C]; its handover record [U form], docs/legal/regime-2026.md#execution).
 * Designed in the same style as the other records: time and place; the delivering and receiving
 * sides; the person; the decision executed; documents, belongings and health at handover;
 * closing and signatures of both sides and the person.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { formatLongDate } from './shared/dates';
import { composeDocument, documentsTable, recordClosing, recordOpening, signatureBlocks, signedName } from './shared/document';
import { belongingsTable, BelongingInput, PartyInput, partyBlocks } from './shared/parties';
import { SubjectInput, subjectBlocks } from './shared/person';
import { DocumentReference, nonEmpty, recordBase } from './shared/schema';
import { formatMonths } from './shared/term';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const HandoverRecordInput = z.object({
  ...recordBase,
  ageGroup: AgeGroupInput,
  delivering: PartyInput.describe('Bên giao: the escorting police'),
  receiving: PartyInput.describe('Bên nhận: the centre'),
  subject: SubjectInput,
  decision: DocumentReference.describe('The court decision in effect'),
  months: z.number().int().min(1).max(36),
  documents: z.array(z.object({ title: nonEmpty(), copies: z.number().int().positive().optional() })).min(1).describe('Quyết định, hồ sơ handed over'),
  belongings: z.array(BelongingInput).default([]),
  health: nonEmpty().describe('Tình trạng sức khỏe của người được giao nhận'),
  notes: nonEmpty().optional().describe('Ý kiến khác'),
});
export type HandoverRecordInput = z.infer<typeof HandoverRecordInput>;

const FORM_TITLE = 'Biên bản giao nhận người phải chấp hành quyết định đưa vào cơ sở cai nghiện bắt buộc';

export function buildHandoverRecord(input: HandoverRecordInput): AdministrativeDocument {
  const { subject, decision } = input;
  const body: Block[] = [
    recordOpening(input, 'chúng tôi gồm:'),
    ...partyBlocks('1. Bên giao', input.delivering),
    ...partyBlocks('2. Bên nhận', input.receiving),
    {
      kind: 'paragraph',
      text:
        `Thực hiện Quyết định số ${decision.number} ${formatLongDate(decision.issuedOn)} của ${decision.issuedBy} về việc áp dụng ` +
        `${measureName(input.ageGroup)}, thời hạn ${formatMonths(input.months)}, hai bên tiến hành giao, nhận người phải chấp hành quyết định:`,
    },
    ...subjectBlocks(subject),
    { kind: 'field', label: 'Tình trạng sức khỏe khi giao nhận', value: input.health },
    { kind: 'paragraph', text: 'Tài liệu giao kèm:' },
    documentsTable(input.documents),
  ];
  if (input.belongings.length > 0) body.push({ kind: 'paragraph', text: 'Đồ dùng, tư trang giao kèm:' }, belongingsTable(input.belongings));
  if (input.notes) body.push({ kind: 'field', label: 'Ý kiến khác', value: input.notes });
  body.push(
    recordClosing(input, 'mỗi bên giữ 01 bản'),
    ...signatureBlocks([
      { role: 'NGƯỜI ĐƯỢC GIAO NHẬN', name: subject.fullName },
      { role: 'ĐẠI DIỆN BÊN NHẬN', name: signedName(input.receiving.officials[0]?.name ?? '') },
    ]),
  );
  return composeDocument(input, {
    formId: 'handover-record',
    formTitle: FORM_TITLE,
    title: 'BIÊN BẢN',
    subtitle: 'Giao, nhận người phải chấp hành quyết định\nđưa vào cơ sở cai nghiện bắt buộc',
    body,
  });
}

export const handoverRecord = {
  id: 'handover-record',
  title: FORM_TITLE,
  input: HandoverRecordInput,
  build: buildHandoverRecord,
} as const satisfies FormDefinition<'handover-record', typeof HandoverRecordInput>;
