import { z } from 'zod';
import { civilDate, nfcText } from './common';

const DayOffSchema = z.object({ date: civilDate, name: nfcText(200) }).strict();

/** A year of the working-day calendar as an administrator uploads it (the Government's announced schedule). */
export const CalendarYearSchema = z
  .object({
    status: z.enum(['published', 'provisional']).default('published'),
    daysOff: z.array(DayOffSchema).max(60).describe('Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường)'),
    workingWeekendDays: z.array(DayOffSchema).max(20).default([]).describe('Ngày làm bù vào thứ Bảy, Chủ nhật'),
    source: nfcText(500).describe('Văn bản công bố lịch nghỉ'),
  })
  .strict();
