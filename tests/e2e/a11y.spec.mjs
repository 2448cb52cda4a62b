// axe-core on every route, in normal and 长辈版, in both projects (phone and desktop):
// zero violations of WCAG 2.x A/AA and axe best practices.
import { test, expect, axeViolations } from './fixtures.mjs';
import { Layout } from './pages/layout.mjs';

const ROUTES = [
  ['首页', './'],
  ['查找', './search'],
  ['搜索结果和筛选', './search?q=%E6%95%91%E5%8A%A9&kind=%E8%A1%8C%E6%94%BF%E7%BB%99%E4%BB%98'],
  ['没有结果', './search?q=%E7%81%AB%E6%98%9F'],
  ['办事指南（免费）', './item/dibao'],
  ['办事指南（收费）', './item/budongchan'],
  ['公开信息（表格）', './record/dibao-2026-10'],
  ['公开信息（已废止）', './record/linshi-xize-2019'],
  ['服务大厅', './hall/minzheng'],
  ['村（社区）', './village/shiqiao'],
  ['关于本站', './about'],
  ['找不到页面', './no/such/page'],
];

for (const elder of [false, true]) {
  for (const [name, path] of ROUTES) {
    test(`${name}${elder ? '（长辈版）' : ''} has no accessibility violations`, async ({ page }) => {
      if (elder) await page.addInitScript(() => localStorage.setItem('gongkai.elder', '1'));
      const layout = new Layout(page);
      await layout.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('@phone the open filter sheet has no accessibility violations', async ({ page }) => {
  const layout = new Layout(page);
  await layout.goto('./search');
  await page.getByRole('button', { name: /^筛选/ }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('the error page has no accessibility violations', async ({ page }) => {
  await page.unroute('**/data/feed.json');
  await page.route('**/data/feed.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await page.getByRole('alert').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});
