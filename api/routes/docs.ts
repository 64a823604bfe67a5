import path from 'node:path';
import express, { Router } from 'express';
import { openApiDocument } from '../openapi';

const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

/** `/api/openapi.json` and an interactive page at `/api/docs`, served from the npm package (no CDN). */
export function docsRoutes(serverUrl: string): Router {
  const router = Router();
  const document = openApiDocument(serverUrl);
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>hoso API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/setup.js"></script>
</body></html>`);
  });
  // A file, not an inline script: the Content-Security-Policy (api/security-headers.ts) runs only this origin's files.
  router.get('/docs/setup.js', (_req, res) => {
    res.type('js').send("SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', persistAuthorization: true });\n");
  });
  router.use('/docs/assets', express.static(swaggerUiDir, { index: false }));
  return router;
}
