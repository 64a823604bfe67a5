import { z } from 'zod';
import type { ActionId } from '../procedure/types';
import { citizenIdNumber, civilDate, nfcText, pastCivilDate, unitCode } from './common';

const occurredOn = pastCivilDate.optional().describe('Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay');
const note = nfcText(2000).optional().describe('Ghi chú');
const documentNumber = nfcText(60).optional().describe('Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ');
const body = <T extends z.ZodRawShape>(shape: T) => z.object({ occurredOn, note, documentNumber, ...shape }).strict();
const months = z.number().int().min(1).max(36);

// Optional fields below are what a person writes on the paper form; without them hoso prints only what the
// dossier already holds, or leaves out a form whose facts nobody entered (domain/procedure ActionForm `needs`).
const official = z
  .object({ name: nfcText(120).describe('Họ và tên (có thể kèm cấp bậc)'), title: nfcText(200).describe('Chức vụ, đơn vị') })
  .strict();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải theo dạng HH:MM');
/** When and where a biên bản was made; by default the time it was entered and the acting unit's seat. */
const recordMaking = {
  startedAt: clock.optional().describe('Giờ bắt đầu lập biên bản'),
  endedAt: clock.optional().describe('Giờ kết thúc lập biên bản'),
  location: nfcText(300).optional().describe('Địa điểm lập biên bản'),
};
const judge = nfcText(120).optional().describe('Thẩm phán (người ký văn bản của Tòa án)');
const findings = z.array(nfcText(2000)).min(1).optional().describe('Nhận định (xét thấy), mỗi ý một dòng');
/**
 * A term the court ordered: recorded as ordered, even outside the regime's bounds (then confirmed with a reason, and
 * the dossier marked for a legal review); only what no decision could say (none, or more than five years) is refused.
 */
const courtMonths = z.number().int().min(1).max(60);
const termOutsideBoundsReason = nfcText(1000)
  .optional()
  .describe('Xác nhận thời hạn Tòa án quyết định nằm ngoài khung: nêu lý do (hồ sơ sẽ được đánh dấu để rà soát pháp lý)');
/** The cases the measure is never applied to (docs/legal/README.md#exclusions), checked before the dossier goes on. */
export const exclusionGrounds = ['lacks-administrative-capacity', 'pregnant', 'sole-carer-of-young-child'] as const;
const exclusionCheck = z
  .object({
    lacksAdministrativeCapacity: z.boolean().describe('Không có năng lực trách nhiệm hành chính'),
    pregnant: z.boolean().describe('Đang mang thai, có chứng nhận của cơ sở khám bệnh, chữa bệnh'),
    soleCarerOfYoungChild: z.boolean().describe('Phụ nữ hoặc người duy nhất đang nuôi con dưới 36 tháng tuổi, được UBND cấp xã xác nhận'),
    evidence: nfcText(1000).describe('Căn cứ đã kiểm tra (ví dụ: xác minh tại nơi cư trú ngày …)'),
  })
  .strict()
  .describe('Kiểm tra các trường hợp không áp dụng biện pháp');
const relative = z
  .object({
    fullName: nfcText(120),
    relationship: nfcText(60).describe('Quan hệ với người nghiện, ví dụ "Mẹ đẻ"'),
    sex: z.enum(['male', 'female']).optional(),
    dateOfBirth: civilDate.optional(),
    idNumber: citizenIdNumber.optional(),
    residence: nfcText(300).optional(),
    phone: z.string().regex(/^[0-9 .+]{8,15}$/, 'Số điện thoại không hợp lệ').optional(),
  })
  .strict();
/** Bản tóm tắt lý lịch (Mẫu số 30): what the police officer compiling the dossier writes in. */
const summaryCv = z
  .object({
    otherNames: nfcText(120).optional(),
    placeOfBirth: nfcText(300),
    hometown: nfcText(300),
    ethnicity: nfcText(60),
    religion: nfcText(60).optional(),
    nationality: nfcText(60).optional(),
    education: nfcText(60),
    occupation: nfcText(120),
    family: z
      .array(
        z
          .object({
            relationship: nfcText(60),
            fullName: nfcText(120),
            yearOfBirth: z.number().int().min(1900).max(2100).optional(),
            occupation: nfcText(120).optional(),
            residence: nfcText(300).optional(),
          })
          .strict(),
      )
      .min(1),
    history: z.array(z.object({ period: nfcText(60), activity: nfcText(500) }).strict()).min(1),
    criminalRecord: z.array(nfcText(500)).optional(),
    administrativeRecord: z.array(nfcText(500)).optional(),
    drugUse: z
      .object({ since: nfcText(60), substances: z.array(nfcText(120)).min(1), method: nfcText(120).optional() })
      .strict(),
  })
  .strict();

