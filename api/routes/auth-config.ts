import { Router } from 'express';
import type { AuthConfig } from '../../domain/schemas/auth';

/**
 * `GET /api/v1/auth/config`: how the console signs in (the development sign-in or the OIDC provider). Public, like
 * the sign-in page it decides: asked before anyone is signed in.
 */
export function authConfigRoutes(config: AuthConfig): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    // Revalidated on every load, so that a change of provider reaches the console with its next visit.
    res.set('Cache-Control', 'no-cache').json(config);
  });
  return router;
}
