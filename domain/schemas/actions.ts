import { z } from 'zod';
import type { ActionId } from '../procedure/types';
import { civilDate, nfcText, pastCivilDate, unitCode } from './common';

const occurredOn = pastCivilDate.optional().describe('Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay');
const note = nfcText(2000).optional().describe('Ghi chú');
const body = <T extends z.ZodRawShape>(shape: T) => z.object({ occurredOn, note, ...shape }).strict();
const months = z.number().int().min(1).max(36);

/** Request bodies of `POST /api/v1/dossiers/:id/actions/:action`, one schema per action of §1.3. */
export const actionBodySchemas = {
  'request-determination': body({ healthFacilityCode: unitCode.describe('Cơ sở y tế được đề nghị') }),
  'record-determination': body({
    result: z.enum(['addicted', 'not-addicted']).describe('Kết quả xác định tình trạng nghiện'),
  }),
  'attach-determination': body({
    result: z.enum(['addicted', 'not-addicted']),
    issuedBy: nfcText(300).describe('Cơ sở y tế đã cấp phiếu kết quả'),
  }),
  'record-voluntary-registration': body({}),
  'record-violation': body({ description: nfcText(2000).describe('Hành vi vi phạm (Mẫu số 27)') }),
  'attach-document': body({ title: nfcText(300).describe('Tên tài liệu') }),
  'set-temporary-management': body({
    form: z.enum(['home', 'facility']).describe('Quản lý tại gia đình hoặc tại cơ sở'),
    place: nfcText(300).describe('Nơi quản lý'),
  }),
  'notify-subject': body({
    guardian: nfcText(200).optional().describe('Cha, mẹ hoặc người giám hộ được thông báo (bắt buộc với người dưới 18 tuổi)'),
  }),
  'record-reading': body({}),
  submit: body({ reviewerUnitCode: unitCode.describe('Cơ quan xem xét, đề nghị') }),
  approve: body({
    courtUnitCode: unitCode.describe('Tòa án có thẩm quyền'),
    proposedMonths: months.describe('Thời hạn đề nghị (tháng)'),
  }),
  'return-for-supplementation': body({ reasons: nfcText(2000).describe('Lý do trả hồ sơ') }),
  'court-accept': body({}),
  'court-return': body({ reasons: nfcText(2000) }),
  'court-schedule-session': body({ sessionOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Ngày mở phiên họp') }),
  'court-extend': body({ reasons: nfcText(2000) }),
  'court-decide': body({
    outcome: z.enum(['apply', 'not-apply']),
    months: months.optional().describe('Thời hạn áp dụng (tháng), bắt buộc khi áp dụng'),
    centreUnitCode: unitCode.optional().describe('Cơ sở cai nghiện bắt buộc'),
    escortUnitCode: unitCode.optional().describe('Cơ quan Công an tổ chức thi hành'),
  }),
  'court-suspend': body({ reasons: nfcText(2000) }),
  'court-terminate': body({ reasons: nfcText(2000) }),
  'file-complaint': body({ complainant: nfcText(200) }),
  'file-protest': body({ procuracy: nfcText(200) }),
  'record-review-decision': body({
    outcome: z.enum(['upheld', 'annulled', 'modified']),
    months: months.optional(),
  }),
  escort: body({}),
  'extend-escort': body({ reasons: nfcText(2000) }),
  'request-postponement': body({ grounds: z.enum(['illness', 'family-hardship']), reasons: nfcText(2000) }),
  'record-postponement-decision': body({
    granted: z.boolean(),
    until: civilDate.optional().describe('Ngày hết thời hạn hoãn, nếu quyết định có nêu'),
  }),
  'record-exemption': body({ reasons: nfcText(2000) }),
  'record-absconding': body({}),
  admit: body({}),
  'suspend-for-treatment': body({ reasons: nfcText(2000) }),
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
