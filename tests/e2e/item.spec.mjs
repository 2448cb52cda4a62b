// The service guide: all eight disclosures in order, nothing hidden, fees and time limits in
// plain words, phones as tap-to-call links, and printing as a one-page 一次性告知单.
import { test, expect, bigFeed, serveFeed } from './fixtures.mjs';
import { ItemPage, EIGHT } from './pages/item.mjs';

test('a guide shows all eight disclosures in the fixed order, each with its own anchor', async ({ page }) => {
  const item = new ItemPage(page);
  await item.open('dibao');
  const titles = (await item.sections.allTextContents()).slice(0, 8);
  expect(titles).toEqual(EIGHT.map((t, i) => `${'一二三四五六七八'[i]}、${t}`));
  const ids = await page.locator('.screen-guide section.disclosure').evaluateAll((s) => s.slice(0, 8).map((e) => e.id));
  expect(ids).toEqual(['zhuti', 'yiju', 'tiaojian', 'chengxu', 'shixian', 'jieguo', 'shoufei-yiju', 'shoufei-biaozhun']);
  // Nothing folded away: no accordions, every section visible.
  await expect(page.locator('details')).toHaveCount(0);
  for (const t of EIGHT) await expect(item.section(t)).toBeVisible();
  await expect(item.completeness).toHaveText('八个公开：8 项全部公开');
});

test('a free service says 免费 prominently and explains the time limits in plain words', async ({ page }) => {
  const item = new ItemPage(page);
  await item.open('dibao');
  await expect(page.locator('.key-facts .fact-value.free')).toHaveText('免费');
  await expect(item.section('收费标准').locator('.free-badge')).toHaveText('免费');
  await expect(item.section('办理时限')).toContainText('法律规定最长 30 个工作日，本镇承诺 15 个工作日内办结');
  await expect(item.section('办理时限')).toContainText('公示期 7 天不计入办理时限');
});

test('materials are a checklist, steps are numbered, and phones are tap-to-call links', async ({ page }) => {
  const item = new ItemPage(page);
  await item.open('dibao');
  await expect(item.materials).toHaveCount(5);
  await item.materials.first().check();
  await expect(item.materials.first()).toBeChecked();
  await expect(item.steps).toHaveCount(5);
  await expect(item.steps.nth(2)).toContainText('7 个工作日（不计入办理时限）');
  await expect(item.main.getByRole('link', { name: '0571-6500 1000' })).toHaveAttribute('href', 'tel:057165001000');
  await expect(item.section('办理主体').getByRole('link', { name: '0571-6500 1103' })).toHaveAttribute('href', 'tel:057165001103');
  // Open-now status in Beijing time, from the browser clock.
  await expect(page.locator('.open-now')).toHaveText(/^(正在办公|现在不办公|现在是午休时间)/);
});

test('a charged service lists each fee with its basis', async ({ page }) => {
  const item = new ItemPage(page);
  await item.open('budongchan');
  await expect(page.locator('.key-facts')).toContainText('收费');
  const fees = item.section('收费标准').getByRole('table', { name: '收费标准' });
  await expect(fees.getByRole('rowheader')).toHaveText(['住宅类不动产登记费', '证书工本费（第二本起）']);
  await expect(fees).toContainText('80.00 元/件');
  await expect(item.section('收费依据')).toContainText('《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）');
  await expect(item.section('办理主体')).toContainText('由青山县自然资源局以委托方式下放到本镇办理');
});

test('复制链接 puts the page address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const item = new ItemPage(page);
  await item.open('dibao');
  await item.copyButton.click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the table of contents moves focus to the chosen section', async ({ page }) => {
  const item = new ItemPage(page);
  await item.open('dibao');
  await item.toc.getByRole('link', { name: '五、办理时限' }).click();
  await expect(page.locator('#shixian')).toBeFocused();
  await expect(page).toHaveURL(/\/item\/dibao#shixian$/);
});

test('printing shows only the one-page 告知单 with checklist, steps, limits, fees, place, phones and a QR code', async ({ page }) => {
  const item = new ItemPage(page);
  await item.open('dibao');
  await expect(item.noticeSheet).toBeHidden();
  const address = page.url().split('#')[0];
  // The printable width of A4 with 12mm margins (186mm ≈ 703 CSS px at 96 dpi).
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.emulateMedia({ media: 'print' });
  await expect(item.noticeSheet).toBeVisible();
  await expect(page.getByRole('navigation', { name: '网站导航' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(item.section('办理主体')).toBeHidden();
  const sheet = item.noticeSheet;
  await expect(sheet.getByRole('heading', { name: '一次性告知单' })).toBeVisible();
  await expect(sheet).toContainText('清溪镇便民服务中心');
  await expect(sheet.locator('.notice-checklist li')).toHaveCount(5);
  await expect(sheet.locator('.notice-steps li')).toHaveCount(5);
  await expect(sheet).toContainText('法律规定最长 30 个工作日，本镇承诺 15 个工作日内办结');
  await expect(sheet).toContainText('免费');
  await expect(sheet).toContainText('清溪镇便民服务中心一楼 3—5 号窗口');
  await expect(sheet).toContainText('周一至周五 08:30—12:00、14:00—17:30');
  await expect(sheet).toContainText('0571-6500 1103');
  await expect(sheet).toContainText(/打印日期：\d{4} 年 \d{1,2} 月 \d{1,2} 日/);
  await expect(sheet.getByRole('img', { name: '本事项网页地址的二维码' })).toBeVisible();
  await expect(sheet).toContainText(address);
  // One A4 page: 297mm − 2×12mm margins ≈ 1032 CSS px at 96 dpi.
  const height = await sheet.evaluate((e) => e.getBoundingClientRect().height);
  expect(height).toBeLessThan(1032);
  await page.screenshot({ path: `test-results/screenshots/print-item-${test.info().project.name}.png`, fullPage: true });
});

test('many related disclosures: the newest ten are listed, the count and a search lead to the rest', async ({ page }) => {
  const feed = bigFeed(30);
  feed.records.forEach((r, i) => { if (r.id.startsWith('extra-')) r.published = `2025-0${(i % 9) + 1}-1${i % 10}`; });
  await serveFeed(page, feed);
  const item = new ItemPage(page);
  await item.open('dibao');
  const related = page.getByRole('region', { name: '相关信息' });
  await expect(related.getByRole('listitem')).toHaveCount(10);
  // Newest first: the October 2026 list (the newest) heads it.
  await expect(related.getByRole('listitem').first()).toContainText(feed.records[0].title);
  await expect(related).toContainText('共 31 条，这里列出最新的 10 条。');
  await related.getByRole('link', { name: '搜索“最低生活保障审核确认”查看全部' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('searchbox').first()).toHaveValue('最低生活保障审核确认');
});
