// The portal's own router (src/router.rs): in-app links change the page without reloading it,
// while everything a browser user expects of links keeps working — a new tab with Ctrl/⌘,
// #fragment links inside a page, starting a new page at the top, and back/forward.
import { test, expect, devFeed } from './fixtures.mjs';
import { HomePage } from './pages/home.mjs';

test('an in-app link changes the page without loading the app again, and starts at the top', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await page.evaluate(() => { window.__sameDocument = true; });
  const hall = home.halls.first();
  await hall.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const name = (await hall.textContent()).trim();
  await hall.click();
  await expect(page).toHaveURL(/\/hall\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(name.slice(0, 4)));
  expect(await page.evaluate(() => window.__sameDocument), 'no page load').toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(home.halls.first()).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument), 'back is in the same app too').toBe(true);
});

test('Ctrl-click opens a link in a new tab and leaves this page alone', async ({ page, context }) => {
  const home = new HomePage(page);
  await home.open();
  const before = page.url();
  const [tab] = await Promise.all([context.waitForEvent('page'), home.halls.first().click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/\/hall\//);
  expect(page.url()).toBe(before);
  await tab.close();
});

test('a #fragment link inside a page jumps to its section and keeps the page', async ({ page }) => {
  const item = devFeed.items[0];
  await page.goto(`./item/${item.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name);
  await page.evaluate(() => { window.__marker = document.querySelector('main h1'); });
  const toc = page.getByRole('navigation', { name: '八个公开目录' });
  await toc.getByRole('link').nth(5).click();
  await expect(page).toHaveURL(new RegExp(`/item/${item.id}#`));
  // Same elements: the page was not drawn again.
  expect(await page.evaluate(() => window.__marker === document.querySelector('main h1'))).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('an address that is not a page of the portal shows the not-found page, ids are decoded', async ({ page }) => {
  await page.goto('./item/a/b');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/找不到/);
  await page.goto('./hall/' + encodeURIComponent('不存在'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/找不到/);
});
