import { z } from 'zod';

/** A document as listed to a person entitled to its dossier (`GET /api/v1/dossiers/:id/documents`). */
export const DocumentListingSchema = z.object({
  documentId: z.string(),
  formId: z.string(),
  title: z.string().describe('Tên văn bản theo mẫu'),
  step: z.string(),
  seq: z.number().int(),
  revision: z.number().int(),
  current: z.boolean().describe('Sai khi đã có bản đính chính thay thế; bản cũ vẫn xem được'),
  reason: z.string().nullable(),
  sha256: z.string(),
  size: z.number().int(),
  verificationCode: z.string().nullable().describe('Mã tra cứu in trên văn bản, dẫn tới trang kiểm tra công khai'),
  signer: z.object({ unitCode: z.string(), name: z.string() }).nullable(),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const DocumentListSchema = z.object({ items: z.array(DocumentListingSchema) });

/** What the public verification page answers (`GET /api/v1/verify/:code`): nothing about the person. */
export const VerificationReportSchema = z.object({
  code: z.string().describe('Mã tra cứu'),
  intact: z.boolean().describe('Tệp lưu trữ còn đúng mã băm SHA-256 đã ghi khi ban hành (luôn đúng ở đây: bản lưu hỏng hoặc mất được trả 409/410)'),
  signatureValid: z.boolean().describe('Chữ ký số hợp lệ, bao trùm toàn bộ tệp, và dẫn tới một gốc tin cậy'),
  title: z.string().describe('Tên văn bản theo mẫu'),
  issuedBy: z.string().nullable().describe('Cơ quan ký'),
  signedAt: z.string().nullable(),
  revision: z.number().int(),
  superseded: z.boolean().describe('Đã có bản đính chính thay thế'),
  checkedAt: z.string(),
});
