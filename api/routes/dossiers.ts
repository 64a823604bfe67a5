import { Router, type Response } from 'express';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { loadCalendarYears } from '../../store/calendar-years';
import type { DossierView } from '../../workflows/dossier-view';
import { etagOf, presentDossier, unitCodesOf } from '../dossiers/present-dossier';
import { DossierIdSchema } from '../../domain/dossier/dossier-id';
import { regimes, roleMayTake } from '../../domain/procedure';
import type { Role } from '../../domain/roles';
import { actionIds, type ActionId } from '../../domain/procedure/types';
import { parseActionInput } from '../../domain/schemas/actions';
import { DossierListQuerySchema } from '../../domain/schemas/dossier-queries';
import { OpenDossierSchema } from '../../domain/schemas/open-dossier';
import { listDossiers } from '../../store/dossier-search';
import type { Guard } from '../access/guard';
import { principalOf } from '../auth/authenticate';
import type { DossierService } from '../dossiers/dossier-service';
import { ApiError, notFound } from '../errors';
import { ifMatchOf } from '../dossiers/if-match';
import { updateIdOf } from '../dossiers/update-id';
import { parse, parsePrintable, pageOf } from '../parse';
import { checkUnitReferences } from '../unit-references';
import type { Sql } from 'postgres';
import type { UnitTree } from '../../store/unit-tree';


function dossierIdOf(raw: string | string[] | undefined): string {
  const result = DossierIdSchema.safeParse(raw);
  if (!result.success) throw notFound();
  return result.data;
}

/** A role that owns an action under no regime is refused before the dossier is even looked up. */
const mayEverTake = (action: ActionId, role: Role) => Object.values(regimes).some((regime) => roleMayTake(regime, action, role));

export interface DossierRouteDeps {
  dossiers: DossierService;
  guard: Guard;
  units: UnitTree;
  sql: Sql;
}

export function dossierRoutes({ dossiers, guard, units, sql }: DossierRouteDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const principal = principalOf(res);
    const reach = await guard.reach('dossier.list', principal);
    const query = parse(DossierListQuerySchema, req.query);
    const unitScope = query.unit ? await units.descendants(query.unit) : undefined;
    res.json(await pageOf(() => listDossiers(sql, reach, query, unitScope)));
  });

  router.post('/', async (req, res) => {
    const principal = principalOf(res);
    guard.scope('dossier.open', principal); // 403 before the body is even read
    const key = req.get('idempotency-key');
    const sameRequest = key === undefined ? undefined : `${principal.userId}\n${key}\n${JSON.stringify(req.body)}`;
    const view = await dossiers.open(parsePrintable(OpenDossierSchema, req.body), principal, sameRequest);
    await answer(res.status(201).location(`${req.baseUrl}/${view.dossierId}`), view);
  });

  /** A view of the dossier for its caller, with its version as the ETag an action's If-Match names. */
  async function answer(res: Response, view: DossierView): Promise<void> {
    const { userId, role, unitCode } = principalOf(res);
    const calendar = new WorkingCalendar(await loadCalendarYears(sql));
    const unitNames = await units.namesOf(unitCodesOf(view));
    res.set('ETag', etagOf(view)).json(presentDossier(view, { userId, role, unitCode }, calendar, civilDateAt(new Date()), unitNames));
  }

  router.get('/:id', async (req, res) => {
    await answer(res, await dossiers.read(dossierIdOf(req.params.id), principalOf(res)));
  });

  // Checked in order (docs/decisions/0007): the action exists, the role may ever take it (403), the dossier is within
  // reach (404), it is not closed (409), the body is valid (422); the workflow's validator then answers for the
  // dossier's step and state (409).
  router.post('/:id/actions/:action', async (req, res) => {
    const dossierId = dossierIdOf(req.params.id);
    const action = req.params.action as ActionId;
    if (!actionIds.includes(action)) {
      throw new ApiError(404, 'unknown-action', `Không có thao tác "${req.params.action}".`);
    }
    const principal = principalOf(res);
    if (!mayEverTake(action, principal.role)) {
      throw new ApiError(403, 'role-not-permitted', 'Vai trò của bạn không được thực hiện thao tác này.', `Role ${principal.role} never takes ${action}.`);
    }
    await dossiers.authorize('dossier.act', dossierId, principal);
    await dossiers.refuseIfClosed(dossierId, action, principal);
    const input = parseActionInput(action, req.body, parsePrintable);
    // The units named must be in force on the event's day: the day entered, or today, as the workflow dates it.
    await checkUnitReferences(input.body, sql, input.body.occurredOn ?? civilDateAt(new Date()));
    const ifMatch = ifMatchOf(req.get('if-match'));
    if (ifMatch) await dossiers.checkVersion(dossierId, ifMatch);
    const { userId, role, unitCode } = principal;
    const idempotencyKey = req.get('idempotency-key');
    const updateId = updateIdOf({ userId, action, body: input.body, ...(idempotencyKey ? { idempotencyKey } : {}), ...(ifMatch ? { ifMatch } : {}), now: new Date() });
    await answer(res, await dossiers.act(dossierId, { ...input, actor: { userId, role, unitCode } }, updateId));
  });

  return router;
}
