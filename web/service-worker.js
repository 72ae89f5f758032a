/**
 * Lets the app open without a connection after one online visit (the scanning station keeps taking
 * scans offline; without this, a reload while offline showed the browser's error page). Built by the
 * `serviceWorker` plugin in vite.config.ts, which fills in the build's files and a version derived
 * from their (content-hashed) names, so each build gets its own cache and old ones are dropped.
 *
 * - Pages (navigations): the network first, so a deployment is picked up at once; the last app shell
 *   (index.html, the same for every page) when the network fails.
 * - /static/ (JS, CSS, the barcode reader's .wasm): from the cache, fetched once; names change with
 *   their content.
 * - /api/: never handled nor cached; the station keeps its own queue (IndexedDB) and data stays fresh.
 */
const VERSION = '__QM_VERSION__';
const PRECACHE = __QM_PRECACHE__;
const CACHE = `qm-shell-${VERSION}`;
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...PRECACHE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('qm-shell-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirstPage(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Every page is the same shell: keep the newest one for offline use.
    if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (err) {
    const shell = await cache.match(SHELL);
    if (shell) return shell;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstPage(request));
  else if (url.pathname.startsWith('/static/')) event.respondWith(cacheFirst(request));
});
