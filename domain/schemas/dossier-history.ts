import { z } from 'zod';
import { roles } from '../roles';

/** `GET /api/v1/dossiers/:id/history`: the dossier's audit trail, newest first, in keyset pages. */
export const DossierHistoryQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50).describe('Số mục mỗi trang (tối đa 100)'),
    cursor: z.string().regex(/^[A-Za-z0-9_-]{1,400}$/, 'Con trỏ trang không hợp lệ').optional().describe('`nextCursor` của trang trước'),
  })
  .strict();
export type DossierHistoryQuery = z.infer<typeof DossierHistoryQuerySchema>;

/**
 * One request that touched the dossier, as the audit trail recorded it (store/audit-log.ts): who (by user id, role
 * and unit), what, when and how it ended. Ids and codes only, as in the trail itself: never the person's data.
 */
export const DossierHistoryEntrySchema = z.object({
  seq: z.number().int().describe('Số thứ tự trong nhật ký kiểm toán'),
  at: z.string().describe('Thời điểm (ISO 8601)'),
  userId: z.string().nullable().describe('Người thực hiện; null khi yêu cầu không có mã thông báo hợp lệ'),
  role: z.enum(roles).nullable(),
  unitCode: z.string().nullable(),
  action: z.string().describe('Việc đã làm: `dossier.open`, `dossier.read`, `document.read`, `dossier.action.<thao tác>`, …'),
  target: z.string().nullable().describe('Đối tượng khác, theo mã: văn bản đã xem'),
  outcome: z.enum(['ok', 'refused', 'error', 'aborted']).describe('`refused`: bị từ chối; `aborted`: người gọi ngắt giữa chừng'),
  httpStatus: z.number().int().nullable(),
});
export type DossierHistoryEntry = z.infer<typeof DossierHistoryEntrySchema>;

export const DossierHistoryPageSchema = z.object({ items: z.array(DossierHistoryEntrySchema), nextCursor: z.string().nullable() });
export type DossierHistoryPage = z.infer<typeof DossierHistoryPageSchema>;
