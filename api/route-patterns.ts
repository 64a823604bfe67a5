/** What Express 5's router (router 2.3) tells of itself: its routes, and the routers mounted on it. */
interface ListsRoutes {
  listRoutes(): Array<{ path: string | RegExp; router?: unknown }>;
}

function listsRoutes(router: unknown): router is ListsRoutes {
  return typeof (router as Partial<ListsRoutes> | undefined)?.listRoutes === 'function';
}

/** A request that matches no route of the API (the console's pages and assets, an unknown path). */
export const UNMATCHED = '(unmatched)';

/**
 * The route pattern a request's path matches, such as `/api/v1/dossiers/:id/actions/:action`: what logs and metrics
 * name a request by. The path itself can carry what a caller typed (a search in the query, a name in a bad URL), and
 * one label per dossier id would grow the metrics without end. Patterns are the app's routes, read once from its
 * router with its mounted routers' prefixes; the first one that matches wins, as in Express.
 */
export function routePatternsOf(router: unknown): (path: string) => string {
  let patterns: string[][] | undefined;
  return (path) => {
    patterns ??= listPatterns(router, '');
    const segments = segmentsOf(path.split('?')[0] ?? '');
    const matched = patterns.find((pattern) => matches(pattern, segments));
    return matched ? `/${matched.join('/')}` : UNMATCHED;
  };
}

function listPatterns(router: unknown, prefix: string): string[][] {
  if (!listsRoutes(router)) return [];
  return router.listRoutes().flatMap(({ path, router: mounted }) => {
    // A RegExp route (the console's fallback) names no pattern worth a label.
    if (typeof path !== 'string') return [];
    const full = `${prefix}${path === '/' ? '' : path}`;
    return mounted ? listPatterns(mounted, full) : [segmentsOf(full)];
  });
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matches(pattern: string[], segments: string[]): boolean {
  return (
    pattern.length === segments.length &&
    pattern.every((part, index) => part.startsWith(':') || part.toLowerCase() === segments[index]?.toLowerCase())
  );
}
