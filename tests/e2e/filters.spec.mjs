// Filters: on phones a sheet (dialog) with 应用; on desktops a sidebar that applies at once.
// Either way the chosen values show as removable chips with 清除全部, and counts follow.
import { test, expect } from './fixtures.mjs';
import { SearchPage } from './pages/search.mjs';

// Titles tagged @phone run only in the phone project, @desktop only in the desktop project
// (see playwright.config.mjs): the sheet and the sidebar exist at different widths.
test.describe('on a phone', () => {
  test('@phone filters open in a sheet, apply together, and show as chips that can be removed', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('');
    await expect(search.filtersPanel).toHaveCount(0);
    await search.openSheet.click();
    await expect(search.sheet).toBeVisible();
    // Two halls (OR) and one kind (AND); nothing applies until 应用.
    await search.facet(search.sheet, '办理大厅', '民政服务大厅').check();
    await search.facet(search.sheet, '办理大厅', '社保服务大厅').check();
    await expect(page).toHaveURL(/\/search$/);
    await expect(search.applyButton).toHaveText('应用（4 条）');
    await search.facet(search.sheet, '类别', '行政给付').check();
    await expect(search.applyButton).toHaveText('应用（2 条）');
    await search.applyButton.click();
    await expect(search.sheet).toBeHidden();
    await expect(page).toHaveURL(/kind=.*&hall=minzheng,shebao/);
    await expect(search.chips).toHaveText([/类别：行政给付/, /办理大厅：民政服务大厅/, /办理大厅：社保服务大厅/]);
    await expect(search.results).toHaveCount(2);
    await expect(search.openSheet).toHaveText('筛选（已选 3）');

    await page.getByRole('link', { name: /^移除条件：\s*类别：行政给付/ }).click();
    await expect(search.chips).toHaveCount(2);
    await expect(search.results).toHaveCount(4);

    await search.clearAll.click();
    await expect(search.chips).toHaveCount(0);
    await expect(page).toHaveURL(/\/search$/);
  });

  test('@phone closing the sheet without 应用 changes nothing', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('');
    const before = await search.count.textContent();
    await search.openSheet.click();
    await search.facet(search.sheet, '办理大厅', '民政服务大厅').check();
    await search.sheet.getByRole('button', { name: '关闭' }).click();
    await expect(search.sheet).toBeHidden();
    await expect(search.count).toHaveText(before);
    await expect(search.openSheet).toBeFocused();
    // Opening again starts from the applied state, not the abandoned draft.
    await search.openSheet.click();
    await expect(search.facet(search.sheet, '办理大厅', '民政服务大厅')).not.toBeChecked();
  });
});

test.describe('on a desktop', () => {
  test('@desktop a checkbox applies at once, keeps focus, and updates counts and chips', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('');
    await expect(search.openSheet).toHaveCount(0);
    const minzheng = search.facet(search.filtersPanel, '办理大厅', '民政服务大厅');
    await expect(minzheng).toHaveAccessibleName(/^民政服务大厅\s*（3）$/);
    await minzheng.check();
    await expect(page).toHaveURL(/hall=minzheng/);
    await expect(minzheng).toBeFocused();
    await expect(search.results).toHaveCount(3);
    // Counts of the other facets follow the filter; records (no hall) drop out of 类别.
    await expect(search.filtersPanel.getByRole('checkbox', { name: /^政策文件/ })).toHaveCount(0);
    await expect(search.facet(search.filtersPanel, '类别', '行政给付')).toHaveAccessibleName(/^行政给付\s*（2）$/);
    await page.keyboard.press('Space');
    await expect(page).not.toHaveURL(/hall=/);
    await expect(minzheng).not.toBeChecked();
    await page.goBack();
    await expect(minzheng).toBeChecked();
    await expect(search.chips).toHaveText([/办理大厅：民政服务大厅/]);
  });

  test('@desktop records filter by validity, year and village', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('');
    await search.facet(search.filtersPanel, '有效性', '已废止').check();
    await expect(search.results).toHaveCount(1);
    await expect(search.resultLinks.first()).toHaveText('清溪镇临时救助实施细则（试行）');
    await expect(search.results.first().locator('.tag-warning')).toHaveText('已废止');
    await search.clearAll.click();
    await search.facet(search.filtersPanel, '村（社区）', '石桥村').check();
    await expect(search.resultLinks).toHaveText(['石桥村 2026 年 10 月村级财务收支公开']);
  });
});

test('nothing found explains why and offers ways on', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('?q=%E7%81%AB%E6%98%9F%E7%A7%BB%E6%B0%91&hall=minzheng');
  await expect(search.count).toHaveText('没有找到结果');
  await expect(search.noResults).toContainText('没有找到和“火星移民”有关的内容。');
  await search.noResults.getByRole('link', { name: '去掉所有筛选条件再找一次' }).click();
  await expect(page).toHaveURL(/q=.*$/);
  await expect(page).not.toHaveURL(/hall=/);
  await expect(search.noResults.getByRole('link', { name: '0571-6500 1000' })).toHaveAttribute('href', 'tel:057165001000');
});
