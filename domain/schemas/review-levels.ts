import { z } from 'zod';
import { nfcText } from './common';

/** `PUT /api/v1/provinces/:code/review-level`: an administrator switches the province's reviewing level on or off. */
export const ReviewLevelInputSchema = z
  .object({
    reviewRequired: z.boolean().describe('Có cấp xem xét, đề nghị (Công an cấp tỉnh) trước khi chuyển hồ sơ đến Tòa án'),
    legalBasis: nfcText(500).describe('Văn bản của tỉnh quy định việc này (số, ngày, cơ quan ban hành)'),
  })
  .strict();
export type ReviewLevelInput = z.infer<typeof ReviewLevelInputSchema>;

export const ProvinceReviewLevelSchema = z.object({
  provinceCode: z.string(),
  reviewRequired: z.boolean().describe('Hồ sơ mở từ nay đi qua cấp xem xét, đề nghị'),
  legalBasis: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ProvinceReviewLevel = z.infer<typeof ProvinceReviewLevelSchema>;
