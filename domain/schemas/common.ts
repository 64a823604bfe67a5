import { z } from 'zod';
import { civilDateAt, parseCivilDate } from '../calendar/civil-date';

/**
 * Control characters other than tab and line breaks, and unpaired surrogates: PostgreSQL stores neither
 * in text or JSON (a NUL in a search failed the query), and no form can print them.
 */
const CONTROL_CHARACTERS = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\p{Cs}/u;
export const plainText = (schema: z.ZodString) => schema.refine((value) => !CONTROL_CHARACTERS.test(value), 'Không được chứa ký tự điều khiển');

/** Names and free text are stored in NFC so that search and PDFs see one form of each letter. */
export const nfcText = (max: number) => plainText(z.string().trim().min(1).max(max)).transform((value) => value.normalize('NFC'));

export const civilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải theo dạng YYYY-MM-DD')
  .refine((value) => {
    try {
      parseCivilDate(value);
      return true;
    } catch {
      return false;
    }
  }, 'Ngày không tồn tại');

/** A date of something that has already happened: not after today in Vietnam. */
export const pastCivilDate = civilDate.refine(
  (value) => value <= civilDateAt(new Date()),
  'Ngày không được sau ngày hôm nay',
);

export const unitCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, 'Mã đơn vị không hợp lệ')
  .describe('Mã đơn vị hành chính hoặc cơ quan');

/** Căn cước công dân: 12 digits. */
export const citizenIdNumber = z.string().regex(/^\d{12}$/, 'Số định danh cá nhân (CCCD) phải gồm 12 chữ số');
