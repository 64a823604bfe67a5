import { Router } from 'express';
import type { Sql } from 'postgres';
import { InboxQuerySchema } from '../../domain/schemas/dossier-queries';
import { inbox } from '../../store/dossier-search';
import { loadCalendarYears } from '../../store/calendar-years';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { countdownOf } from '../../domain/dossier/countdown';
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
    const [page, years] = await Promise.all([pageOf(() => inbox(sql, principal, query)), loadCalendarYears(sql)]);
    const calendar = new WorkingCalendar(years);
    const today = civilDateAt(new Date());
    // Each task's countdown in working days, as the officer counts them (domain/dossier/countdown.ts).
    const items = page.items.map((item) => ({ ...item, deadline: { ...item.deadline, ...countdownOf(calendar, civilDateAt(new Date(item.deadline.dueAt)), today) } }));
    res.json({ ...page, items });
  });
  return router;
}
