import type { Request, RequestHandler, Response } from 'express';
import { demoUsers } from '../../config/demo-data';
import type { Principal } from './claims';
import type { DevIssuer } from './dev-issuer';

/**
 * The development sign-in (`AUTH_MODE=dev` only), kept in HttpOnly, SameSite=Strict cookies. Each cookie goes only to
 * the routes that read it; the rest of the API reads bearer tokens, never a cookie:
 * - `session`: `POST /api/v1/dev/session/renew` gives the console a new token after a reload;
 * - `codec`: the codec server authenticates the dev server's Temporal UI with it, which has no sign-in of its own and
 *   so no token to pass (docs/decisions/0010-payload-encryption.md).
 */
const cookies = {
  session: { name: 'hoso_dev_session', path: '/api/v1/dev/session' },
  codec: { name: 'hoso_dev_codec_session', path: '/api/v1/codec' },
} as const;

type DemoUser = (typeof demoUsers)[number];

export function setDevSessionCookies(req: Request, res: Response, session: string, maxAgeMs: number): void {
  for (const { name, path } of Object.values(cookies)) {
    res.cookie(name, session, { httpOnly: true, sameSite: 'strict', secure: req.secure, path, maxAge: maxAgeMs });
  }
}

export function clearDevSessionCookies(res: Response): void {
  for (const { name, path } of Object.values(cookies)) res.clearCookie(name, { path });
}

/** The demo user whose valid sign-in the named cookie carries; undefined without one. */
export async function demoUserOfCookie(issuer: DevIssuer, req: Request, cookie: keyof typeof cookies): Promise<DemoUser | undefined> {
  const session = cookieOf(req, cookies[cookie].name);
  const userId = session ? await issuer.verifySession(session) : undefined;
  return demoUsers.find((candidate) => candidate.id === userId);
}

/**
 * The codec server's authentication in development: a bearer token as everywhere, or, without one, the sign-in of the
 * console in the same browser (the Temporal UI's "include cross-origin credentials"). Without either, `bearer`
 * answers 401.
 */
export function bearerOrDevCodecSession(bearer: RequestHandler, issuer: DevIssuer): RequestHandler {
  return async (req, res, next) => {
    const user = req.get('authorization') ? undefined : await demoUserOfCookie(issuer, req, 'codec');
    if (!user) return bearer(req, res, next);
    const principal: Principal = { userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode };
    res.locals.principal = principal;
    next();
  };
}

/** One cookie's value from the request's Cookie header (RFC 6265 §5.4). */
function cookieOf(req: Request, name: string): string | undefined {
  for (const pair of (req.get('cookie') ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
