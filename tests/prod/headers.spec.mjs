//! What the production server (deploy/nginx.conf serving the release build) promises a browser:
//! caching that never serves a stale page, a Content-Security-Policy that still lets the wasm
//! start, brotli for every text asset, deep links that open the app, and honest 404s for data.
//!
//! HTTP-level checks use Playwright's request API; the last tests open the page in Chromium, which
//! is the only way to know the CSP really lets the release build start (and that wasm-opt did not
//! corrupt it: the page would throw at start-up).

import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const FRAME_ANCESTORS = ["'self'", ...(process.env.GONGKAI_FRAME_ANCESTORS ?? '').split(/\s+/).filter(Boolean)];

/** Parses a CSP header into a Map of directive → list of sources. */
function parseCsp(header) {
  const map = new Map();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/**
 * Reads the release page and returns the URLs of its content-hashed files: the start-up scripts
 * the build moved out of index.html (boot-<hash>.js, one of them trunk's loader), the wasm-bindgen
 * JS and wasm the loader imports, and the stylesheets.
 */
async function shellAssets(request) {
  const page = await request.get('/');
  expect(page.status()).toBe(200);
  const html = await page.text();
  const boot = tags(html, 'script').map((t) => t.src).filter(Boolean);
  expect(boot.length, 'index.html loads its start-up scripts from files').toBeGreaterThan(0);
  for (const src of boot) expect(src).toMatch(/boot-[0-9a-f]{16}\.js$/);
  let js, wasm;
  for (const src of boot) {
    const text = await (await request.get(src)).text();
    js ??= /from\s+'([^']+\.js)'/.exec(text)?.[1];
    wasm ??= /'([^']+_bg\.wasm)'/.exec(text)?.[1];
  }
  expect(js, 'a boot script imports the wasm-bindgen JS').toBeTruthy();
  expect(wasm, 'a boot script names the wasm module').toBeTruthy();
  const css = tags(html, 'link').filter((t) => t.rel === 'stylesheet').map((t) => t.href);
  return { html, boot, js, wasm, css };
}

/**
 * The attributes of every `<name …>` start tag in html, as objects. trunk's release minifier drops
 * quotes where it can (`<script type=module src=…>`), so attribute values are read in all three
 * HTML forms: "double", 'single' and bare.
 */
function tags(html, name) {
  const out = [];
  for (const [, attrs] of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const map = {};
    for (const [, key, v1, v2, v3] of attrs.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      map[key.toLowerCase()] = v1 ?? v2 ?? v3 ?? '';
    }
    out.push(map);
  }
  return out;
}

const sha = (buf) => createHash('sha256').update(buf).digest('hex');

test.describe('the page itself (index.html)', () => {
  test('is revalidated on every visit and answers 304 when unchanged', async ({ request }) => {
    const res = await request.get('/');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers()['cache-control']).toBe('no-cache');
    const etag = res.headers()['etag'];
    expect(etag, 'an ETag to revalidate with').toBeTruthy();
    const again = await request.get('/', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });

  test('carries nosniff, a strict referrer policy and no server version', async ({ request }) => {
    const h = (await request.get('/')).headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['server'] ?? '').not.toMatch(/\d/);
  });

  test('has a CSP that allows only our own scripts plus wasm compilation, nothing inline', async ({ request }) => {
    const csp = parseCsp((await request.get('/')).headers()['content-security-policy']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(new Set(csp.get('script-src'))).toEqual(new Set(["'self'", "'wasm-unsafe-eval'"]));
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    for (const [name, sources] of csp) {
      expect(sources, `${name} must not allow eval`).not.toContain("'unsafe-eval'");
      if (name !== 'style-src') expect(sources, `${name} must not allow inline code`).not.toContain("'unsafe-inline'");
      expect(sources, `${name} must not allow any origin`).not.toContain('*');
    }
  });

  test('may be framed only by itself and the configured county origins', async ({ request }) => {
    const csp = parseCsp((await request.get('/')).headers()['content-security-policy']);
    expect(csp.get('frame-ancestors')).toEqual(FRAME_ANCESTORS);
  });

  test('contains no inline script: the build moved it to a hashed file with integrity', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs, body]) => !/\bsrc=/.test(attrs) && body.trim() !== '',
    );
    expect(inline).toEqual([]);
    const scripts = tags(html, 'script');
    expect(scripts.filter((t) => t.type === 'module'), 'one module script: trunk\'s loader').toHaveLength(1);
    for (const t of scripts) {
      expect(t.src, 'every script is a hashed file').toMatch(/boot-[0-9a-f]{16}\.js$/);
      expect(t.integrity, 'with subresource integrity').toMatch(/^sha384-[A-Za-z0-9+/=]+$/);
    }
  });
});

