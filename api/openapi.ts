import { z } from 'zod';
import { DOSSIER_ID_PATTERN } from '../domain/dossier/dossier-id';
import { getRegime } from '../domain/procedure';
import { actionIds } from '../domain/procedure/types';
import { IF_MATCH_MAX_LENGTH } from './dossiers/if-match';
import { actionBodySchemas } from '../domain/schemas/actions';
import { AuthConfigSchema, SignedInUserSchema } from '../domain/schemas/auth';
import { CalendarPreviewSchema, CalendarSavedSchema, CalendarSchema, CalendarYearSchema, ProvisionalDayConfirmationSchema } from '../domain/schemas/calendar';
import { CodecPayloadsSchema } from '../domain/schemas/codec';
import { DevSessionRequestSchema, DevSessionSchema, DevUserListSchema } from '../domain/schemas/dev-session';
import { DocumentListSchema, VerificationReportSchema } from '../domain/schemas/documents';
import { DossierHistoryPageSchema, DossierHistoryQuerySchema } from '../domain/schemas/dossier-history';
import { DossierViewSchema } from '../domain/schemas/dossier-view';
import { DossierListQuerySchema, DossierPageSchema, InboxPageSchema, InboxQuerySchema } from '../domain/schemas/dossier-queries';
import { OpenDossierSchema } from '../domain/schemas/open-dossier';
import {
  OverduePageSchema,
  OverdueQuerySchema,
  PlanTargetBodySchema,
  PlanTargetListSchema,
  PlanTargetSchema,
  PlanTargetsQuerySchema,
  StatsQuerySchema,
  StatsSchema,
} from '../domain/schemas/supervision';
import { AgencyInputSchema, AgencyPatchSchema, UnitListSchema, UnitQuerySchema, UnitSchema } from '../domain/schemas/units';
import { ProvinceReviewLevelSchema, ReviewLevelInputSchema } from '../domain/schemas/review-levels';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
};

const json = (description: string, schema: JsonSchema) => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = { description: 'Problem details (RFC 9457): a stable `code` and a Vietnamese `title`', content: { 'application/problem+json': { schema: ref('Problem') } } };
/**
 * Any route may answer 429 `rate-limited` (api/rate-limit.ts): public ones past their address's limit, signed-in ones
 * once refused tokens from that address pass theirs.
 */
const rateLimited = {
  ...problem,
  headers: { 'Retry-After': { description: 'Số giây cần chờ trước khi gửi lại', schema: { type: 'integer', minimum: 1 } } },
};
const problems = (...statuses: number[]) => ({ ...Object.fromEntries(statuses.map((status) => [String(status), problem])), '429': rateLimited });
/**
 * An archived document that cannot be shown as issued (api/documents/evidence-faults.ts, docs/decisions/0004): the
 * evidence's state, not a fault of the server, except an archive that did not answer. The problem's `state` member
 * names it; /verify adds the `document` the code names (form, signer, time, revision: nothing about the person).
 */
