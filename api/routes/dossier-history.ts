import { Router } from 'express';
import type { Sql } from 'postgres';
import { DossierIdSchema } from '../../domain/dossier/dossier-id';
import { DossierHistoryQuerySchema } from '../../domain/schemas/dossier-history';
import { dossierHistory } from '../../store/dossier-history';
import { describeForAudit } from '../audit/audit-trail';
import { principalOf } from '../auth/authenticate';
import type { DossierService } from '../dossiers/dossier-service';
import { notFound } from '../errors';
import { pageOf, parse } from '../parse';

/**
 * GET /api/v1/dossiers/:id/history: who did or read what to the dossier, and when, from the audit trail. For the
 * supervisors whose area holds the dossier and for the commune police unit that owns it (domain/access.ts
 * `dossier.history.read`); everyone else is refused as for the dossier itself. Reading the history is audited too.
 */
export function dossierHistoryRoutes({ dossiers, sql }: { dossiers: DossierService; sql: Sql }): Router {
  const router = Router({ mergeParams: true });
  router.get('/', async (req, res) => {
    const parsed = DossierIdSchema.safeParse((req.params as Record<string, string>).id);
    if (!parsed.success) throw notFound();
    const dossierId = parsed.data;
    describeForAudit(res, { action: 'dossier.history.read', dossierId });
    await dossiers.authorize('dossier.history.read', dossierId, principalOf(res));
    const query = parse(DossierHistoryQuerySchema, req.query);
    res.json(await pageOf(() => dossierHistory(sql, dossierId, query)));
  });
  return router;
}