test.describe('subresource integrity', () => {
  test('every hash in index.html matches the bytes served, and the JS glue is minified', async ({ request }) => {
    const { js } = await shellAssets(request);
    // A page the app draws (`/` is the page written at publish time, without trunk's preloads).
    const html = await (await request.get('/search')).text();
    const pinned = [...tags(html, 'script'), ...tags(html, 'link')].filter((t) => t.integrity);
    expect(pinned.map((t) => t.src ?? t.href), 'boot scripts, stylesheet, JS glue and wasm').toEqual(
      expect.arrayContaining([expect.stringMatching(/\.css$/), js, expect.stringMatching(/_bg\.wasm$/)]),
    );
    for (const t of pinned) {
      const url = t.src ?? t.href;
      const body = await (await request.get(url, { headers: { 'accept-encoding': 'identity' } })).body();
      const [algo, want] = t.integrity.split('-');
      expect(`${algo}-${createHash(algo).update(body).digest('base64')}`, url).toBe(t.integrity);
    }
    // scripts/minify-glue.mjs ran: wasm-bindgen's commented, indented glue is ~50 KB.
    const glue = await (await request.get(js)).text();
    expect(glue.length, 'minified glue').toBeLessThan(30_000);
    expect(glue, 'no comments left').not.toMatch(/^\s*(\/\/|\*)/m);
  });
});

test.describe('content-hashed files', () => {
  test('are cached for a year as immutable, with the right MIME types', async ({ request }) => {
    const { boot, js, wasm, css } = await shellAssets(request);
    expect(css.length, 'the portal has a stylesheet').toBeGreaterThan(0);
    const expected = [
      ...boot.map((b) => [b, 'text/javascript; charset=utf-8']),
      [js, 'text/javascript; charset=utf-8'],
      [wasm, 'application/wasm'],
      ...css.map((c) => [c, 'text/css; charset=utf-8']),
    ];
    for (const [url, type] of expected) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['cache-control'], url).toBe(IMMUTABLE);
      expect(res.headers()['content-type'], url).toBe(type);
      expect(res.headers()['x-content-type-options'], url).toBe('nosniff');
    }
  });

  test('wasm is sent brotli-compressed to browsers that accept br, gzip to the rest, raw otherwise', async ({ request }) => {
    const { wasm } = await shellAssets(request);
    const raw = await request.get(wasm, { headers: { 'Accept-Encoding': 'identity' } });
    expect(raw.headers()['content-encoding']).toBeUndefined();
    const rawBody = await raw.body();
    expect([...rawBody.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]); // "\0asm"

    const br = await request.get(wasm, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers()['content-encoding']).toBe('br');
    expect(br.headers()['content-type']).toBe('application/wasm');
    expect(br.headers()['vary']).toMatch(/Accept-Encoding/i);
    expect(Number(br.headers()['content-length'])).toBeLessThan(rawBody.length);
    // Playwright decodes the body: the .br file must hold exactly this build's wasm.
    expect(sha(await br.body())).toBe(sha(rawBody));

    const gz = await request.get(wasm, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers()['content-encoding']).toBe('gzip');
    expect(Number(gz.headers()['content-length'])).toBeGreaterThan(Number(br.headers()['content-length']));
    expect(sha(await gz.body())).toBe(sha(rawBody));
  });

  test('every text file of the app shell (256 bytes or more) is sent with brotli and matches the original', async ({ request }) => {
    const { boot, js, css } = await shellAssets(request);
    for (const url of ['/', ...boot, js, ...css]) {
      const raw = await (await request.get(url, { headers: { 'Accept-Encoding': 'identity' } })).body();
      // Below nginx's brotli_min_length a compressed copy is not worth a header; the wasm, JS, CSS
      // and page are always far above it.
      if (raw.length < 256) continue;
      const br = await request.get(url, { headers: { 'Accept-Encoding': 'br' } });
      expect(br.headers()['content-encoding'], url).toBe('br');
      expect(sha(await br.body()), url).toBe(sha(raw));
    }
  });

  test('a missing hashed file is a 404, never the page (which would be cached for a year)', async ({ request }) => {
    const res = await request.get('/gongkai-portal-0123456789abcdef_bg.wasm');
    expect(res.status()).toBe(404);
    expect(res.headers()['cache-control'] ?? '').not.toContain('immutable');
    expect(res.headers()['content-type'] ?? '').not.toContain('wasm');
  });
});

