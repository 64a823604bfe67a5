import { z } from 'zod';
import { DossierIdText } from '../dossier/dossier-id';
import { stepIds } from '../procedure/types';
import { civilDate, plainText, unitCode } from './common';

const limit = z.coerce.number().int().min(1).max(100).default(20).describe('Số mục mỗi trang (tối đa 100)');
const cursor = z.string().regex(/^[A-Za-z0-9_-]{1,400}$/, 'Con trỏ trang không hợp lệ').optional().describe('`nextCursor` của trang trước');
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/v1/dossiers`: filters over the dossiers the caller reaches, newest first. */
export const DossierListQuerySchema = z
  .object({
    unit: unitCode.optional().describe('Đơn vị: hồ sơ của các xã thuộc đơn vị này, hoặc hồ sơ giao cho đơn vị này'),
    step: z.enum(stepIds).optional().describe('Bước hiện tại'),
    regime: z.enum(['2022', '2025', '2026']).optional().describe('Chế độ pháp lý'),
    overdue: flag.optional().describe('Chỉ hồ sơ đang quá hạn (true) hoặc không quá hạn (false)'),
    dueBefore: civilDate.optional().describe('Hạn xử lý gần nhất không muộn hơn ngày này'),
    openedFrom: civilDate.optional().describe('Mở từ ngày'),
    openedTo: civilDate.optional().describe('Mở đến hết ngày'),
    q: plainText(z.string().trim().min(2).max(120)).optional().describe('Họ tên (không phân biệt dấu) hoặc số định danh cá nhân (từ 3 chữ số đầu)'),
    limit,
    cursor,
  })
  .strict()
  .refine((query) => !query.openedFrom || !query.openedTo || query.openedFrom <= query.openedTo, {
    path: ['openedTo'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  });
export type DossierListQuery = z.infer<typeof DossierListQuerySchema>;

/** `GET /api/v1/inbox`: what waits for the caller's role and unit, soonest deadline first. */
export const InboxQuerySchema = z.object({ limit, cursor }).strict();
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

const SubjectSummarySchema = z.object({
  fullName: z.string(),
  dateOfBirth: z.string(),
  sex: z.enum(['male', 'female']),
  idNumber: z.string(),
});

export const DossierSummarySchema = z.object({
  dossierId: DossierIdText,
  code: z.string(),
  regimeId: z.enum(['2022', '2025', '2026']),
  step: z.enum(stepIds),
  stepTitle: z.string(),
  closure: z.string().nullable(),
  communeCode: z.string(),
  subject: SubjectSummarySchema,
  detectedOn: z.string(),
  openedAt: z.string(),
  dueAt: z.string().nullable(),
  isOverdue: z.boolean(),
  failedForms: z.number().int().describe('Số văn bản của hồ sơ chưa phát hành được (xem `formFailures` của hồ sơ)'),
});
export type DossierSummary = z.infer<typeof DossierSummarySchema>;

export const DossierPageSchema = z.object({ items: z.array(DossierSummarySchema), nextCursor: z.string().nullable() });

export const InboxItemSchema = DossierSummarySchema.extend({
  deadline: z.object({
    id: z.string(),
    description: z.string(),
    dueAt: z.string(),
    overdue: z.boolean(),
    workingDaysLeft: z.number().int().nullable().describe('Số ngày làm việc còn lại, tính cả hôm nay; null khi đã quá hạn'),
    overdueWorkingDays: z.number().int().nullable().describe('Số ngày làm việc đã quá hạn; null khi chưa đến hạn'),
  }),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

export const InboxPageSchema = z.object({ items: z.array(InboxItemSchema), nextCursor: z.string().nullable() });
