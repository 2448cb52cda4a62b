// Page views (data/view/, written by `gongkai index --views`): a page opened from a link shows
// from its own small part before the whole feed has arrived, draws exactly what the whole feed
// draws, and falls back to the whole feed whenever a part is missing, stale or broken.
// Uses the bundled sample and the views the build wrote for it (not the dev feed).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sample = JSON.parse(readFileSync(new URL('../../public/data/feed.json', import.meta.url), 'utf8'));
const ITEM = sample.items.find((i) => sample.records.some((r) => (r.related_items || []).includes(i.id)));
const REPEALED = sample.records.find((r) => r.validity && r.validity.replaced_by);

/** Holds the whole feed back until `release()`; counts requests for it. */
async function holdFeed(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  const seen = { feed: 0, views: [] };
  await page.route('**/data/feed.json', async (route) => {
    seen.feed += 1;
    await gate;
    await route.continue();
  });
  page.on('request', (r) => {
    if (r.url().includes('/data/view/')) seen.views.push(new URL(r.url()).pathname);
  });
  return { release, seen };
}

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('an item opened from a link shows from its part while the whole feed is held back', async ({ page }) => {
  const errors = watchErrors(page);
  const { release, seen } = await holdFeed(page);
  await page.goto(`./item/${ITEM.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  await expect(page.getByRole('region', { name: '相关信息' }).getByRole('link').first()).toBeVisible();
  expect(seen.views).toEqual(expect.arrayContaining(['/data/view/meta.json', `/data/view/item/${ITEM.id}.json`]));
  // Ticks and the page itself survive the whole feed's arrival (same version: not drawn again).
  const box = page.getByRole('list', { name: '申请材料（可以对照打勾）' }).getByRole('checkbox').first();
  await box.check();
  await page.locator('main h1').evaluate((h) => (h.dataset.probe = 'first'));
  await expect.poll(() => seen.feed, 'the whole feed is asked for after the page showed').toBeGreaterThan(0);
  const arrived = page.waitForResponse('**/data/feed.json');
  release();
  await arrived;
  await page.waitForTimeout(300);
  await expect(page.locator('main h1')).toHaveAttribute('data-probe', 'first');
  await expect(box).toBeChecked();
  // Another page (in the app, no reload) needs the whole feed: it is read then.
  const related = page.getByRole('region', { name: '相关信息' }).getByRole('link').first();
  const title = await related.textContent();
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('main h1')).not.toHaveAttribute('data-probe', 'first');
  expect(errors).toEqual([]);
});

test('a page drawn from its part is the page drawn from the whole feed', async ({ browser }) => {
  const pages = ['./', `./item/${ITEM.id}`, `./record/${REPEALED.id}`, `./record/${sample.records.find((r) => r.tables?.length).id}`];
  const text = async (withViews, path) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const viewRequests = [];
    page.on('request', (r) => r.url().includes('/data/view/') && viewRequests.push(r.url()));
    if (!withViews) await page.route('**/data/view/**', (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto(path);
    // The app has drawn the page (a page written at publish time is taken away then).
    await expect(page.locator('#boot')).toHaveCount(0);
    await expect(page.locator('main h1')).not.toHaveText('正在加载');
    await expect(page.locator('.skeleton')).toHaveCount(0);
    const out = await page.locator('main').innerText();
    expect(errors).toEqual([]);
    if (withViews) expect(viewRequests.length, `${path} used its part`).toBeGreaterThanOrEqual(2);
    await context.close();
    return out;
  };
  for (const path of pages) {
    expect(await text(true, path), path).toEqual(await text(false, path));
  }
});

test('a newer whole feed than the parts (views left from an older publish) draws the page again', async ({ page }) => {
  const errors = watchErrors(page);
  const newer = structuredClone(sample);
  newer.version += 1;
  const item = newer.items.find((i) => i.id === ITEM.id);
  item.name = `${ITEM.name}（已更新）`;
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/data/feed.json', async (route) => {
    await gate;
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(newer) });
  });
  await page.goto(`./item/${ITEM.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name);
  await expect(page.getByRole('contentinfo')).toContainText(`第 ${newer.version} 版`);
  expect(errors).toEqual([]);
});

test('when the whole feed cannot be fetched, the page from its part stays and other pages explain', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/data/feed.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`./record/${REPEALED.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REPEALED.title);
  const replacement = sample.records.find((r) => r.id === REPEALED.validity.replaced_by);
  await expect(page.getByRole('note').getByRole('link', { name: replacement.title })).toBeVisible();
  // An in-app link to a page the part cannot draw: the typed error with 重试, not a blank page.
  await page.getByRole('note').getByRole('link', { name: replacement.title }).click();
  await expect(page.getByRole('alert')).toContainText('数据文件不存在');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a missing or broken part means the page waits for the whole feed, as before', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route(`**/data/view/item/${ITEM.id}.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"gongkai-view/1",' }));
  await page.goto(`./item/${ITEM.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  await page.unroute(`**/data/view/item/${ITEM.id}.json`);
  await page.route('**/data/view/meta.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${sample.publisher.township}政务公开`);
  expect(errors).toEqual([]);
});
