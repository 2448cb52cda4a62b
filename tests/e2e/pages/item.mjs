// Page object for /item/:id (办事指南).
import { Layout } from './layout.mjs';

export const EIGHT = ['办理主体', '办理依据', '办事条件', '办理程序', '办理时限', '办事结果', '收费依据', '收费标准'];

export class ItemPage extends Layout {
  constructor(page) {
    super(page);
    this.sections = page.locator('.screen-guide section.disclosure > h2');
    this.materials = page.getByRole('list', { name: '申请材料（可以对照打勾）' }).getByRole('checkbox');
    this.steps = page.locator('ol.steps > li');
    this.printButton = page.getByRole('button', { name: '打印一次性告知单' });
    this.copyButton = page.getByRole('button', { name: '复制链接' });
    this.noticeSheet = page.locator('.notice-sheet');
    this.completeness = page.locator('.completeness');
    this.toc = page.getByRole('navigation', { name: '八个公开目录' });
  }

  async open(id) {
    await this.goto(`./item/${id}`);
  }

  section(title) {
    return this.page.getByRole('region', { name: new RegExp(`、${title}$`) });
  }
}
