import { z } from 'zod';
import { civilDate, nfcText, plainText, unitCode } from './common';

/** A day within the years an agency may have acted in: PostgreSQL's `date` has no year 0, and no agency dates from then. */
const unitDate = civilDate.refine((date) => date >= '1900-01-01' && date < '2200-01-01', 'Ngày phải trong khoảng năm 1900–2199');

export const unitKinds = ['province', 'district', 'commune', 'health_facility', 'reviewer', 'court', 'escort_police', 'centre'] as const;

/** The agencies the procedure sends dossiers to: reference data that administrators keep (`POST /api/v1/units`). */
export const agencyKinds = ['health_facility', 'reviewer', 'court', 'escort_police', 'centre'] as const;

/** The units an agency may sit under: a province, a district (of the 2022 regime) or a commune. */
export const agencyParentKinds = ['province', 'district', 'commune'] as const;

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
    validOn: unitDate
      .optional()
      .describe('Chỉ các đơn vị còn hoạt động vào ngày này (YYYY-MM-DD), ví dụ ngày của sự kiện: hồ sơ theo chế độ 2022 thấy các cơ quan của năm đó'),
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
  validFrom: z.string().nullable().describe('Ngày đơn vị bắt đầu hoạt động, nếu biết'),
  validTo: z.string().nullable().describe('Ngày đơn vị thôi tồn tại, nếu đã giải thể'),
  official: z.boolean().describe('Đơn vị hành chính theo danh mục chính thức (Tổng cục Thống kê): không sửa qua API'),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitListSchema = z.object({ items: z.array(UnitSchema) });

/**
 * An agency's code: free-form upper case (`DEMO-LD01`, `TAND-BN-KV1`), with at least one letter, so that it never
 * looks like the all-digit codes of the official administrative units.
 */
export const agencyCode = unitCode
  .refine((code) => /[A-Z]/.test(code), 'Mã cơ quan phải có chữ cái (mã toàn chữ số dành cho đơn vị hành chính)')
  .describe('Mã cơ quan: chữ in hoa, số, dấu gạch, ví dụ LDTBXH-TIENDU');

const agencyName = nfcText(200).describe('Tên đầy đủ của cơ quan, như in trên văn bản');
const agencyParent = unitCode.describe('Mã tỉnh, huyện hoặc xã nơi cơ quan đặt trụ sở');
const validFrom = unitDate.describe('Ngày cơ quan bắt đầu hoạt động (bỏ trống nếu không giới hạn)');
const validTo = unitDate.describe('Ngày cơ quan thôi hoạt động, ví dụ ngày sáp nhập (bỏ trống nếu còn hoạt động)');
const datesInOrder = (dates: { validFrom?: string | null | undefined; validTo?: string | null | undefined }) =>
  !dates.validFrom || !dates.validTo || dates.validFrom < dates.validTo;
const datesMessage = { message: 'Ngày thôi hoạt động phải sau ngày bắt đầu hoạt động', path: ['validTo'] };

/** `POST /api/v1/units`: an administrator adds an agency (a Labour office, a court, a centre…). */
export const AgencyInputSchema = z
  .object({
    code: agencyCode,
    name: agencyName,
    kind: z.enum(agencyKinds).describe('Loại cơ quan'),
    parentCode: agencyParent,
    validFrom: validFrom.optional(),
    validTo: validTo.optional(),
  })
  .strict()
  .refine(datesInOrder, datesMessage);
export type AgencyInput = z.infer<typeof AgencyInputSchema>;

/** `PATCH /api/v1/units/:code`: renames an agency, moves it, or sets its validity; `null` clears a date. */
export const AgencyPatchSchema = z
  .object({
    name: agencyName.optional(),
    parentCode: agencyParent.optional(),
    validFrom: validFrom.nullable().optional(),
    validTo: validTo.nullable().optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Không có thông tin nào để sửa')
  .refine(datesInOrder, datesMessage);
export type AgencyPatch = z.infer<typeof AgencyPatchSchema>;

/**
 * The console's edit form: the agency as it should be, whole. A date left empty is cleared, which the console sends as
 * `null` in the patch.
 */
export const AgencyEditSchema = z
  .object({ name: agencyName, parentCode: agencyParent, validFrom: validFrom.optional(), validTo: validTo.optional() })
  .strict()
  .refine(datesInOrder, datesMessage);
export type AgencyEdit = z.infer<typeof AgencyEditSchema>;
