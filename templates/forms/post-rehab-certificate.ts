/**
 * Giấy chứng nhận hoàn thành thời gian quản lý sau cai nghiện ma túy tại nơi cư trú — Mẫu số
 * 54, Phụ lục II, Nghị định 116/2021/NĐ-CP (step `post-rehab`, action `close-post-rehab`).
 *
 * NĐ 116/2021 Điều 81 (lawnet.vn, S-50): when the period ends, the commune chair issues this
 * certificate on Mẫu 54 and takes the person off the list of those under post-rehabilitation
 * management. The number and purpose are confirmed; the text of Mẫu 54 was not found. Designed as
 * a certificate in the Nghị định 30/2020/NĐ-CP style: authority line; "Căn cứ" (Điều 81 and the
 * management decision); "CHỨNG NHẬN:" the person; the period completed; the removal from the list.
 */
import { z } from 'zod';
import type { AdministrativeDocument, Block } from '../layout/types';
import type { FormDefinition } from './form-definition';
import { ageOn, dateKey, formatLongDate } from './shared/dates';
import { basisLines, centredHeading, composeDocument } from './shared/document';
import { addressAs, SubjectInput, subjectBlocks } from './shared/person';
import { DateInput, documentBase, DocumentReference, nonEmpty } from './shared/schema';

export const PostRehabCertificateInput = z
  .object({
    ...documentBase,
    legalBasis: z.array(nonEmpty()).min(1),
    decision: DocumentReference.describe('Quyết định quản lý sau cai nghiện ma túy tại nơi cư trú'),
    subject: SubjectInput,
    from: DateInput,
    until: DateInput,
  })
  .superRefine((input, ctx) => {
    const [from, until, issued] = [input.from, input.until, input.issuedOn].map(dateKey);
    if (from !== undefined && until !== undefined && until <= from) ctx.addIssue({ code: 'custom', path: ['until'], message: 'the period ends after it starts' });
    if (until !== undefined && issued !== undefined && issued < until) ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: 'the certificate is issued when the period has ended' });
  });
export type PostRehabCertificateInput = z.infer<typeof PostRehabCertificateInput>;

/** Nghị định 116/2021/NĐ-CP, Phụ lục II. */
const FORM_NUMBER = 'Mẫu số 54';

const FORM_TITLE = 'Giấy chứng nhận hoàn thành thời gian quản lý sau cai nghiện ma túy tại nơi cư trú (Mẫu số 54)';

export function buildPostRehabCertificate(input: PostRehabCertificateInput): AdministrativeDocument {
  const { subject, issuer, decision } = input;
  const body: Block[] = [
    centredHeading(`CHỦ TỊCH ${issuer.name.replace(/\s*\n\s*/g, ' ')}`),
    ...basisLines([...input.legalBasis, `Căn cứ Quyết định số ${decision.number} ${formatLongDate(decision.issuedOn)} của ${decision.issuedBy} về việc quản lý sau cai nghiện ma túy tại nơi cư trú`]),
    centredHeading('CHỨNG NHẬN:'),
    ...subjectBlocks(subject),
    {
      kind: 'paragraph',
      text: `Đã hoàn thành thời gian quản lý sau cai nghiện ma túy tại nơi cư trú, từ ${formatLongDate(input.from)} đến ${formatLongDate(input.until)}.`,
    },
    {
      kind: 'paragraph',
      text:
        `${addressAs(subject.sex, (ageOn(subject.dateOfBirth, input.issuedOn) ?? 18) < 18 ? 'minor' : 'adult')} ${subject.fullName} được đưa ra khỏi danh sách người được quản lý sau cai nghiện ma túy tại nơi cư trú của ` +
        `${issuer.inlineName} theo quy định tại Điều 81 Nghị định số 116/2021/NĐ-CP./.`,
    },
  ];
  return composeDocument(input, {
    formId: 'post-rehab-certificate',
    formTitle: FORM_TITLE,
    formNumber: FORM_NUMBER,
    title: 'GIẤY CHỨNG NHẬN',
    subtitle: 'Hoàn thành thời gian quản lý sau cai nghiện ma túy\ntại nơi cư trú',
    body,
  });
}

export const postRehabCertificate = {
  id: 'post-rehab-certificate',
  title: FORM_TITLE,
  formNumber: FORM_NUMBER,
  input: PostRehabCertificateInput,
  build: buildPostRehabCertificate,
} as const satisfies FormDefinition<'post-rehab-certificate', typeof PostRehabCertificateInput>;
