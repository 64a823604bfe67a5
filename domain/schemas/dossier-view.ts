import { z } from 'zod';
import { DossierIdText } from '../dossier/dossier-id';
import { actionIds, stepIds } from '../procedure/types';
import { roles } from '../roles';

/**
 * What `GET /api/v1/dossiers/:id` answers: the dossier as the workflow last projected it (workflows/dossier-view.ts
 * `DossierView`), with what the caller may do now. The OpenAPI document and the console's types are generated from
 * this schema; a test checks real answers against it.
 */
const step = z.enum(stepIds);
const civilDay = z.string().describe('Ngày (YYYY-MM-DD)');
const instant = z.string().describe('Thời điểm (ISO 8601)');

const ActorSchema = z.object({ userId: z.string(), role: z.enum(roles), unitCode: z.string() });

export const DeadlineViewSchema = z.object({
  id: z.string(),
  description: z.string(),
  owner: z.string(),
  onExpiry: z.string().describe('`overdue`: thời hạn của một cơ quan; `advance`/`lapse`: thời hạn pháp lý tự chuyển bước'),
  dueOn: civilDay,
  dueAt: instant,
  overdue: z.boolean(),
  calendarVersion: z.string(),
  provisional: z.boolean().describe('Tính theo lịch nghỉ chưa công bố chính thức'),
  legalBasis: z.string(),
  confidence: z.string(),
  workingDaysLeft: z.number().int().nullable().describe('Số ngày làm việc còn lại, tính cả hôm nay nếu là ngày làm việc; null khi đã quá hạn'),
  overdueWorkingDays: z.number().int().nullable().describe('Số ngày làm việc đã quá hạn; null khi chưa đến hạn'),
});

export const TimelineEventSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(['opened', 'action', 'deadline-expired', 'overdue', 'calendar-changed', 'notification-failed', 'relapse-dossier-failed']),
  action: z.enum(actionIds).optional(),
  stepBefore: step,
  stepAfter: step,
  actor: ActorSchema.optional(),
  occurredOn: civilDay,
  recordedAt: instant,
  details: z.record(z.string(), z.unknown()).optional(),
  late: z.boolean().optional(),
});

export const DocumentRefSchema = z.object({
  documentId: z.string(),
  formId: z.string(),
  step,
  sha256: z.string(),
  objectKey: z.string(),
  size: z.number().int(),
  revision: z.number().int().optional(),
  verificationCode: z.string().optional(),
});

export const FormFailureSchema = z
  .object({
    formId: z.string().describe('Mã mẫu văn bản'),
    formTitle: z.string().describe('Tên mẫu văn bản'),
    seq: z.number().int().describe('Số thứ tự của sự kiện mà văn bản thuộc về'),
    code: z.enum(['form-input-invalid', 'form-text-unprintable', 'form-not-issued']).describe('Mã lý do không phát hành được'),
    reason: z.string().describe('Lý do, để người dùng đọc'),
    fields: z.array(z.string()).optional().describe('Các trường dữ liệu gây lỗi (chỉ tên trường, không có giá trị)'),
    failedAt: instant,
  })
  .describe('Văn bản của một sự kiện đã ghi nhận nhưng chưa phát hành được');

export const AvailableActionSchema = z.object({
  action: z.enum(actionIds),
  title: z.string().describe('Tên thao tác theo bảng quy trình'),
  bodySchema: z.enum(actionIds).describe('Mã lược đồ nội dung (domain/schemas/actions.ts): trùng mã thao tác'),
});

const IntervalSchema = z.object({ startedOn: civilDay, endedOn: civilDay.optional() });

export const DossierViewSchema = z.object({
  dossierId: DossierIdText,
  code: z.string(),
  regimeId: z.enum(['2022', '2025', '2026']),
  version: z.number().int().describe('Số sự kiện đã ghi; cũng là ETag của hồ sơ'),
  step,
  stepTitle: z.string(),
  closure: z.string().optional(),
  openedAt: instant,
  detectedOn: civilDay,
  trigger: z.string(),
  subject: z.object({
    fullName: z.string(),
    dateOfBirth: civilDay,
    sex: z.enum(['male', 'female']),
    idNumber: z.string(),
    residence: z.string(),
    hasStableResidence: z.boolean(),
  }),
  priorMeasures: z.string().optional(),
  previousDossierId: z.string().optional(),
  voluntaryRehabCase: z.enum(['not-registered', 'not-carried-out', 'gave-up']).optional(),
  priorPlacements: z.number().int().describe('Số lần đã bị đưa vào cơ sở cai nghiện bắt buộc trước hồ sơ này'),
  reviewRequired: z.boolean().describe('Hồ sơ đi qua cấp xem xét, đề nghị trước khi đến Tòa án'),
  nextDossierId: z.string().optional(),
  units: z.object({
    commune: z.string(),
    healthFacility: z.string().optional(),
    reviewer: z.string().optional(),
    court: z.string().optional(),
    escort: z.string().optional(),
    centre: z.string().optional(),
  }),
  anchors: z.record(z.string(), civilDay),
  lapsed: z.array(z.string()),
  violationRecorded: z.boolean(),
  subjectNotified: z.boolean(),
  readingRecorded: z.boolean(),
  temporaryManagement: z.object({ form: z.enum(['home', 'facility']), since: civilDay, place: z.string() }).optional(),
  returnsForSupplementation: z.number().int(),
  courtSuspended: z.boolean(),
  decision: z.object({ outcome: z.enum(['apply', 'not-apply', 'terminated']), months: z.number().int().optional(), announcedOn: civilDay }).optional(),
  legalReview: z
    .array(
      z.object({
        kind: z.literal('term-outside-bounds'),
        detail: z.string(),
        reason: z.string(),
        occurredOn: civilDay,
        action: z.enum(['court-decide', 'record-review-decision']),
      }),
    )
    .optional(),
  extendedDeadlines: z.array(z.string()),
  pauses: z.array(IntervalSchema.extend({ kind: z.enum(['obstacle', 'postponement', 'absconding']), step })),
  suspensions: z.array(IntervalSchema),
  absences: z.array(IntervalSchema),
  reductionMonths: z.number().int(),
  electronicMonitoring: z.boolean(),
  guardianNotified: z.string().optional(),
  overdue: z.array(z.object({ deadlineId: z.string(), step, dueAt: instant, recordedAt: instant })),
  reminded: z.array(z.string()),
  timeline: z.array(TimelineEventSchema),
  documents: z.array(DocumentRefSchema),
  formFailures: z
    .array(FormFailureSchema)
    .optional()
    .describe('Văn bản chưa phát hành được; không có khi mọi văn bản đã phát hành. Hành vi vẫn được ghi nhận'),
  deadlines: z.array(DeadlineViewSchema),
  dueAt: instant.optional(),
  isOverdue: z.boolean(),
  termEndsOn: civilDay.optional(),
  availableActions: z.array(AvailableActionSchema).describe('Thao tác người gọi được thực hiện lúc này'),
  unitNames: z.record(z.string(), z.string()).describe('Tên chính thức của các đơn vị hồ sơ nêu (được giao, và của người đã thao tác), theo mã'),
});
export type DossierViewResponse = z.infer<typeof DossierViewSchema>;
