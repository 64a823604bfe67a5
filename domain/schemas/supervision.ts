import { z } from 'zod';
import { DossierIdText } from '../dossier/dossier-id';
import { stepIds } from '../procedure/types';
import { ageGroups } from '../stats/age-groups';
import { namedPeriods } from '../stats/period';
import { planMetrics } from '../stats/plan';
import { civilDate, nfcText, unitCode } from './common';

const format = z
  .enum(['json', 'csv', 'xlsx'])
  .optional()
  .describe('`csv`: tệp CSV (UTF-8 có BOM); `xlsx`: tệp Excel, ngày và số ở dạng ngày và số; cũng chọn được bằng tiêu đề `Accept`');
const unit = unitCode.optional().describe('Đơn vị (phải thuộc địa bàn của người gọi); mặc định là đơn vị của người gọi');
const year = z.coerce.number().int().min(2000).max(2100).describe('Năm kế hoạch');

/** `GET /api/v1/overdue`: the deadlines past due, most overdue first. */
export const OverdueQuerySchema = z
  .object({
    unit,
    step: z.enum(stepIds).optional().describe('Chỉ các thời hạn của bước này'),
    limit: z.coerce.number().int().min(1).max(100).default(50).describe('Số mục mỗi trang (tối đa 100; tệp CSV lấy tất cả)'),
    cursor: z.string().regex(/^[A-Za-z0-9_-]{1,400}$/, 'Con trỏ trang không hợp lệ').optional().describe('`nextCursor` của trang trước'),
    format,
  })
  .strict();
export type OverdueQuery = z.infer<typeof OverdueQuerySchema>;

/** `GET /api/v1/stats`: a named period ending today, or `from`–`to` (both days included). */
export const StatsQuerySchema = z
  .object({
    unit,
    period: z.enum(namedPeriods).optional().describe('6m: 6 tháng gần nhất; 1y: 12 tháng gần nhất; ytd: từ đầu năm (mặc định)'),
    from: civilDate.optional().describe('Từ ngày (YYYY-MM-DD)'),
    to: civilDate.optional().describe('Đến hết ngày (YYYY-MM-DD)'),
    format,
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.period && (query.from || query.to)) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'Chọn kỳ theo tên (period) hoặc theo ngày (from, to), không cả hai' });
    } else if (!query.from !== !query.to) {
      ctx.addIssue({ code: 'custom', path: [query.from ? 'to' : 'from'], message: 'Cần cả ngày bắt đầu (from) và ngày kết thúc (to)' });
    } else if (query.from && query.to && query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
    }
  });
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** `GET /api/v1/plan-targets`: the targets of a unit and the units under it. */
export const PlanTargetsQuerySchema = z.object({ unit, year: year.optional() }).strict();
export type PlanTargetsQuery = z.infer<typeof PlanTargetsQuerySchema>;

/** `PUT /api/v1/plan-targets/:unitCode/:year` path parameters. */
export const PlanTargetPathSchema = z.object({ unitCode, year });

const targetCount = z.number().int().min(0).max(1_000_000);

/**
 * `PUT /api/v1/plan-targets/:unitCode/:year`: the unit's targets for the year as the plan sets them. Replaces
 * what was there: a metric left out has no target any more.
 */
export const PlanTargetBodySchema = z
  .object({
    targets: z
      .object({
        opened: targetCount.optional().describe('Chỉ tiêu số hồ sơ đề nghị được lập'),
        admitted: targetCount.optional().describe('Chỉ tiêu số người đưa vào cơ sở cai nghiện bắt buộc'),
      })
      .strict(),
    note: nfcText(500).optional().describe('Căn cứ, ví dụ số và ngày của kế hoạch của UBND tỉnh'),
  })
  .strict();
export type PlanTargetBody = z.infer<typeof PlanTargetBodySchema>;

const UnitRefSchema = z.object({ code: z.string(), name: z.string() });

/** How long past due: elapsed days and hours, and the same in words. */
const LatenessSchema = z.object({ days: z.number().int(), hours: z.number().int(), text: z.string().describe('Ví dụ "quá hạn 3 ngày 4 giờ"') });

