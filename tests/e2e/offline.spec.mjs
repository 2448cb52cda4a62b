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
  // One more online load so the feed passes through the service worker and is cached.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${feed.publisher.township}政务公开`);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${feed.publisher.township}政务公开`);
  await expect(page.locator('main .data-version')).toContainText(`第 ${feed.version} 版`);
  // A page never opened before also works: it is the same app with the cached feed.
  const item = feed.items[0];
  await page.goto(`./item/${item.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name);
  await context.setOffline(false);
});
