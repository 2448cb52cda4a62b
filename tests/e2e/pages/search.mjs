// Page object for /search (查找): results, facets (inline on desktop, in a sheet on phones),
// chips, sort and pages.
import { Layout } from './layout.mjs';

export class SearchPage extends Layout {
  constructor(page) {
    super(page);
    this.searchBox = page.getByRole('searchbox', { name: '搜索办事指南和公开信息' });
    this.results = page.locator('ol.results > li');
    this.resultLinks = page.locator('ol.results .result-title a');
    this.count = page.locator('.result-count');
    this.filtersPanel = page.getByRole('region', { name: '筛选' });
    this.openSheet = page.getByRole('button', { name: /^筛选/ });
    this.sheet = page.getByRole('dialog', { name: '筛选' });
    this.applyButton = this.sheet.getByRole('button', { name: /^应用/ });
    this.chips = page.locator('.chips a.chip:not(.chip-clear)');
    this.clearAll = page.getByRole('link', { name: '清除全部' });
    this.pagination = page.getByRole('navigation', { name: '分页' });
    this.sort = page.getByRole('navigation', { name: '排序方式' });
    this.noResults = page.locator('.no-results');
  }

  async open(query = '') {
    await this.goto(`./search${query}`);
  }

  /** The checkbox for a facet value, wherever the panel is (sheet or sidebar). */
  facet(scope, group, label) {
    return scope.getByRole('group', { name: group }).getByRole('checkbox', { name: new RegExp(`^${label}`) });
  }

  async resultTitles() {
    return (await this.resultLinks.allTextContents()).map((t) => t.trim());
  }
}
