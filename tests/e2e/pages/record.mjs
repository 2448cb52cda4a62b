// Page object for /record/:id (公开信息).
import { Layout } from './layout.mjs';

export class RecordPage extends Layout {
  constructor(page) {
    super(page);
    this.banner = page.getByRole('note');
    this.meta = page.locator('dl.record-meta');
    this.tables = page.getByRole('table');
    this.download = page.getByRole('button', { name: /下载表格/ });
  }

  async open(id) {
    await this.goto(`./record/${id}`);
  }

  metaValue(term) {
    return this.meta.locator('div', { has: this.page.locator('dt', { hasText: term }) }).locator('dd');
  }
}
