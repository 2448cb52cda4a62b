// The search view's whole state lives in the URL: reload, back/forward and shared links all
// restore the same text, filters, sort and page.
import { test, expect, bigFeed, serveFeed } from './fixtures.mjs';
import { SearchPage } from './pages/search.mjs';

test('a shared link opens with its text, filters, sort and page restored', async ({ page }) => {
  await serveFeed(page, bigFeed(45));
  const search = new SearchPage(page);
  await search.open('?q=%E5%85%AC%E7%A4%BA&kind=%E7%BB%93%E6%9E%9C%E5%85%AC%E7%A4%BA&sort=newest&page=2');
  await expect(search.searchBox).toHaveValue('公示');
  await expect(search.chips).toHaveText([/类别：结果公示/]);
  await expect(search.sort.getByRole('link', { name: '按最新' })).toHaveAttribute('aria-current', 'true');
  await expect(search.pagination.getByRole('link', { name: '第 2 页，当前页' })).toBeVisible();
  await expect(search.count).toContainText('显示第 21—40 条');
});

test('reload keeps the view exactly as it was', async ({ page }) => {
  await serveFeed(page, bigFeed(45));
  const search = new SearchPage(page);
  await search.open('?kind=%E7%BB%93%E6%9E%9C%E5%85%AC%E7%A4%BA');
  await search.pagination.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/page=2/);
  const before = await search.resultTitles();
  await page.reload();
  await search.heading.waitFor();
  await expect(search.count).toContainText('显示第 21—40 条');
  expect(await search.resultTitles()).toEqual(before);
});

test('back and forward step through searches, sort orders and pages', async ({ page }) => {
  await serveFeed(page, bigFeed(45));
  const search = new SearchPage(page);
  await search.open('');
  await search.searchBox.fill('清溪镇');
  await search.searchBox.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await search.sort.getByRole('link', { name: '按办理时限' }).click();
  await expect(page).toHaveURL(/sort=time/);
  await search.pagination.getByRole('link', { name: '第 2 页' }).click();
  await expect(page).toHaveURL(/page=2/);

  await page.goBack();
  await expect(page).toHaveURL(/sort=time$/);
  await expect(search.count).toContainText('显示第 1—20 条');
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(search.searchBox).toHaveValue('清溪镇');
  await page.goBack();
  await expect(search.searchBox).toHaveValue('');
  await page.goForward();
  await expect(search.searchBox).toHaveValue('清溪镇');
  await page.goForward();
  await expect(search.sort.getByRole('link', { name: '按办理时限' })).toHaveAttribute('aria-current', 'true');
});

test('results are paged so a page never grows past about 2,000 elements', async ({ page }) => {
  await serveFeed(page, bigFeed(300));
  const search = new SearchPage(page);
  await search.open('');
  await expect(search.results).toHaveCount(20);
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
  expect(nodes).toBeLessThan(2000);
  await expect(search.pagination.getByRole('link', { name: /^第 16 页/ })).toBeVisible();
});
