import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers, with a Content-Security-Policy the console (web/, built by Vite) works under:
 * - scripts: the build's own files only; Vite emits no inline script, and the API docs page loads its setup from a file;
 * - styles: own files, and inline styles, which Ant Design writes at run time (CSS-in-JS) and the verify page carries;
 * - connections and frames: this origin, and with OIDC the provider's (its discovery and token endpoints, and the
 *   hidden frame that renews the token); frames also `blob:`, where the console shows and prints a PDF it fetched
 *   with its token (Chromium's viewer works there under `object-src 'none'`);
 * - images and fonts: own files and `data:` URLs; the service worker is `/sw.js`, of this origin.
 * HSTS and upgrade-insecure-requests only when the public URL is https: on plain http (development) they would break
 * every request.
 */
export function securityHeaders({ publicUrl, oidcAuthority }: { publicUrl: string; oidcAuthority?: string }): RequestHandler {
  const https = publicUrl.startsWith('https:');
  const provider = oidcAuthority ? [new URL(oidcAuthority).origin] : [];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...provider],
        frameSrc: ["'self'", 'blob:', ...provider],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/**
 * `Cache-Control: no-store` on every signed-in answer: they carry names, ID numbers and what happened to people, which
 * no browser cache or proxy on the way may keep. A route that sets its own caching keeps it.
 */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.set('Cache-Control', 'no-store');
  next();
}
