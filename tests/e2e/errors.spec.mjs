// When the feed cannot be shown, the resident reads what happened and what to do in Chinese,
// and 重试 tries again — never a blank page.
import { test as plainTest } from '@playwright/test';
import { test, expect, serveFeed, devFeed } from './fixtures.mjs';

test('a missing data file says so in Chinese, and 重试 loads the page once it is back', async ({ page }) => {
  await serveFeed(page, 'Not Found', 404);
  await page.goto('./item/dibao');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: '数据文件不存在' })).toBeVisible();
  await expect(alert).toContainText('请过几分钟再点“重试”');
  await serveFeed(page, devFeed);
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最低生活保障审核确认');
});

test('a server that answers with a web page instead of the data file also counts as missing', async ({ page }) => {
  await page.route('**/data/feed.json', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }));
  await page.goto('./');
  await expect(page.getByRole('alert').getByRole('heading', { name: '数据文件不存在' })).toBeVisible();
});

test('a broken data file is reported as damaged with its line and column', async ({ page }) => {
  await serveFeed(page, '{\n  "format": "gongkai-feed/1",\n  "version": 7,,\n}');
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: '数据文件损坏，无法读取' })).toBeVisible();
  await expect(alert).toContainText('第 3 行第 16 列');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
});

test('a feed of another format version is refused with a clear message', async ({ page }) => {
  await serveFeed(page, { ...devFeed, format: 'gongkai-feed/2' });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('数据文件的格式版本是“gongkai-feed/2”');
});

test('no network says 网络不通 and what to check', async ({ page }) => {
  await page.unroute('**/data/feed.json');
  await page.route('**/data/feed.json', (r) => r.abort('internetdisconnected'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: '网络不通，没能取到数据' })).toBeVisible();
  await expect(alert).toContainText('请检查手机或电脑是否连上了网络');
});

test('while the data loads a skeleton says so instead of a blank page', async ({ page }) => {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.unroute('**/data/feed.json');
  await page.route('**/data/feed.json', async (r) => {
    await gate;
    await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(devFeed) });
  });
  // An address with no page written at publish time (written pages stay readable instead, and
  // the results page has its written frame; see prerender.spec.mjs).
  await page.goto('./item/no-such-item');
  await expect(page.getByRole('status').filter({ hasText: '正在加载政务公开数据' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个办事指南');
});

// Plain test: here the page error (the wasm failed to load) is the point, not a bug.
plainTest('if the app itself cannot start, the static page explains what to do instead of staying blank', async ({ page }) => {
  await page.route('**/*.wasm', (r) => r.abort('failed'));
  await page.goto('./search');
  await expect(page.getByRole('heading', { name: '页面没能打开' })).toBeVisible();
  await expect(page.getByText('拨打镇政务公开咨询电话询问')).toBeVisible();
  await expect(page.getByText('正在打开政务公开页面')).toBeHidden();
});