/** Request bodies of `POST /api/v1/dossiers/:id/actions/:action`, one schema per action of §1.3. */
export const actionBodySchemas = {
  'request-determination': body({
    healthFacilityCode: unitCode.describe('Cơ sở y tế được đề nghị'),
    determinationCase: z
      .enum(['a', 'b', 'c', 'd'])
      .optional()
      .describe('Trường hợp phải xác định (LPCMT 2021 Điều 27 khoản 1 điểm a–d); mặc định suy ra từ hồ sơ'),
  }),
  'record-determination': body({
    result: z.enum(['addicted', 'not-addicted']).describe('Kết quả xác định tình trạng nghiện'),
    substances: z.array(nfcText(120)).min(1).optional().describe('Chất ma túy xác định tình trạng nghiện'),
    criteriaMet: z
      .array(z.number().int().min(1).max(6))
      .optional()
      .describe('Tiêu chuẩn chẩn đoán đáp ứng (1–6, Thông tư 18/2021/TT-BYT Điều 3)'),
    physician: official.optional().describe('Người thực hiện xác định; mặc định là người ghi nhận'),
  }),
  'attach-determination': body({
    result: z.enum(['addicted', 'not-addicted']),
    issuedBy: nfcText(300).describe('Cơ sở y tế đã cấp phiếu kết quả'),
  }),
  'record-voluntary-registration': body({}),
  'record-violation': body({
    description: nfcText(2000).describe('Hành vi vi phạm (Mẫu số 27)'),
    subjectStatement: nfcText(2000).optional().describe('Ý kiến trình bày của người vi phạm'),
    ...recordMaking,
  }),
  'attach-document': body({
    title: nfcText(300).describe('Tên tài liệu'),
    summaryCv: summaryCv.optional().describe('Nội dung bản tóm tắt lý lịch (Mẫu số 30), khi tài liệu bổ sung là bản này'),
  }),
  'set-temporary-management': body({
    form: z.enum(['home', 'facility']).describe('Quản lý tại gia đình hoặc tại cơ sở'),
    place: nfcText(300).describe('Nơi quản lý'),
    familyRepresentative: relative.optional().describe('Đại diện gia đình xác nhận (Mẫu số 35)'),
    familyReason: nfcText(1000).optional().describe('Lý do gia đình không nhận quản lý'),
  }),
  'notify-subject': body({
    guardian: nfcText(200).optional().describe('Cha, mẹ hoặc người giám hộ được thông báo (bắt buộc với người dưới 18 tuổi)'),
    guardianRelationship: nfcText(60).optional().describe('Quan hệ của người đó với người bị đề nghị, ví dụ "Mẹ đẻ"'),
  }),
  'record-reading': body({
    subjectPresent: z.boolean().optional().describe('Người bị đề nghị có mặt đọc hồ sơ; mặc định là có'),
    notesTaken: z.boolean().optional().describe('Người đọc hồ sơ đã ghi chép'),
    opinions: nfcText(2000).optional().describe('Ý kiến của người đọc hồ sơ'),
    relatives: z.array(relative).optional().describe('Người thân, người đại diện hợp pháp cùng đọc hồ sơ'),
    ...recordMaking,
  }),
  'record-exclusion': body({
    ground: z.enum(exclusionGrounds).describe('Trường hợp không áp dụng'),
    evidence: nfcText(1000).describe('Giấy tờ chứng minh (chứng nhận của cơ sở y tế, xác nhận của UBND cấp xã…)'),
  }),
  submit: body({ reviewerUnitCode: unitCode.describe('Cơ quan xem xét, đề nghị'), exclusionCheck }),
  'submit-to-court': body({ courtUnitCode: unitCode.describe('Tòa án có thẩm quyền'), exclusionCheck }),
  approve: body({
    courtUnitCode: unitCode.describe('Tòa án có thẩm quyền'),
    proposedMonths: months.describe('Thời hạn đề nghị (tháng)'),
    centreUnitCode: unitCode.optional().describe('Cơ sở cai nghiện bắt buộc đề nghị'),
    findings: findings.describe('Kết quả kiểm tra tính pháp lý của hồ sơ'),
  }),
  'return-for-supplementation': body({ reasons: nfcText(2000).describe('Lý do trả hồ sơ') }),
  'court-accept': body({
    judge,
    caseNumber: nfcText(60).optional().describe('Số thụ lý; mặc định theo mã hồ sơ'),
  }),
  'court-return': body({ reasons: nfcText(2000), judge }),
  'court-schedule-session': body({ sessionOn: civilDate.describe('Ngày mở phiên họp') }),
  'court-extend': body({ reasons: nfcText(2000) }),
  'court-decide': body({
    outcome: z.enum(['apply', 'not-apply']),
    months: courtMonths.optional().describe('Thời hạn áp dụng (tháng), bắt buộc khi áp dụng'),
    centreUnitCode: unitCode.optional().describe('Cơ sở cai nghiện bắt buộc'),
    escortUnitCode: unitCode.optional().describe('Cơ quan Công an tổ chức thi hành'),
    judge,
    procurator: official.optional().describe('Kiểm sát viên tham gia phiên họp'),
    proposerRepresentative: official.optional().describe('Đại diện cơ quan đề nghị tại phiên họp'),
    subjectPresent: z.boolean().optional().describe('Người bị đề nghị có mặt tại phiên họp; mặc định là có'),
    termOutsideBoundsReason,
    findings,
  }),
  'court-suspend': body({ reasons: nfcText(2000) }),
  'court-terminate': body({ reasons: nfcText(2000) }),
  'file-complaint': body({ complainant: nfcText(200), grounds: nfcText(2000).optional().describe('Nội dung khiếu nại') }),
  'file-protest': body({ procuracy: nfcText(200), grounds: nfcText(2000).optional().describe('Nội dung kiến nghị, kháng nghị') }),
  'record-decision-receipt': body({}),
  'record-review-receipt': body({}),
  'record-review-decision': body({
    outcome: z.enum(['upheld', 'annulled', 'modified']),
    months: courtMonths.optional(),
    termOutsideBoundsReason,
    judge,
    findings,
    consequence: nfcText(1000).optional().describe('Hậu quả của việc hủy quyết định'),
  }),
  escort: body({
    receivedBy: official.optional().describe('Cán bộ cơ sở cai nghiện nhận người'),
    health: nfcText(500).optional().describe('Tình trạng sức khỏe khi giao nhận'),
    ...recordMaking,
  }),
  'extend-escort': body({ reasons: nfcText(2000) }),
  'request-postponement': body({ grounds: z.enum(['illness', 'family-hardship']), reasons: nfcText(2000) }),
  'record-postponement-decision': body({
    granted: z.boolean(),
    until: civilDate.optional().describe('Ngày hết thời hạn hoãn, nếu quyết định có nêu'),
  }),
  'record-exemption': body({ reasons: nfcText(2000) }),
  'record-absconding': body({}),
  admit: body({
    healthCheck: nfcText(1000).optional().describe('Kết quả kiểm tra sức khỏe ban đầu'),
    drugTest: nfcText(500).optional().describe('Kết quả xét nghiệm chất ma túy khi tiếp nhận'),
    ...recordMaking,
  }),
  'suspend-for-treatment': body({
    reasons: nfcText(2000),
    inpatientDays: z.number().int().min(0).max(3650).optional().describe('Số ngày đã điều trị nội trú (theo NĐ 116/2021 phải trên 10 ngày)'),
  }),
  resume: body({}),
  'reduce-term': body({ months: z.number().int().min(3).max(6) }),
  'record-return': body({}),
  complete: body({}),
  'start-post-rehab': body({}),
  'set-electronic-monitoring': body({}),
  'record-relapse': body({}),
  'close-post-rehab': body({}),
  'record-pause': body({ reason: nfcText(2000).describe('Sự kiện bất khả kháng hoặc trở ngại khách quan') }),
  'end-pause': body({}),
} as const satisfies Record<ActionId, z.ZodType>;

