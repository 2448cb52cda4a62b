// A resident's main path: home → search → service guide, by mouse/touch and by keyboard only.
import { test, expect } from './fixtures.mjs';
import { HomePage } from './pages/home.mjs';
import { SearchPage } from './pages/search.mjs';
import { ItemPage } from './pages/item.mjs';

test('the home page offers search first, every hall, life events, the latest records and the data version', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await expect(home.heading).toHaveText('清溪镇政务公开');
  await expect(home.searchBox).toBeVisible();
  await expect(home.halls).toHaveCount(7);
  await expect(home.lifeEvents.getByRole('heading', { name: '我要生活困难' })).toBeVisible();
  await expect(home.latest.first()).toContainText('便民服务中心推出周六上午社保延时服务');
  await expect(home.versionLine).toHaveText('数据更新于 2026-11-20 09:00 · 第 7 版');
  await expect(page).toHaveTitle(/清溪镇政务公开/);
});

test('searching from home lists matches with highlights and leads to the service guide', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await home.search('临时救助');
  const search = new SearchPage(page);
  await expect(page).toHaveURL(/\/search\?q=%E4%B8%B4%E6%97%B6%E6%95%91%E5%8A%A9$/);
  await expect(search.heading).toHaveText('“临时救助”的搜索结果');
  await expect(search.results.first()).toBeVisible();
  await expect(page.locator('ol.results mark').first()).toHaveText('临时救助');
  await page.getByRole('link', { name: '临时救助', exact: true }).click();
  const item = new ItemPage(page);
  await expect(page).toHaveURL(/\/item\/linshi$/);
  await expect(item.heading).toHaveText('临时救助');
  // Focus moves to the new page's heading after client-side navigation.
  await expect(item.heading).toBeFocused();
});

test('the page can be used with the keyboard alone: skip link, then into a result', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await page.keyboard.press('Tab');
  await expect(home.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(home.main).toBeFocused();
  // Tab into the search box, type, submit with Enter.
  for (let i = 0; i < 10 && !(await home.searchBox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(home.searchBox).toBeFocused();
  await page.keyboard.type('救助');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const search = new SearchPage(page);
  await expect(search.heading).toBeFocused();
  // Tab forward until the first result link has focus, then follow it.
  const first = search.resultLinks.first();
  await expect(first).toBeVisible();
  const target = (await first.textContent()).trim();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('an unknown address shows a helpful page with a search box and the way home', async ({ page }) => {
  await page.goto('./no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('清溪镇政务公开');
});

test('an item id that is not in the feed says the guide was not found', async ({ page }) => {
  await page.goto('./item/does-not-exist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个办事指南');
});
