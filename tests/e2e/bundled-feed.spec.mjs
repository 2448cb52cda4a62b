// The sample feed bundled with the portal (public/data/feed.json) loads and renders: every
// other spec uses the dev feed, this one uses exactly what the server serves.
import { test, expect } from '@playwright/test';
import { EIGHT } from './pages/item.mjs';

test('the bundled feed loads: home, an item with all eight sections, and a record', async ({ page, request }) => {
  const served = await request.get('./data/feed.json');
  expect(served.ok()).toBe(true);
  const feed = await served.json();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${feed.publisher.township}政务公开`);
  await expect(page.locator('main .data-version')).toContainText(`第 ${feed.version} 版`);
  await expect(page.getByRole('region', { name: '按服务大厅找' }).getByRole('link')).toHaveCount(feed.halls.length);

  const item = feed.items[0];
  await page.goto(`./item/${item.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name);
  const titles = (await page.locator('.screen-guide section.disclosure > h2').allTextContents()).slice(0, 8);
  expect(titles).toEqual(EIGHT.map((t, i) => `${'一二三四五六七八'[i]}、${t}`));

  const record = feed.records.find((r) => r.tables && r.tables.length) || feed.records[0];
  await page.goto(`./record/${record.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.title);
  await expect(page.getByRole('table')).toHaveCount((record.tables || []).length);
  expect(errors).toEqual([]);
});