export type ActionBodies = { [A in ActionId]: z.infer<(typeof actionBodySchemas)[A]> };

/**
 * An action and the body entered for it, typed together: narrowing on `action` gives the body its action's schema
 * yields. `ActionInput<A>` for one action is that action's pair; the default is the union over every action.
 */
export type ActionInput<A extends ActionId = ActionId> = { [K in A]: { action: K; body: ActionBodies[K] } }[A];

/** Validates a body with a schema and answers its output; `parseActionInput` takes one so that the API can refuse in its own words. */
export type BodyParser = <T>(schema: z.ZodType<T>, body: unknown) => T;

/** The schemas seen through the bodies they yield: indexed by a generic action, the schema stays that action's. */
const schemaOfAction: { [A in ActionId]: z.ZodType<ActionBodies[A]> } = actionBodySchemas;

/** What was entered for an action, validated by that action's schema (by default zod's `parse`, which throws a ZodError). */
export function parseActionInput<A extends ActionId>(
  action: A,
  body: unknown,
  parse: BodyParser = (schema, value) => schema.parse(value),
): ActionInput<A> {
  return { action, body: parse(schemaOfAction[action], body) };
}

/** Body fields that name a unit, and the kind of unit each must name; the API checks them against the directory. */
export const unitReferences = {
  healthFacilityCode: 'health_facility',
  reviewerUnitCode: 'reviewer',
  courtUnitCode: 'court',
  centreUnitCode: 'centre',
  escortUnitCode: 'escort_police',
} as const;
