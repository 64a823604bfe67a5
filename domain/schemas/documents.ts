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
