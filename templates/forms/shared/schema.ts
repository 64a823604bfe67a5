/**
 * Zod pieces every form's input is made of: dates, the issuing body, the signer, officials.
 */
import { z } from 'zod';
import { toCalendarDate } from '../../layout/vietnamese-date';

export const nonEmpty = () => z.string().trim().min(1);

export const DateInput = z
  .union([z.string(), z.date()])
  .refine(
    (value) => {
      try {
        toCalendarDate(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected an existing calendar date as YYYY-MM-DD' },
  )
  .describe('Calendar date, YYYY-MM-DD (or a Date, read in Vietnam time)');

/** Giờ, phút, as "HH:MM" in Vietnam time, e.g. "09:30". */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM')
  .describe('Time of day, HH:MM (Vietnam time)');

export const IssuerInput = z.object({
  parent: nonEmpty().optional().describe('Cơ quan chủ quản in caps, e.g. "CÔNG AN TỈNH BẮC NINH"'),
  name: nonEmpty().describe('Cơ quan ban hành in caps, e.g. "CÔNG AN XÃ TIÊN DU"; `\\n` where a long name should break'),
  inlineName: nonEmpty().describe('The same body as written inside a sentence, e.g. "Công an xã Tiên Du"'),
});
export type IssuerInput = z.infer<typeof IssuerInput>;

export const SignerInput = z.object({
  title: nonEmpty().describe('Chức vụ in caps, e.g. "TRƯỞNG CÔNG AN XÃ"'),
  name: nonEmpty(),
  onBehalfOf: nonEmpty().optional().describe('Authority line above the title, e.g. "KT. CHỦ TỊCH"'),
});
export type SignerInput = z.infer<typeof SignerInput>;

/** A named person acting for a body: "Thiếu tá Lê Văn Nam, Phó Trưởng Công an xã". */
export const OfficialInput = z.object({
  name: nonEmpty(),
  title: nonEmpty().describe('Cấp bậc, chức vụ as written after the name, e.g. "Phó Trưởng Công an xã Tiên Du"'),
});
export type OfficialInput = z.infer<typeof OfficialInput>;

/** Another body named in the text (addressee, court, centre): its name as written in a sentence. */
export const BodyInput = z.object({
  name: nonEmpty().describe('As written in a sentence, e.g. "Tòa án nhân dân khu vực 2 - Bắc Ninh"'),
  address: nonEmpty().optional(),
});
export type BodyInput = z.infer<typeof BodyInput>;

/** A document cited by number and date: "Quyết định số 12/2026/QĐ-TA ngày 20/8/2026 của …". */
export const DocumentReference = z.object({
  number: nonEmpty().describe('Số, ký hiệu, e.g. "12/2026/QĐ-TA"'),
  issuedOn: DateInput,
  issuedBy: nonEmpty().describe('Issuing body as written in a sentence, e.g. "Tòa án nhân dân khu vực 2 - Bắc Ninh"'),
});
export type DocumentReference = z.infer<typeof DocumentReference>;

/** Fields shared by every form: who issues it, under which number, where, when, to whom, signed by whom. */
export const documentBase = {
  dossierCode: nonEmpty().describe('Mã hồ sơ, e.g. "HS-2026-000123"; printed in the footer and the PDF subject'),
  documentId: nonEmpty().optional().describe('Archive id of this document; printed small in the footer. Defaults to the dossier code.'),
  issuer: IssuerInput,
  documentNumber: nonEmpty().describe('Số, ký hiệu without "Số:", e.g. "15/TB-CAX"'),
  place: nonEmpty().describe('Địa danh, e.g. "Tiên Du"'),
  issuedOn: DateInput.describe('Ngày ban hành (for a record: the day it is made); also the PDF date'),
  recipients: z.array(nonEmpty()).min(1).describe('Nơi nhận, e.g. ["Như trên", "Lưu: hồ sơ, VT"]'),
  signer: SignerInput,
};

/** Fields of a biên bản: made at a place and time, in the presence of people who sign it. "Nơi nhận" is optional. */
export const recordBase = {
  ...documentBase,
  recipients: z.array(nonEmpty()).default([]).describe('Nơi nhận; a record usually has none'),
  startedAt: ClockTime.optional().describe('Hour the record was opened; omitted: printed as a dotted blank'),
  endedAt: ClockTime.optional().describe('Hour the record was closed; omitted: printed as a dotted blank'),
  location: nonEmpty().optional().describe('Địa điểm lập biên bản, e.g. "Trụ sở Công an xã Tiên Du, tỉnh Bắc Ninh"; omitted: a dotted blank'),
  copies: z.number().int().min(2).max(9).default(2).describe('Số bản'),
};

/** Quản lý trong thời gian làm thủ tục (NĐ 116/2021 Điều 44–45): at home with the family, or at a facility. */
export const TemporaryManagementInput = z.object({
  form: z.enum(['home', 'facility']),
  place: nonEmpty().describe('The family\'s address, or the facility\'s name, as written in a sentence'),
  since: DateInput,
});
export type TemporaryManagementInput = z.infer<typeof TemporaryManagementInput>;
