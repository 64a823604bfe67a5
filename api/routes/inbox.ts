import { Router } from 'express';
import type { Sql } from 'postgres';
import { InboxQuerySchema } from '../../domain/schemas/dossier-queries';
import { inbox } from '../../store/dossier-search';
import type { Guard } from '../access/guard';
import { principalOf } from '../auth/authenticate';
import { pageOf, parse } from '../parse';

/** GET /api/v1/inbox: what waits for the caller's role at the caller's unit, soonest deadline first. */
export function inboxRoutes({ sql, guard }: { sql: Sql; guard: Guard }): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const principal = principalOf(res);
    guard.scope('inbox.read', principal);
    const query = parse(InboxQuerySchema, req.query);
    res.json(await pageOf(() => inbox(sql, principal, query)));
  });
  return router;
}
