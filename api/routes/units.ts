import { Router } from 'express';
import type { Sql } from 'postgres';
import { UnitQuerySchema } from '../../domain/schemas/units';
import { listUnits } from '../../store/admin-units';
import type { Guard } from '../access/guard';
import { principalOf } from '../auth/authenticate';
import { parse } from '../parse';

/** GET /api/v1/units: administrative units and agencies, for pickers (reference data, no personal data). */
export function unitRoutes({ sql, guard }: { sql: Sql; guard: Guard }): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    guard.scope('units.read', principalOf(res));
    const { parent, kind, q, includeAbolished, limit } = parse(UnitQuerySchema, req.query);
    const items = await listUnits(sql, {
      limit,
      ...(parent ? { parentCode: parent } : {}),
      ...(kind ? { kind } : {}),
      ...(q ? { q } : {}),
      ...(includeAbolished ? { includeAbolished } : {}),
    });
    res.json({ items });
  });
  return router;
}
