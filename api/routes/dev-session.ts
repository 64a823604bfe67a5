import { Router } from 'express';
import { demoUnits, demoUsers } from '../../config/demo-data';
import { DevSessionRequestSchema } from '../../domain/schemas/dev-session';
import type { DevIssuer } from '../auth/dev-issuer';
import { ApiError } from '../errors';
import { parse } from '../parse';

const SESSION_HOURS = 8;

/**
 * Development sign-in (`AUTH_MODE=dev` only; in `oidc` mode these routes do not exist): the console's login page
 * lists the demo users and signs in as the one picked. Unauthenticated by design, and audited like every write.
 */
export function devSessionRoutes(issuer: DevIssuer): Router {
  const router = Router();
  const unitName = (code: string) => demoUnits.find((unit) => unit.code === code)?.name ?? code;

  router.get('/users', (_req, res) => {
    res.json({ users: demoUsers.map((user) => ({ userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode, unitName: unitName(user.unitCode) })) });
  });

  router.post('/session', async (req, res) => {
    const { userId } = parse(DevSessionRequestSchema, req.body);
    const user = demoUsers.find((candidate) => candidate.id === userId);
    if (!user) throw new ApiError(422, 'unknown-demo-user', 'Không có người dùng mẫu này.', `No demo user ${userId}.`);
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString();
    const token = await issuer.issue({ userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode }, { expiresIn: `${SESSION_HOURS}h` });
    res.status(201).json({ token, expiresAt });
  });

  return router;
}
