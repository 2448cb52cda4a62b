// Feed content is text, never markup: names and paragraphs that look like HTML are shown as
// written, and a link the format does not allow (javascript:) makes the whole feed refused
// rather than reaching an href.
import { test, expect, serveFeed, devFeed } from './fixtures.mjs';

test('markup in feed text is shown as text and never becomes elements', async ({ page }) => {
  const feed = structuredClone(devFeed);
  const evil = '<img src=x onerror="window.__pwned=1"><b>粗体</b>';
  feed.items[0].name = `低保${evil}`;
  feed.records[0].body = [`正文${evil}`];
  await serveFeed(page, feed);
  await page.goto(`./item/${feed.items[0].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`低保${evil}`);
  await page.goto(`./record/${feed.records[0].id}`);
  await expect(page.locator('.record-body')).toContainText(`正文${evil}`);
  await page.goto(`./search?q=${encodeURIComponent('低保')}`);
  await expect(page.locator('ol.results')).toContainText(evil);
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('a javascript: link in the feed is refused with the file, and never reaches a page', async ({ page }) => {
  const feed = structuredClone(devFeed);
  const record = feed.records.find((r) => r.attachments && r.attachments.length);
  record.attachments[0].url = 'javascript:alert(1)';
  await serveFeed(page, feed);
  await page.goto(`./record/${record.id}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: '数据文件损坏，无法读取' })).toBeVisible();
  await expect(alert).toContainText('只允许以 http:// 或 https:// 开头');
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
});
