import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Paths the API answers itself; everything else that asks for a page gets the console. */
const API_PATHS = /^\/(api|healthz|readyz)(\/|$)/;

/**
 * The console's production build at `/`. Hashed assets are cached for a year (a weak connection downloads them
 * once); `index.html` and the service worker are revalidated every time, so a new release is picked up at once.
 * Any other page path answers `index.html`, where the console's router takes over. Without a build (an API-only
 * deployment, or `npm run` before the first build) nothing is served here.
 */
export function webConsole(dir: string): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return router;
  router.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, file) => {
        const hashed = file.startsWith(path.join(dir, 'assets') + path.sep);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
