// 公开 — service worker: pages once visited open without a network.
//
// - The app shell (index.html and the hashed .js/.wasm/.css it references) is cached at install,
//   by reading index.html, so the first visit is enough to work offline afterwards.
// - Hashed assets never change under the same name: cache first.
// - The data files (data/feed.json and the search pinyin data/search-pinyin.json) change with
//   every publish: network first, the cached copy only when the network fails, so residents never
//   see an old feed while online. They are cached at install too, so the first visit is enough.
// - Page addresses (/item/…, /search?…) are the single-page app: network first, else the cached
//   index.html (or, for an item page written at publish time, that page as it was cached).
// Everything is scoped to this file's folder, so a build under a sub-path works the same way.

const CACHE = 'gongkai-shell-v1';
const SCOPE = new URL('./', self.location).href;
const INDEX = SCOPE + 'index.html';
const DATA = [SCOPE + 'data/feed.json', SCOPE + 'data/search-pinyin.json'];

/** The .js/.wasm/.css files an index.html refers to (trunk's hashed names, boot scripts). */
function shellAssets(html) {
  const urls = new Set();
  for (const m of html.matchAll(/(?:href|src)=["']?([^"'\s>]+\.(?:js|wasm|css))|'([^']+\.(?:js|wasm))'/g)) {
    urls.add(new URL(m[1] || m[2], SCOPE).href);
  }
  return urls;
}

/** Drops cached hashed files that the current index.html no longer refers to (old builds). */
async function prune(cache, html) {
  const keep = shellAssets(html);
  for (const request of await cache.keys()) {
    if (/\.(?:js|wasm|css)$/.test(new URL(request.url).pathname) && !keep.has(request.url)) await cache.delete(request);
  }
}

async function cacheShell() {
  const cache = await caches.open(CACHE);
  // index.html by name: the site's root may answer with the home page written at publish time.
  const response = await fetch(INDEX, { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(INDEX, response);
  await Promise.all([...shellAssets(html), ...DATA].map((u) => cache.add(new Request(u, { cache: 'no-cache' })).catch(() => undefined)));
  await prune(cache, html);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gongkai-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, fallbackKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(fallbackKey || request, response.clone());
    }
    return response;
  } catch (err) {
    const cached = await cache.match(fallbackKey || request);
    if (cached) return cached;
    throw err;
  }
}

/** A page address: network first. The app's index.html answers every address offline; a page
 * written at publish time (home.html, item/<id>.html, the results page's frame search.html,
 * `gongkai index --pages`) is kept under its own address only, so it never stands in for another page. */
async function page(request) {
  const cache = await caches.open(CACHE);
  const own = request.url.split('#')[0];
  try {
    const response = await fetch(request);
    if (response.ok) {
      const html = await response.clone().text();
      if (html.includes('data-prerendered')) {
        await cache.put(own, response.clone());
      } else {
        await cache.put(INDEX, response.clone());
        // A new page shell may come with a new build: forget the files of older builds.
        prune(cache, html).catch(() => undefined);
      }
    }
    return response;
  } catch (err) {
    const cached = (await cache.match(own)) || (await cache.match(INDEX));
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  const data = url.href.split('?')[0];
  if (DATA.includes(data)) {
    event.respondWith(networkFirst(request, data));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (/\.(?:js|wasm|css)$/.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  }
});
