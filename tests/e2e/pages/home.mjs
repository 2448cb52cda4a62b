// Page object for / (首页).
import { Layout } from './layout.mjs';

export class HomePage extends Layout {
  constructor(page) {
    super(page);
    this.searchBox = page.getByRole('searchbox', { name: '搜索办事指南和公开信息' });
    this.searchButton = page.getByRole('button', { name: '搜索', exact: true });
    this.halls = page.getByRole('region', { name: '按服务大厅找' }).getByRole('link');
    this.lifeEvents = page.getByRole('region', { name: '我要……' });
    this.latest = page.getByRole('region', { name: '最新公开' }).getByRole('listitem');
    this.versionLine = page.locator('main .data-version');
  }

  async open() {
    await this.goto('./');
  }

  async search(text) {
    await this.searchBox.fill(text);
    await this.searchButton.click();
  }
}
