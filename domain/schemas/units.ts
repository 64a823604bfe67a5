import { z } from 'zod';
import { plainText, unitCode } from './common';

export const unitKinds = ['province', 'district', 'commune', 'health_facility', 'reviewer', 'court', 'escort_police', 'centre'] as const;

/** `GET /api/v1/units`: the administrative units and agencies, to pick from. */
export const UnitQuerySchema = z
  .object({
    parent: unitCode.optional().describe('Đơn vị cấp trên (ví dụ mã tỉnh để lấy các xã)'),
    kind: z.enum(unitKinds).optional().describe('Loại đơn vị'),
    q: plainText(z.string().trim().min(1).max(120)).optional().describe('Tên, không phân biệt dấu'),
    includeAbolished: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional()
      .describe('Cả đơn vị đã giải thể (các huyện trước 01/7/2025, mà hồ sơ theo chế độ 2022 còn dẫn chiếu)'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type UnitQueryInput = z.infer<typeof UnitQuerySchema>;

export const UnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  divisionType: z.string().nullable().describe('Tỉnh, thành phố, xã, phường, đặc khu…'),
  parentCode: z.string().nullable(),
  validTo: z.string().nullable().describe('Ngày đơn vị thôi tồn tại, nếu đã giải thể'),
});

export const UnitListSchema = z.object({ items: z.array(UnitSchema) });
