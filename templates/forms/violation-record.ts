/**
 * Biên bản vi phạm — Mẫu số 27, Phụ lục II, Nghị định 116/2021/NĐ-CP: the record, made by the
 * commune chair or the head of commune police, of a violation of the rules on registering for or
 * carrying out voluntary rehabilitation, substitution therapy, or post-rehabilitation management
 * (NĐ 116/2021 Điều 33); it grounds the compulsory-rehabilitation dossier (step `commune`,
 * action `record-violation`).
 *
 * The number and purpose of Mẫu 27 are confirmed (docs/legal/README.md#forms, S-39, S-40); its text
 * was not found. The fields are designed in the usual shape of a Vietnamese biên bản (time and
 * place; who records; witnesses; the person; the facts; the person's statement; closing, copies,
 * signatures) and the violation is named by the case of LPCMT 2021 Điều 32 (or Điều 33 khoản 1)
 * it falls under, cited word for word.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { formatLongDate } from './shared/dates';
import { composeDocument, officialLine, recordClosing, recordOpening, signatureBlocks } from './shared/document';
import { RelativeInput, relativeBlocks, SubjectInput, subjectBlocks } from './shared/person';
import { DocumentReference, nonEmpty, OfficialInput, recordBase } from './shared/schema';
import { ageGroupOf, checkTriggerAge, citeTrigger, DrugLawInput, measureName, TriggerInput } from './shared/trigger-cases';

export const ViolationRecordInput = z
  .object({
    ...recordBase,
    recorders: z.array(OfficialInput).min(1).describe('Người lập biên bản (the first is the one who signs as signer)'),
    witnesses: z
      .array(z.object({ fullName: nonEmpty(), idNumber: z.string().regex(/^\d{12}$/).optional(), residence: nonEmpty().optional() }))
      .default([])
      .describe('Người chứng kiến'),
    relatives: z.array(RelativeInput).default([]).describe('Cha, mẹ or legal representative present (required in practice for a minor)'),
    subject: SubjectInput,
    trigger: TriggerInput,
    drugLaw: DrugLawInput,
    determinationResult: DocumentReference.optional().describe('Phiếu kết quả xác định tình trạng nghiện ma túy'),
    facts: nonEmpty().describe('Mô tả hành vi vi phạm: what the person did or failed to do, when and where'),
    subjectStatement: nonEmpty().optional().describe('Ý kiến trình bày của người vi phạm'),
    witnessStatement: nonEmpty().optional().describe('Ý kiến của người chứng kiến'),
    refusalToSign: nonEmpty().optional().describe('Lý do người vi phạm không ký biên bản, when they refuse'),
  })
  .superRefine((input, ctx) => checkTriggerAge(input.trigger, input.subject.dateOfBirth, input.issuedOn, ctx));
export type ViolationRecordInput = z.infer<typeof ViolationRecordInput>;

/** Nghị định 116/2021/NĐ-CP, Phụ lục II. */
const FORM_NUMBER = 'Mẫu số 27';

const FORM_TITLE = 'Biên bản vi phạm (Mẫu số 27)';

/** The trích yếu names the rule broken, by the case of LPCMT 2021. */
const SUBJECT_MATTER: Readonly<Record<TriggerInput['case'], string>> = {
  a: 'Về việc không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện ma túy tự nguyện',
  b: 'Về việc sử dụng trái phép chất ma túy trong thời gian cai nghiện ma túy tự nguyện',
  c: 'Về việc vi phạm quy định về điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế',
  d: 'Về việc tái nghiện trong thời gian quản lý sau cai nghiện ma túy',
};

export function buildViolationRecord(input: ViolationRecordInput): AdministrativeDocument {
  const { subject } = input;
  const body: Block[] = [
    recordOpening(input, 'chúng tôi gồm:'),
    ...input.recorders.map((r, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${officialLine(r)};` })),
  ];
  if (input.witnesses.length > 0) {
    body.push({ kind: 'paragraph', text: 'Với sự chứng kiến của:' });
    input.witnesses.forEach((w, i) => {
      const details = [w.idNumber ? `số định danh cá nhân ${w.idNumber}` : '', w.residence ? `cư trú tại ${w.residence}` : ''].filter(Boolean).join(', ');
      body.push({ kind: 'paragraph', text: `${i + 1}. ${w.fullName}${details ? `, ${details}` : ''};` });
    });
  }
  if (input.relatives.length > 0) {
    body.push({ kind: 'paragraph', text: 'Có mặt đại diện gia đình (người đại diện hợp pháp) của người vi phạm:' });
    input.relatives.forEach((r) => body.push(...relativeBlocks(r)));
  }
  body.push({ kind: 'paragraph', text: 'Tiến hành lập biên bản vi phạm đối với:' }, ...subjectBlocks(subject));
  const result = input.determinationResult;
  body.push(
    {
      kind: 'paragraph',
      text:
        (result
          ? `Người có tên trên là người nghiện ma túy theo Phiếu kết quả xác định tình trạng nghiện ma túy số ${result.number} ` +
            `${formatLongDate(result.issuedOn)} của ${result.issuedBy}. `
          : 'Người có tên trên là người nghiện ma túy. ') + `Hành vi vi phạm: ${input.facts.replace(/[.;]\s*$/, '')}.`,
    },
    { kind: 'paragraph', text: `Hành vi trên thuộc trường hợp quy định tại ${citeTrigger(input.trigger, input.drugLaw)}.` },
    { kind: 'field', label: 'Ý kiến trình bày của người vi phạm', value: input.subjectStatement ?? '' },
  );
  if (input.witnesses.length > 0) body.push({ kind: 'field', label: 'Ý kiến của người chứng kiến', value: input.witnessStatement ?? '' });
  body.push({
    kind: 'paragraph',
    text: `Biên bản này là căn cứ để lập hồ sơ đề nghị áp dụng ${measureName(ageGroupOf(input.trigger))} đối với người có tên trên.`,
  });
  if (input.refusalToSign) body.push({ kind: 'paragraph', text: `Người vi phạm không ký biên bản. Lý do: ${input.refusalToSign.replace(/[.;]\s*$/, '')}.` });
  body.push(
    recordClosing(input, '01 bản giao cho người vi phạm, 01 bản lưu hồ sơ'),
    ...signatureBlocks([
      { role: 'NGƯỜI VI PHẠM', name: input.refusalToSign ? '' : subject.fullName },
      ...input.relatives.map((r) => ({ role: 'ĐẠI DIỆN GIA ĐÌNH', name: r.fullName })),
      ...input.witnesses.map((w) => ({ role: 'NGƯỜI CHỨNG KIẾN', name: w.fullName })),
    ]),
  );
  return composeDocument(input, { formId: 'violation-record', formTitle: FORM_TITLE, formNumber: FORM_NUMBER, title: 'BIÊN BẢN VI PHẠM', subtitle: SUBJECT_MATTER[input.trigger.case], body });
}

export const violationRecord = {
  id: 'violation-record',
  title: FORM_TITLE,
  formNumber: FORM_NUMBER,
  input: ViolationRecordInput,
  build: buildViolationRecord,
} as const satisfies FormDefinition<'violation-record', typeof ViolationRecordInput>;
