import { Router } from 'express';
import { z } from 'zod';
import { actionIds, type ActionId } from '../../domain/procedure/types';
import { actionBodySchemas } from '../../domain/schemas/actions';
import { OpenDossierSchema } from '../../domain/schemas/open-dossier';
import { principalOf } from '../auth/authenticate';
import type { DossierService } from '../dossiers/dossier-service';
import { ApiError, notFound, validationError } from '../errors';

const DossierId = z.uuid();

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function dossierIdOf(raw: string | string[] | undefined): string {
  const result = DossierId.safeParse(raw);
  if (!result.success) throw notFound();
  return result.data;
}

export function dossierRoutes(dossiers: DossierService): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const input = parse(OpenDossierSchema, req.body);
    const view = await dossiers.open(input, principalOf(res));
    res.status(201).location(`${req.baseUrl}/${view.dossierId}`).json(view);
  });

  router.get('/:id', async (req, res) => {
    res.json(await dossiers.read(dossierIdOf(req.params.id), principalOf(res)));
  });

  router.post('/:id/actions/:action', async (req, res) => {
    const dossierId = dossierIdOf(req.params.id);
    const action = req.params.action as ActionId;
    if (!actionIds.includes(action)) {
      throw new ApiError(404, 'unknown-action', `Không có thao tác "${req.params.action}".`);
    }
    const body = parse(actionBodySchemas[action], req.body);
    const { userId, role, unitCode } = principalOf(res);
    res.json(await dossiers.act(dossierId, { action, actor: { userId, role, unitCode }, body }));
  });

  return router;
}
