// Offline once visited: after one visit the service worker serves the app shell and the last
// feed, so a resident with no signal can still open the page (and a page never visited).
// This test lets the service worker run (the others block it) and uses the feed the server
// really serves.
import { test, expect } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after one visit the portal opens without a network, including another page', async ({ page, context, request }) => {
  const served = await request.get('./data/feed.json');
  expect(served.ok(), 'the server bundles a feed at data/feed.json').toBe(true);
  const feed = await served.json();

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${feed.publisher.township}政务公开`);
  // Wait until the service worker controls the page and has cached the shell.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return reg.active && reg.active.state;
  });
  // The first visit is enough: the install step cached the shell, the wasm and the data.
  const cached = await page.evaluate(async () => {
    const keys = await (await caches.open('gongkai-shell-v1')).keys();
    return keys.map((r) => new URL(r.url).pathname);
  });
  expect(cached.some((p) => p.endsWith('.wasm')), `wasm cached at install: ${cached}`).toBe(true);
  expect(cached).toEqual(expect.arrayContaining(['/data/feed.json', '/data/search-pinyin.json', '/index.html']));

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${feed.publisher.township}政务公开`);
  await expect(page.locator('main .data-version')).toContainText(`第 ${feed.version} 版`);
  // A page never opened before also works: it is the same app with the cached feed.
  const item = feed.items[0];
  await page.goto(`./item/${item.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name);
  // Pinyin search works offline too (the sidecar is cached with the feed).
  await page.goto('./search?q=dibao');
  await expect(page.locator('ol.results .result-title a').first()).toHaveText('最低生活保障审核确认');
  await context.setOffline(false);
});
