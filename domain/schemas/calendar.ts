import { z } from 'zod';
import { civilDate, nfcText } from './common';

const DayOffSchema = z
  .object({
    date: civilDate.describe('Ngày'),
    name: nfcText(200).describe('Tên ngày nghỉ hoặc lý do làm bù'),
    status: z.enum(['published', 'provisional']).optional().describe('Tình trạng ngày (để trống: như cả năm)'),
    source: nfcText(500).optional().describe('Văn bản của riêng ngày này'),
  })
  .strict();

/** A year of the working-day calendar as an administrator uploads it (the Government's announced schedule). */
export const CalendarYearSchema = z
  .object({
    status: z.enum(['published', 'provisional', 'statutory']).default('published').describe('Tình trạng lịch'),
    daysOff: z.array(DayOffSchema).max(60).describe('Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường)'),
    workingWeekendDays: z.array(DayOffSchema).max(20).default([]).describe('Ngày làm bù vào thứ Bảy, Chủ nhật'),
    source: nfcText(500).describe('Văn bản công bố lịch nghỉ'),
  })
  .strict();

const CalendarYearOutSchema = CalendarYearSchema.extend({ year: z.number().int() });

/** `GET /api/v1/admin/calendar`: the years in force, and the version every computed deadline records. */
export const CalendarSchema = z.object({ version: z.string(), years: z.array(CalendarYearOutSchema) });

/** `PUT /api/v1/admin/calendar/:year`: the year saved, and how many running dossiers will be told (in the background). */
export const CalendarSavedSchema = z.object({ version: z.string(), year: CalendarYearOutSchema, dossiersNotified: z.number().int() });

/** `POST /api/v1/admin/calendar/:year/preview`: what saving the year would move, before it is saved. */
export const CalendarPreviewSchema = z.object({
  deadlinesMoved: z.number().int().describe('Số thời hạn đang chạy sẽ đổi ngày kết thúc'),
  dossiers: z.number().int().describe('Số hồ sơ có thời hạn đổi'),
  examples: z
    .array(z.object({ dossierId: z.string(), code: z.string(), deadlineId: z.string(), from: z.string(), to: z.string() }))
    .describe('Tối đa 20 thời hạn, để xem trước'),
});

/**
 * `POST /api/v1/admin/calendar/:year/days/:date/confirm`: the instrument that makes a provisional day binding, which
 * applies it.
 */
export const ProvisionalDayConfirmationSchema = z
  .object({
    instrument: nfcText(300).describe('Số hiệu và tên văn bản (ví dụ: Luật sửa đổi Bộ luật Lao động số …)'),
    reference: nfcText(500).describe('Đường dẫn hoặc nơi đăng văn bản (Công báo, vbpl.vn, …)'),
  })
  .strict();
