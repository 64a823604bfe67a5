import { Router } from 'express';
import type { SignedInUser } from '../../domain/schemas/auth';
import type { UnitTree } from '../../store/unit-tree';
import { principalOf } from '../auth/authenticate';

/** `GET /api/v1/me`: the caller as the API reads their token, for the console to show who is signed in and in which role. */
export function meRoutes({ units }: { units: UnitTree }): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const { userId, name, role, unitCode } = principalOf(res);
    const unitName = (await units.namesOf([unitCode]))[unitCode];
    const me: SignedInUser = { userId, name, role, unitCode, ...(unitName ? { unitName } : {}) };
    res.set('Cache-Control', 'no-store').json(me);
  });
  return router;
}
