/**
 * Biên bản tiếp nhận người vào cơ sở cai nghiện bắt buộc — the centre's record of admitting the
 * person (step `admission`, action `admit`): the first stage of rehabilitation, reception and
 * classification (LPCMT 2021 Điều 29, [C]).
 *
 * The law gives no template (admission formalities are [U], docs/legal/regime-2026.md#admission). Designed in
 * the same style as the other records: time and place; the centre's staff and who delivered the
 * person; the person; the decision and its term, the days to deduct (NĐ 116/2021 Điều 44 khoản 3)
 * and the date the term starts; the check on arrival; deposited belongings; signatures.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { dateKey, formatCount, formatLongDate, formatNumericDate } from './shared/dates';
import { composeDocument, documentsTable, recordClosing, recordOpening, signatureBlocks, signedName } from './shared/document';
import { belongingsTable, BelongingInput, PartyInput, partyBlocks } from './shared/parties';
import { SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, DocumentReference, nonEmpty, OfficialInput, recordBase } from './shared/schema';
import { formatMonths } from './shared/term';
import { AgeGroupInput, measureName } from './shared/trigger-cases';

export const AdmissionRecordInput = z
  .object({
    ...recordBase,
    ageGroup: AgeGroupInput,
    centreStaff: z.array(OfficialInput).min(1).describe('Cán bộ tiếp nhận of the centre'),
    deliveredBy: PartyInput.describe('The escort who brought the person'),
    subject: SubjectInput,
    decision: DocumentReference,
    months: z.number().int().min(1).max(36),
    deductedDays: z.number().int().min(0).default(0).describe('Days managed at a facility during the procedure, deducted from the term'),
    expectedReleaseOn: DateInput.optional().describe('Ngày dự kiến chấp hành xong, as the engine computed it'),
    healthCheck: nonEmpty().describe('Kết quả kiểm tra sức khỏe ban đầu'),
    drugTest: nonEmpty().optional().describe('Kết quả xét nghiệm chất ma túy khi tiếp nhận'),
    documents: z.array(z.object({ title: nonEmpty(), copies: z.number().int().positive().optional() })).min(1),
    belongings: z.array(BelongingInput).default([]).describe('Đồ dùng, tư trang gửi lưu giữ'),
  })
  .superRefine((input, ctx) => {
    const [admitted, release] = [dateKey(input.issuedOn), input.expectedReleaseOn === undefined ? undefined : dateKey(input.expectedReleaseOn)];
    if (admitted !== undefined && release !== undefined && release <= admitted) {
      ctx.addIssue({ code: 'custom', path: ['expectedReleaseOn'], message: 'release follows admission' });
    }
  });
export type AdmissionRecordInput = z.infer<typeof AdmissionRecordInput>;

const FORM_TITLE = 'Biên bản tiếp nhận người vào cơ sở cai nghiện bắt buộc';

export function buildAdmissionRecord(input: AdmissionRecordInput): AdministrativeDocument {
  const { subject, decision, issuer } = input;
  const body: Block[] = [
    recordOpening(input, 'chúng tôi gồm:'),
    ...partyBlocks('1. Bên nhận', { unit: issuer.inlineName, officials: input.centreStaff }),
    ...partyBlocks('2. Bên giao', input.deliveredBy),
    {
      kind: 'paragraph',
      text:
        `Tiến hành tiếp nhận người phải chấp hành Quyết định số ${decision.number} ${formatLongDate(decision.issuedOn)} của ${decision.issuedBy} ` +
        `về việc áp dụng ${measureName(input.ageGroup)}:`,
    },
    ...subjectBlocks(subject),
    { kind: 'field', label: 'Thời hạn chấp hành', value: formatMonths(input.months) },
    { kind: 'field', label: 'Thời gian quản lý được trừ', value: input.deductedDays > 0 ? `${formatCount(input.deductedDays)} ngày` : 'Không' },
    { kind: 'field', label: 'Ngày bắt đầu chấp hành', value: formatNumericDate(input.issuedOn) },
    ...(input.expectedReleaseOn ? [{ kind: 'field', label: 'Ngày dự kiến chấp hành xong', value: formatNumericDate(input.expectedReleaseOn) } as Block] : []),
    { kind: 'field', label: 'Kết quả kiểm tra sức khỏe ban đầu', value: input.healthCheck },
  ];
  if (input.drugTest) body.push({ kind: 'field', label: 'Kết quả xét nghiệm chất ma túy', value: input.drugTest });
  body.push({ kind: 'paragraph', text: 'Tài liệu tiếp nhận:' }, documentsTable(input.documents));
  if (input.belongings.length > 0) body.push({ kind: 'paragraph', text: 'Đồ dùng, tư trang gửi lưu giữ tại cơ sở:' }, belongingsTable(input.belongings));
  body.push(
    recordClosing(input, '01 bản giao bên giao, 01 bản lưu hồ sơ học viên'),
    ...signatureBlocks([
      { role: 'NGƯỜI ĐƯỢC TIẾP NHẬN', name: subject.fullName },
      { role: 'ĐẠI DIỆN BÊN GIAO', name: signedName(input.deliveredBy.officials[0]?.name ?? '') },
    ]),
  );
  return composeDocument(input, { formId: 'admission-record', formTitle: FORM_TITLE, title: 'BIÊN BẢN', subtitle: 'Tiếp nhận người vào cơ sở cai nghiện bắt buộc', body });
}

export const admissionRecord = {
  id: 'admission-record',
  title: FORM_TITLE,
  input: AdmissionRecordInput,
  build: buildAdmissionRecord,
} as const satisfies FormDefinition<'admission-record', typeof AdmissionRecordInput>;
