// Disclosure records: directory header, an unmistakable 已废止 banner linking the replacement,
// and tables that are real, accessible, sideways-scrolling and downloadable with masks kept.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { RecordPage } from './pages/record.mjs';

test('a repealed policy carries a banner with the date and a link to the replacement', async ({ page }) => {
  const record = new RecordPage(page);
  await record.open('linshi-xize-2019');
  await expect(record.banner).toContainText('本文件已废止，不再执行');
  await expect(record.banner).toContainText('废止日期：2026-03-01');
  await expect(record.metaValue('索引号')).toHaveText('113301020000/2019-00012');
  await expect(record.metaValue('文号')).toHaveText('清政发〔2019〕8号');
  await expect(record.metaValue('成文日期')).toHaveText('2019-04-02');
  await expect(record.metaValue('有效性')).toHaveText('已废止');
  await record.banner.getByRole('link', { name: '清溪镇临时救助实施办法' }).click();
  await expect(page).toHaveURL(/\/record\/linshi-banfa-2026$/);
  await expect(record.heading).toHaveText('清溪镇临时救助实施办法');
  await expect(record.banner).toHaveCount(0);
  await expect(record.metaValue('有效性')).toHaveText('有效');
  await expect(page.getByRole('link', { name: /临时救助申请书（空白表）/ })).toHaveAttribute('href', /^https:\/\//);
});

test('a results table is a real table with caption and headers, masked, and scrolls in a labelled region', async ({ page }) => {
  const record = new RecordPage(page);
  await record.open('dibao-2026-10');
  const table = page.getByRole('table', { name: '2026 年 10 月新增低保对象名单' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['户主姓名', '所在村', '保障人数', '月保障金（元）', '身份证号']);
  await expect(table.getByRole('rowheader')).toHaveText(['王*华', '李*', '陈*明', '赵*芳']);
  await expect(table).not.toContainText(/\d{17}[\dX]/);
  const region = page.getByRole('region', { name: '2026 年 10 月新增低保对象名单' });
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  await expect(region).toBeFocused();
});

test('@phone a wide table scrolls sideways inside its region instead of widening the page', async ({ page }) => {
  const record = new RecordPage(page);
  await record.open('dibao-2026-10');
  const region = page.getByRole('region', { name: '2026 年 10 月新增低保对象名单' });
  const { scrollWidth, clientWidth } = await region.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
});

test('the CSV download keeps masked columns masked and opens in spreadsheet programs', async ({ page }) => {
  const record = new RecordPage(page);
  await record.open('dibao-2026-10');
  const [download] = await Promise.all([page.waitForEvent('download'), record.download.click()]);
  expect(download.suggestedFilename()).toBe('2026 年 10 月新增低保对象名单.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\ufeff户主姓名,所在村,保障人数,月保障金（元）,身份证号\r\n')).toBe(true);
  expect(csv).toContain('王*华,石桥村,2,1460.00,330122********1234\r\n');
  expect(csv).not.toMatch(/\d{17}[\dX]/);
});
