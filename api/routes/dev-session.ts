import { Router, type Request, type Response } from 'express';
import { demoUnits, demoUsers } from '../../config/demo-data';
import { DevSessionRequestSchema } from '../../domain/schemas/dev-session';
import type { DevIssuer } from '../auth/dev-issuer';
import { clearDevSessionCookies, demoUserOfCookie, setDevSessionCookies } from '../auth/dev-session-cookies';
import { ApiError } from '../errors';
import { parse } from '../parse';

const SESSION_HOURS = 8;

/**
 * Development sign-in (`AUTH_MODE=dev` only; in `oidc` mode these routes do not exist): the console's login page
 * lists the demo users and signs in as the one picked. Unauthenticated by design, and audited like every write.
 *
 * The access token lives in the page's memory. What survives a reload is the sign-in itself, in an HttpOnly,
 * SameSite=Strict cookie that only these routes read (and a copy that only the codec server reads:
 * api/auth/dev-session-cookies.ts): a reload (or a renewal before the token expires) asks
 * `POST /session/renew` for a new token, as a page signed in with OIDC asks its provider silently.
 */
export function devSessionRoutes(issuer: DevIssuer): Router {
  const router = Router();
  const unitName = (code: string) => demoUnits.find((unit) => unit.code === code)?.name ?? code;
  const listed = (user: (typeof demoUsers)[number]) => ({ userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode, unitName: unitName(user.unitCode) });

  async function answerSession(req: Request, res: Response, user: (typeof demoUsers)[number], status: number) {
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString();
    const token = await issuer.issue({ userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode }, { expiresIn: `${SESSION_HOURS}h` });
    setDevSessionCookies(req, res, await issuer.issueSession(user.id, `${SESSION_HOURS}h`), SESSION_HOURS * 3_600_000);
    res.set('Cache-Control', 'no-store').status(status).json({ token, expiresAt, user: listed(user) });
  }

  router.get('/users', (_req, res) => {
    res.json({ users: demoUsers.map(listed) });
  });

  router.post('/session', async (req, res) => {
    const { userId } = parse(DevSessionRequestSchema, req.body);
    const user = demoUsers.find((candidate) => candidate.id === userId);
    if (!user) throw new ApiError(422, 'unknown-demo-user', 'Không có người dùng mẫu này.', `No demo user ${userId}.`);
    await answerSession(req, res, user, 201);
  });

  router.post('/session/renew', async (req, res) => {
    const user = await demoUserOfCookie(issuer, req, 'session');
    if (!user) throw new ApiError(401, 'no-session', 'Chưa đăng nhập trên trình duyệt này, hoặc phiên đã hết.', 'No valid development sign-in cookie.');
    await answerSession(req, res, user, 200);
  });

  router.delete('/session', (_req, res) => {
    clearDevSessionCookies(res);
    res.status(204).end();
  });

  return router;
}