/** One deadline past due. Names no person: supervision needs the dossier code, not who it is about. */
export const OverdueItemSchema = z.object({
  dossierId: DossierIdText,
  code: z.string(),
  step: z.enum(stepIds),
  stepTitle: z.string(),
  deadlineId: z.string(),
  deadline: z.string().describe('Việc phải làm trong thời hạn'),
  unit: UnitRefSchema.describe('Đơn vị phải xử lý'),
  commune: UnitRefSchema.describe('Xã của hồ sơ'),
  dueAt: z.string(),
  overdueWorkingDays: z.number().int().describe('Số ngày làm việc đã quá hạn, như trang hồ sơ tính; 0 trong chính ngày đến hạn'),
  overdueBy: LatenessSchema.describe('Thời gian đã quá hạn tính theo giờ thực'),
});
export type OverdueItem = z.infer<typeof OverdueItemSchema>;

export const OverduePageSchema = z.object({ items: z.array(OverdueItemSchema), nextCursor: z.string().nullable() });
export type OverduePage = z.infer<typeof OverduePageSchema>;

const StepCountSchema = z.object({ step: z.enum(stepIds), stepTitle: z.string(), count: z.number().int() });

export const PlanProgressSchema = z.object({
  year: z.number().int(),
  metric: z.enum(planMetrics),
  label: z.string(),
  target: z.number().int().nullable().describe('Chỉ tiêu của kế hoạch; null khi chưa nhập'),
  actual: z.number().int().describe('Thực hiện trong cả năm (đến hôm nay)'),
  percent: z.number().int().nullable().describe('Tỷ lệ thực hiện so với chỉ tiêu (%)'),
  note: z.string().nullable(),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

/** `GET /api/v1/stats`. Dossiers count for the area of the commune where they were opened. */
export const StatsSchema = z.object({
  unit: UnitRefSchema,
  period: z.object({ from: z.string(), to: z.string() }),
  opened: z.number().int().describe('Hồ sơ có ngày phát hiện trong kỳ'),
  openedBySex: z.object({ male: z.number().int(), female: z.number().int() }),
  openedByAgeGroup: z.record(z.enum(ageGroups), z.number().int()).describe('Theo tuổi vào ngày phát hiện'),
  openedBySexAndAgeGroup: z.array(z.object({ sex: z.enum(['male', 'female']), ageGroup: z.enum(ageGroups), count: z.number().int() })),
  atStep: z.array(StepCountSchema).describe('Hồ sơ chưa kết thúc, theo bước hiện tại (hôm nay, không theo kỳ)'),
  admitted: z.number().int().describe('Tiếp nhận vào cơ sở trong kỳ'),
  returned: z
    .object({ total: z.number().int(), byReviewer: z.number().int(), byCourt: z.number().int() })
    .describe('Trả hồ sơ để bổ sung trong kỳ: cơ quan xem xét trả, Tòa án trả'),
  courtDidNotApply: z.number().int().describe('Tòa án quyết định không áp dụng biện pháp trong kỳ'),
  overdue: z.object({
    inPeriod: z.number().int().describe('Lần quá hạn phát sinh trong kỳ'),
    now: z.number().int().describe('Thời hạn đang quá hạn hôm nay'),
  }),
  stepDurations: z
    .array(z.object({ step: z.enum(stepIds), stepTitle: z.string(), completed: z.number().int(), medianDays: z.number().int() }))
    .describe('Số ngày trung vị ở mỗi bước, trên các lần rời bước trong kỳ'),
  plan: z.array(PlanProgressSchema),
});
export type Stats = z.infer<typeof StatsSchema>;

export const PlanTargetSchema = z.object({
  unit: UnitRefSchema,
  year: z.number().int(),
  metric: z.enum(planMetrics),
  target: z.number().int(),
  note: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type PlanTarget = z.infer<typeof PlanTargetSchema>;

export const PlanTargetListSchema = z.object({ items: z.array(PlanTargetSchema) });
