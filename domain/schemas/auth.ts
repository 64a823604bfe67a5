import { z } from 'zod';
import { roles } from '../roles';

/**
 * `GET /api/v1/auth/config`: how the console signs in here. `dev`: the demo users of `/api/v1/dev/…`; `oidc`: the
 * authorization code flow with PKCE at the provider (`authority`, whose `/.well-known/openid-configuration` says the
 * rest), as the public client `clientId`, asking for `scope`.
 */
export const AuthConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('dev') }).strict(),
  z
    .object({
      mode: z.literal('oidc'),
      authority: z.url().describe('Địa chỉ của máy chủ xác thực (OIDC issuer)'),
      clientId: z.string().min(1).describe('Mã ứng dụng của bàn làm việc tại máy chủ xác thực'),
      scope: z.string().min(1).describe('Phạm vi xin cấp, có openid'),
    })
    .strict(),
]);
export type AuthConfig = z.infer<typeof AuthConfigSchema>;

/** `GET /api/v1/me`: the caller as the API reads their token (who, in which role, for which unit), for the console to show. */
export const SignedInUserSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unitCode: z.string(),
  unitName: z.string().optional().describe('Tên đơn vị, khi mã đơn vị có trong danh mục'),
});
export type SignedInUser = z.infer<typeof SignedInUserSchema>;
