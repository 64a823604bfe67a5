import { z } from 'zod';
import { roles } from '../roles';

/** A demo user the development sign-in offers (`AUTH_MODE=dev` only). */
export const DevUserSchema = z.object({ userId: z.string(), name: z.string(), role: z.enum(roles), unitCode: z.string(), unitName: z.string() });
export const DevUserListSchema = z.object({ users: z.array(DevUserSchema) });

/** `POST /api/v1/dev/session`: sign in as a demo user. */
export const DevSessionRequestSchema = z.object({ userId: z.string().min(1).max(100) }).strict();
/** A signed-in demo user: the access token (kept in the page's memory), when it expires, and who it is for. */
export const DevSessionSchema = z.object({ token: z.string(), expiresAt: z.string(), user: DevUserSchema });
