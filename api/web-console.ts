import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Request } from 'express';

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
  const assets = path.join(dir, 'assets');
  // The build's Brotli or gzip copy of a script or style sheet (scripts/web/build-console.ts), when the browser takes it.
  router.get(/^\/assets\/[^/]+\.(js|css)$/, (req, res, next) => {
    const file = path.join(assets, path.basename(req.path));
    const encoding = precompressed(req, file);
    if (!encoding) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(path.extname(file));
    res.sendFile(encoding.file, (error) => error && next(error));
  });
  router.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, file) => {
        const hashed = file.startsWith(path.join(dir, 'assets') + path.sep);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  // A middleware, not a route for every path: Express answers OPTIONS itself for a path a route matches (200,
  // `Allow: GET, HEAD`), and that would answer the Temporal UI's CORS preflight before the codec server does.
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

/** The precompressed copy of `file` that the request accepts, Brotli first. */
function precompressed(req: Request, file: string): { name: 'br' | 'gzip'; file: string } | undefined {
  for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (req.acceptsEncodings(name) === name && existsSync(file + suffix)) return { name, file: file + suffix };
  }
  return undefined;
}
