// Page object for the frame every page shares: skip link, header, 长辈版 switch, main, footer.
export class Layout {
  constructor(page) {
    this.page = page;
    this.skipLink = page.getByRole('link', { name: '跳到正文' });
    this.elderSwitch = page.getByRole('button', { name: '长辈版' });
    this.nav = page.getByRole('navigation', { name: '网站导航' });
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.footer = page.getByRole('contentinfo');
  }

  async goto(path) {
    await this.page.goto(path);
    await this.heading.first().waitFor();
    // The loading skeleton's heading is 正在加载; wait for the real page.
    await this.page.waitForFunction(() => !document.querySelector('.skeleton'));
  }

  async setElder(on) {
    const pressed = (await this.elderSwitch.getAttribute('aria-pressed')) === 'true';
    if (pressed !== on) await this.elderSwitch.click();
  }
}