const evidenceFaults = (also: Record<string, unknown> = {}) => ({
  '409': { ...problem, description: '`evidence-damaged` (không còn nguyên vẹn): the archived copy is not the one issued: its SHA-256 differs from the one recorded, or MinIO cannot read it intact', content: { ...problem.content, ...also } },
  '410': { ...problem, description: '`evidence-missing` (không tìm thấy bản lưu): the archived version the document was recorded as no longer exists', content: { ...problem.content, ...also } },
  '503': { ...rateLimited, description: '`evidence-unavailable` (tạm thời không kiểm tra được): the archive did not answer; the same request may be sent again after Retry-After', content: { ...problem.content, ...also } },
});
/** What /verify answers a browser (a phone that scanned the QR code): the same status, as a page in Vietnamese. */
const verificationPage = { 'text/html': { schema: { type: 'string' } } };
/** The exports of a table: CSV for any tool, and an Excel workbook with real dates and numbers. */
const csv = {
  'text/csv': { schema: { type: 'string' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
};

/** Each key of a zod object as a query parameter, described and constrained by its schema. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const object = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: object.required?.includes(name) ?? false,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};
const dossierId = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: DOSSIER_ID_PATTERN } };
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion`',
  schema: { type: 'string', maxLength: IF_MATCH_MAX_LENGTH },
};
/** A dossier answer carries its version as the ETag an action's If-Match names. */
const withETag = <T extends object>(response: T) => ({ ...response, headers: { ETag: { description: 'Phiên bản của hồ sơ', schema: { type: 'string' } } } });

/** OpenAPI 3.1 document of every route, generated from the zod schemas that validate requests. */
export function openApiDocument(serverUrl: string) {
  const regime = getRegime('2026');
  const actionPaths = Object.fromEntries(
    actionIds.map((action) => [
      `/api/v1/dossiers/{id}/actions/${action}`,
      {
        post: {
          operationId: `action-${action}`,
          summary: regime.actions[action].title,
          description: `Roles: ${regime.actions[action].by.join(', ')}. Steps: ${regime.actions[action].at.join(', ')}. ${regime.actions[action].legalBasis}`,
          tags: ['actions'],
          parameters: [dossierId, idempotencyKey, ifMatch],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(actionBodySchemas[action]) } } },
          responses: { '200': withETag(json('The dossier after the action', ref('Dossier'))), ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 503) },
        },
      },
    ]),
  );
  const codecPaths = Object.fromEntries(
    (['decode', 'encode'] as const).map((direction) => [
      `/api/v1/codec/${direction}`,
      {
        post: {
          operationId: `codec-${direction}`,
          summary: direction === 'decode' ? 'Giải mã dữ liệu Temporal cho Temporal UI (quản trị hệ thống)' : 'Mã hóa dữ liệu Temporal cho Temporal UI (quản trị hệ thống)',
          description:
            'The Temporal UI\'s remote codec protocol: the payloads as Temporal\'s JSON carries them (base64), answered in the same shape. Administrators only; every call is audited. The browser origin TEMPORAL_UI_ORIGIN may call it (CORS). With AUTH_MODE=dev, the development sign-in\'s cookie authenticates it too, for the dev server\'s UI, which has no sign-in of its own. A payload encrypted under a key hoso does not hold, or altered, is refused (422 `undecryptable-payload`); one not encrypted is answered as it is.',
          tags: ['operations'],
          parameters: [{ name: 'X-Namespace', in: 'header', required: false, description: 'The Temporal namespace the UI shows; recorded in the audit', schema: { type: 'string', maxLength: 255 } }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(CodecPayloadsSchema) } } },
          responses: { '200': json(`The payloads ${direction}d, in the order sent`, jsonSchema(CodecPayloadsSchema, 'output')), ...problems(400, 401, 403, 413, 415, 422) },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'hoso API',
      version: '1',
      description: 'Hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths: {
      '/api/v1/dossiers': {
        get: {
          operationId: 'listDossiers',
          summary: 'Danh sách, tìm kiếm hồ sơ',
          tags: ['dossiers'],
          parameters: queryParameters(DossierListQuerySchema),
          responses: { '200': json('Hồ sơ trong phạm vi của người gọi, mới nhất trước', jsonSchema(DossierPageSchema, 'output')), ...problems(400, 401, 403, 422) },
        },
        post: {
          operationId: 'openDossier',
          summary: 'Mở hồ sơ',
          tags: ['dossiers'],
          parameters: [idempotencyKey],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(OpenDossierSchema) } } },
          responses: { '201': withETag(json('Opened', ref('Dossier'))), ...problems(400, 401, 403, 409, 413, 415, 422) },
        },
      },
      '/api/v1/dossiers/{id}': {
        get: {
          operationId: 'getDossier',
          summary: 'Xem hồ sơ',
          tags: ['dossiers'],
          parameters: [dossierId],
          responses: { '200': withETag(json('The dossier as last recorded, with what the caller may do now', ref('Dossier'))), ...problems(400, 401, 403, 404) },
        },
      },
      ...actionPaths,
      '/api/v1/dossiers/{id}/history': {
        get: {
          operationId: 'dossierHistory',
          summary: 'Nhật ký: ai đã xem, đã làm gì với hồ sơ, khi nào',
          description: 'From the audit trail, newest first. For supervisors whose area holds the dossier and for the commune police unit that owns it; ids and codes only.',
          tags: ['dossiers'],
          parameters: [dossierId, ...queryParameters(DossierHistoryQuerySchema)],
          responses: { '200': json('Audit entries of the dossier, newest first', jsonSchema(DossierHistoryPageSchema, 'output')), ...problems(400, 401, 403, 404, 422) },
        },
      },
      '/api/v1/dossiers/{id}/documents': {
        get: {
          operationId: 'listDocuments',
          summary: 'Văn bản của hồ sơ',
          tags: ['documents'],
          parameters: [dossierId],
          responses: { '200': json('Documents in the order issued', jsonSchema(DocumentListSchema, 'output')), ...problems(400, 401, 403, 404) },
        },
      },
      '/api/v1/dossiers/{id}/documents/{documentId}': {
        get: {
          operationId: 'getDocument',
          summary: 'Tải văn bản (PDF đã ký)',
          tags: ['documents'],
          parameters: [dossierId, { name: 'documentId', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{32}$' } }],
          description: 'The PDF is read whole and checked against the SHA-256 recorded when it was issued before it is sent: a damaged copy is refused, never served.',
          responses: { '200': { description: 'The archived PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problems(400, 401, 403, 404), ...evidenceFaults() },
        },
      },
      '/api/v1/verify/{code}': {
        get: {
          operationId: 'verifyDocument',
          summary: 'Tra cứu tính xác thực của văn bản (công khai)',
          tags: ['documents'],
          security: [],
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', maxLength: 64 } }],
          description: 'JSON, or to a client that prefers `text/html` a page in Vietnamese with the same status. A document whose archived copy is damaged or gone is answered 409 or 410, not with a report.',
          responses: {
            '200': {
              description: 'The archived document read back with the SHA-256 recorded at issue, and whether its signature is valid',
              content: { 'application/json': { schema: jsonSchema(VerificationReportSchema, 'output') }, ...verificationPage },
            },
            ...problems(400),
            '404': { ...problem, description: '`unknown-verification-code`: no document has this code', content: { ...problem.content, ...verificationPage } },
            ...evidenceFaults(verificationPage),
          },
        },
      },
      '/api/v1/inbox': {
        get: {
          operationId: 'inbox',
          summary: 'Việc đang chờ đơn vị tôi',
          tags: ['work'],
          parameters: queryParameters(InboxQuerySchema),
          responses: { '200': json('Running deadlines of the caller’s role and unit, soonest first', jsonSchema(InboxPageSchema, 'output')), ...problems(400, 401, 403, 422) },
        },
      },
      '/api/v1/overdue': {
        get: {
          operationId: 'overdue',
          summary: 'Hồ sơ quá hạn',
          tags: ['supervision'],
          parameters: queryParameters(OverdueQuerySchema),
          responses: { '200': { description: 'Late steps, most late first', content: { 'application/json': { schema: jsonSchema(OverduePageSchema, 'output') }, ...csv } }, ...problems(400, 401, 403, 422) },
        },
      },
      '/api/v1/stats': {
        get: {
          operationId: 'stats',
          summary: 'Thống kê theo đơn vị và kỳ',
          tags: ['supervision'],
          parameters: queryParameters(StatsQuerySchema),
          responses: { '200': { description: 'Figures for the unit’s area and period, with plan targets', content: { 'application/json': { schema: jsonSchema(StatsSchema, 'output') }, ...csv } }, ...problems(401, 403, 404, 422) },
        },
      },
      '/api/v1/plan-targets': {
        get: {
          operationId: 'listPlanTargets',
          summary: 'Chỉ tiêu kế hoạch',
          tags: ['supervision'],
          parameters: queryParameters(PlanTargetsQuerySchema),
          responses: { '200': json('Plan targets', jsonSchema(PlanTargetListSchema, 'output')), ...problems(401, 403, 404, 422) },
        },
      },
      '/api/v1/plan-targets/{unitCode}/{year}': {
        put: {
          operationId: 'setPlanTargets',
          summary: 'Nhập chỉ tiêu kế hoạch của đơn vị trong năm',
          tags: ['supervision'],
          parameters: [
            { name: 'unitCode', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'year', in: 'path', required: true, schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(PlanTargetBodySchema) } } },
          responses: { '200': json('Saved targets', { type: 'object', properties: { items: { type: 'array', items: jsonSchema(PlanTargetSchema, 'output') } } }), ...problems(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      '/api/v1/units': {
        get: {
          operationId: 'listUnits',
          summary: 'Đơn vị hành chính, cơ quan',
          tags: ['reference'],
          parameters: queryParameters(UnitQuerySchema),
          responses: { '200': json('Units', jsonSchema(UnitListSchema, 'output')), ...problems(401, 422) },
        },
        post: {
          operationId: 'createAgency',
          summary: 'Thêm cơ quan (Phòng Lao động - Thương binh và Xã hội, Tòa án, cơ sở cai nghiện…), với thời gian hoạt động',
          tags: ['reference'],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(AgencyInputSchema) } } },
          responses: { '201': json('The agency added', jsonSchema(UnitSchema, 'output')), ...problems(400, 401, 403, 409, 413, 415, 422) },
        },
      },
      '/api/v1/units/{code}': {
        patch: {
          operationId: 'updateAgency',
          summary: 'Sửa tên, trụ sở hoặc thời gian hoạt động của một cơ quan (không sửa đơn vị hành chính chính thức)',
          tags: ['reference'],
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(AgencyPatchSchema) } } },
          responses: { '200': json('The agency as saved', jsonSchema(UnitSchema, 'output')), ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      '/api/v1/provinces/{code}/review-level': {
        get: {
          operationId: 'getReviewLevel',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          summary: 'Cấp xem xét, đề nghị của tỉnh (mặc định: không có, hồ sơ chuyển thẳng đến Tòa án)',
          tags: ['reference'],
          responses: { '200': json('The setting', jsonSchema(ProvinceReviewLevelSchema, 'output')), ...problems(401, 404, 422) },
        },
        put: {
          operationId: 'setReviewLevel',
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          summary: 'Bật hoặc tắt cấp xem xét, đề nghị của tỉnh, cho các hồ sơ mở từ nay',
          tags: ['reference'],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(ReviewLevelInputSchema) } } },
          responses: { '200': json('The setting saved', jsonSchema(ProvinceReviewLevelSchema, 'output')), ...problems(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      '/api/v1/admin/calendar': {
        get: {
          operationId: 'getCalendar',
          summary: 'Lịch ngày làm việc',
          tags: ['reference'],
          responses: { '200': json('Calendar years in force', jsonSchema(CalendarSchema, 'output')), ...problems(401, 403) },
        },
      },
      '/api/v1/admin/calendar/{year}': {
        put: {
          operationId: 'setCalendarYear',
          summary: 'Sửa lịch ngày làm việc của một năm',
          tags: ['reference'],
          parameters: [{ name: 'year', in: 'path', required: true, schema: { type: 'integer', minimum: 2000, maximum: 2100 } }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(CalendarYearSchema) } } },
          responses: { '200': json('Saved; open dossiers told', jsonSchema(CalendarSavedSchema, 'output')), ...problems(400, 401, 403, 413, 415, 422) },
        },
      },
      '/api/v1/admin/calendar/{year}/preview': {
        post: {
          operationId: 'previewCalendarYear',
          summary: 'Xem trước: sửa lịch năm này sẽ dời bao nhiêu thời hạn đang chạy (không lưu)',
          tags: ['reference'],
          parameters: [{ name: 'year', in: 'path', required: true, schema: { type: 'integer', minimum: 2000, maximum: 2100 } }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(CalendarYearSchema) } } },
          responses: { '200': json('What saving would move', jsonSchema(CalendarPreviewSchema, 'output')), ...problems(400, 401, 403, 413, 415, 422) },
        },
      },
      '/api/v1/admin/calendar/{year}/days/{date}/confirm': {
        post: {
          operationId: 'confirmProvisionalDay',
          summary: 'Xác nhận ngày nghỉ tạm tính bằng văn bản công bố: từ đó ngày này được tính là ngày nghỉ',
          tags: ['reference'],
          parameters: [
            { name: 'year', in: 'path', required: true, schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
            { name: 'date', in: 'path', required: true, schema: { type: 'string', format: 'date' } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(ProvisionalDayConfirmationSchema) } } },
          responses: { '200': json('Confirmed and applied; open dossiers told', jsonSchema(CalendarSavedSchema, 'output')), ...problems(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      ...codecPaths,
      '/api/v1/auth/config': {
        get: {
          operationId: 'authConfig',
          summary: 'Cách đăng nhập vào bàn làm việc (công khai)',
          description:
            'How the console signs in: `dev`, the demo users of /api/v1/dev/… (AUTH_MODE=dev); or `oidc`, the authorization code flow with PKCE at the provider `authority` as the public client `clientId`, asking for `scope`. Unauthenticated by design: the console asks before anyone is signed in.',
          tags: ['sign-in'],
          security: [],
          responses: { '200': json('The sign-in mode, and for oidc the provider and the console’s client', jsonSchema(AuthConfigSchema, 'output')), ...problems() },
        },
      },
      '/api/v1/me': {
        get: {
          operationId: 'me',
          summary: 'Người đang đăng nhập',
          description: 'The caller as the API reads the bearer token: who, in which role, for which unit.',
          tags: ['sign-in'],
          responses: { '200': json('The signed-in user', jsonSchema(SignedInUserSchema, 'output')), ...problems(401) },
        },
      },
      '/api/v1/dev/users': {
        get: {
          operationId: 'devUsers',
          summary: 'Người dùng mẫu (chỉ khi AUTH_MODE=dev; không cần đăng nhập)',
          description: 'Development sign-in only: exists when AUTH_MODE=dev, answers 404 with AUTH_MODE=oidc. Unauthenticated by design.',
          tags: ['development'],
          security: [],
          responses: { '200': json('The demo users', jsonSchema(DevUserListSchema, 'output')), ...problems(404) },
        },
      },
      '/api/v1/dev/session': {
        post: {
          operationId: 'devSession',
          summary: 'Đăng nhập bằng người dùng mẫu (chỉ khi AUTH_MODE=dev; không cần đăng nhập)',
          description: 'Development sign-in only: issues an 8-hour token for the demo user named, signed by the development issuer. Exists when AUTH_MODE=dev, answers 404 with AUTH_MODE=oidc. Unauthenticated by design.',
          tags: ['development'],
          security: [],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(DevSessionRequestSchema) } } },
          responses: { '201': json('A session token (8 h), and the sign-in kept in an HttpOnly cookie', jsonSchema(DevSessionSchema, 'output')), ...problems(400, 404, 413, 415, 422) },
        },
        delete: {
          operationId: 'devSignOut',
          summary: 'Đăng xuất (chỉ khi AUTH_MODE=dev)',
          description: 'Clears the development sign-in cookie; the page forgets its token itself.',
          tags: ['development'],
          security: [],
          responses: { '204': { description: 'Signed out' }, ...problems(404) },
        },
      },
      '/api/v1/dev/session/renew': {
        post: {
          operationId: 'devSessionRenew',
          summary: 'Gia hạn phiên đăng nhập thử nghiệm (chỉ khi AUTH_MODE=dev)',
          description: 'A new token for the sign-in held in the HttpOnly cookie that POST /dev/session set: after a reload, or before the token expires. 401 `no-session` without a valid cookie.',
          tags: ['development'],
          security: [],
          responses: { '200': json('A new session token (8 h)', jsonSchema(DevSessionSchema, 'output')), ...problems(401, 404) },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string' },
            instance: { type: 'string' },
          },
        },
        Dossier: jsonSchema(DossierViewSchema, 'output'),
      },
    },
  };
}