test.describe('routes and data', () => {
  test('deep links with no written page such as /item/abc open the app (SPA fallback)', async ({ request }) => {
    const home = await (await request.get('/index.html')).text();
    for (const url of ['/item/abc', `/hall/${encodeURIComponent('没有')}?q=1`, '/record/some-id/']) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.headers()['cache-control'], url).toBe('no-cache');
      expect(res.headers()['content-security-policy'], url).toContain("frame-ancestors 'self'");
      expect(await res.text(), url).toBe(home);
    }
  });

  test('a missing file under /data/ is a real 404, not the page', async ({ request }) => {
    const res = await request.get('/data/missing.json');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type'] ?? '').not.toContain('json');
    expect(await res.text()).not.toContain('boot-');
  });

  test('the published feed is revalidated, compressed on the fly and readable by other sites', async ({ request }) => {
    const res = await request.get('/data/feed.json', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers()['cache-control']).toBe('no-cache');
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['content-encoding']).toBe('br');
    const feed = JSON.parse(await res.text());
    expect(feed.format).toBe('gongkai-feed/1');
    const etag = res.headers()['etag'];
    expect(etag, 'an ETag to revalidate with').toBeTruthy();
    const again = await request.get('/data/feed.json', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });
});

test.describe('pages written at publish time (home.html, about.html, item/, record/)', () => {
  test('/, /about, /item/<id> and /record/<id> are their written pages, revalidated, compressed, never a stale .br', async ({ request }) => {
    const feed = await (await request.get('/data/feed.json')).json();
    const pages = [
      ['/', `${feed.publisher.township}政务公开`, 'id="home-title"'],
      [`/item/${feed.items[0].id}`, feed.items[0].name, ''],
      [`/record/${feed.records[0].id}`, feed.records[0].title, ''],
      ['/about', '关于本站', ''],
      ['/search?q=%E4%BD%8E%E4%BF%9D', '查找办事指南和公开信息', ''],
    ];
    for (const [path, name, id] of pages) {
      const res = await request.get(path, { headers: { 'Accept-Encoding': 'br' } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.headers()['cache-control'], path).toBe('no-cache');
      expect(res.headers()['content-encoding'], path).toBe('br');
      expect(res.headers()['content-security-policy'], path).toContain("script-src 'self'");
      const html = await res.text();
      expect(html, path).toContain('data-prerendered');
      expect(html, path).toContain(`<h1${id ? ` ${id}` : ''} tabindex="-1">${name}</h1>`);
    }
    // Compressed on the fly, never from a .br/.gz beside them: `gongkai index` rewrites the pages
    // at every publish and an older compressed copy would be sent instead.
    for (const page of ['home.html', 'about.html', 'search.html']) {
      expect(existsSync(new URL(`../../dist/${page}`, import.meta.url)), page).toBe(true);
      expect(existsSync(new URL(`../../dist/${page}.br`, import.meta.url)), `${page}.br`).toBe(false);
    }
    for (const dir of ['item', 'record', 'hall', 'village']) {
      const files = readdirSync(new URL(`../../dist/${dir}/`, import.meta.url));
      expect(files.length, dir).toBeGreaterThan(0);
      expect(files.filter((f) => !f.endsWith('.html')), dir).toEqual([]);
    }
    // No written page: the app, as before.
    const app = await request.get('/item/no-such-item');
    expect(await app.text()).not.toContain('data-prerendered');
    expect(await app.text()).toContain('id="boot"');
  });
});

test.describe('page views (data/view/)', () => {
  test('are published beside the feed and served like it: JSON, revalidated, compressed', async ({ request }) => {
    const feed = await (await request.get('/data/feed.json')).json();
    for (const path of ['/data/view/meta.json', '/data/view/home.json', `/data/view/item/${feed.items[0].id}.json`, `/data/view/record/${feed.records[0].id}.json`]) {
      const res = await request.get(path, { headers: { 'Accept-Encoding': 'br' } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toBe('application/json; charset=utf-8');
      expect(res.headers()['cache-control'], path).toBe('no-cache');
      expect(res.headers()['content-encoding'], path).toBe('br');
      const body = JSON.parse(await res.text());
      if (path.endsWith('meta.json')) expect(body.version).toBe(feed.version);
      else expect(body.feed_version, path).toBe(feed.version);
    }
    expect((await request.get('/data/view/item/no-such-item.json')).status()).toBe(404);
  });
});

test.describe('in Chromium', () => {
  test('an item page downloads its preloaded part once and the whole feed only after it is shown', async ({ page, request }) => {
    const feed = await (await request.get('/data/feed.json')).json();
    const item = feed.items[0];
    const seen = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/data/')) seen.push(path);
    });
    await page.goto(`/item/${item.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name);
    await expect.poll(() => seen.includes('/data/feed.json')).toBe(true);
    const count = (p) => seen.filter((s) => s === p).length;
    // The preload in index.html and the app's own request are one download (same mode, same cache).
    expect(count('/data/view/meta.json'), seen.join(' ')).toBe(1);
    expect(count(`/data/view/item/${item.id}.json`), seen.join(' ')).toBe(1);
    expect(count('/data/feed.json'), seen.join(' ')).toBe(1);
    expect(seen.indexOf('/data/feed.json')).toBeGreaterThan(seen.indexOf(`/data/view/item/${item.id}.json`));
  });

  /** Records CSP violations, uncaught errors and whether trunk's start-up finished. */
  async function openAndStart(page, url) {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
      window.__started = false;
      addEventListener('TrunkApplicationStarted', () => (window.__started = true));
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__started || window.__csp.length > 0, null, { timeout: 30_000 }).catch(() => {});
    return { errors, csp: await page.evaluate(() => window.__csp), started: await page.evaluate(() => window.__started) };
  }

  for (const url of ['/', '/item/abc']) {
    test(`the release build starts at ${url} under the CSP without a violation or error`, async ({ page }) => {
      const { errors, csp, started } = await openAndStart(page, url);
      expect(csp, 'CSP violations').toEqual([]);
      expect(errors, 'uncaught errors (a wasm-opt-corrupted module throws here)').toEqual([]);
      expect(started, 'trunk fired TrunkApplicationStarted').toBe(true);
      // The app rendered its page: every page of the portal has one main landmark.
      await expect(page.locator('main')).toHaveCount(1);
    });
  }
});
