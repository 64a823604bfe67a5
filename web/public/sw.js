// The console's service worker: keeps the app shell so that it opens, and every screen loads, on a weak or lost
// connection.
// - At install, the whole build is cached: index.html and every asset, so that a screen not opened yet still opens
//   offline. The build writes the list and its own version into this file (scripts/web/build-console.ts), so each
//   release installs afresh and drops the last one's cache.
// - /assets/* are content-hashed: served from the cache once fetched (a new release has new names).
// - A page (navigation) goes to the network first, and falls back to the cached shell when offline.
// - The API is never cached here: what a dossier says must come from the server (TanStack Query keeps reads).
const BUILD = '__HOSO_BUILD__';
const PRECACHE = ['/', '/favicon.svg' /* __HOSO_ASSETS__ */];
const SHELL = `hoso-shell-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (event.request.mode === 'navigate') {
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          const copy = response.clone();
          void caches.open(SHELL).then((cache) => cache.put('/', copy));
          return response;
        })
        .catch(() => caches.match('/').then((cached) => cached ?? Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(event.request).then(
        (cached) =>
          cached ??
          fetch(event.request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(SHELL).then((cache) => cache.put(event.request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
