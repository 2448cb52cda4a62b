// Pages written at publish time (`gongkai index --pages`): a service item's or a record's page is
// readable as plain HTML before the app has started — and without JavaScript at all — and the app
// takes it over without moving or changing anything. Uses the bundled sample and the pages the
// build wrote for it (not the dev feed).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EIGHT } from './pages/item.mjs';

const sample = JSON.parse(readFileSync(new URL('../../public/data/feed.json', import.meta.url), 'utf8'));
const ITEM = sample.items.find((i) => i.id === 'mz-dibao') ?? sample.items[0];
const TABLED = sample.records.find((r) => r.tables?.length);

/**
 * Holds the app's wasm back until `release()` is called, so a test can act on a written page
 * before the app takes it over. `release` waits until the wasm has been asked for.
 */
async function holdApp(page) {
  let open;
  const asked = new Promise((r) => (open = r));
  await page.route('**/*.wasm', async (route) => {
    await new Promise((go) => open(go));
    await route.continue();
  });
  return { release: async () => (await asked)() };
}

test('without JavaScript an item page is the whole guide', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`./item/${ITEM.id}`);
  expect(response.headers()['cache-control']).toBe('no-cache');
  await expect(page).toHaveTitle(`${ITEM.name} - ${sample.publisher.township}政务公开`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  const titles = (await page.locator('.screen-guide section.disclosure > h2').allTextContents()).slice(0, 8);
  expect(titles).toEqual(EIGHT.map((t, i) => `${'一二三四五六七八'[i]}、${t}`));
  await expect(page.getByRole('list', { name: '申请材料（可以对照打勾）' }).getByRole('checkbox')).toHaveCount(ITEM.conditions.materials.length);
  await expect(page.locator(`a[href^="tel:"]`).first()).toBeVisible();
  await expect(page.getByText('正在打开政务公开页面')).toHaveCount(0);
  await expect(page.getByText('需要开启 JavaScript')).toHaveCount(0);
  // What the page cannot know when it was written is not claimed.
  await expect(page.locator('.open-now').first()).toHaveText('现在是否办公：请看下面的办公时间');
  await context.close();
});

test('without JavaScript a record page shows its tables', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`./record/${TABLED.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TABLED.title);
  await expect(page.getByRole('table')).toHaveCount(TABLED.tables.length);
  await context.close();
});

const PAGES = [
  ['home', './'],
  ['item', `./item/${ITEM.id}`],
  ['record', `./record/${TABLED.id}`],
  ['hall', `./hall/${sample.halls[0].id}`],
  ['village', `./village/${sample.villages[0].id}`],
  ['about', './about'],
];
for (const [name, path] of PAGES) {
  test(`the app takes over the written ${name} page without moving or changing it`, async ({ browser }) => {
    const read = async (js) => {
      const context = await browser.newContext({ javaScriptEnabled: js, serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const response = await page.goto(path);
      expect(await response.text(), 'a written page').toContain('data-prerendered');
      // With the app: it has replaced the written page (#boot is gone).
      if (js) await expect(page.locator('#boot')).toHaveCount(0);
      const text = (await page.locator('main').innerText()).split('\n');
      const shift = js ? await page.evaluate(() => window.__shift) : 0;
      expect(errors).toEqual([]);
      await context.close();
      return { text, shift };
    };
    const written = await read(false);
    const app = await read(true);
    expect(app.shift, 'no layout shift when the app takes over').toBeLessThan(0.001);
    expect(app.text.length).toBe(written.text.length);
    // Only what the written page could not know: whether the hall is open now.
    const differs = written.text.map((line, i) => [line, app.text[i]]).filter(([a, b]) => a !== b);
    for (const [a, b] of differs) {
      expect(a).toBe('现在是否办公：请看下面的办公时间');
      expect(b).toMatch(/^现在/);
    }
  });
}

test('without JavaScript the home page offers every way in and the search form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${sample.publisher.township}政务公开`);
  await expect(page.getByRole('region', { name: '按服务大厅找' }).getByRole('link')).toHaveCount(sample.halls.length);
  await expect(page.getByRole('searchbox', { name: '搜索办事指南和公开信息' })).toBeVisible();
  await expect(page.getByText(`第 ${sample.version} 版`).first()).toBeVisible();
  await context.close();
});

test('an address without a written page still opens the app', async ({ page }) => {
  await page.goto('./item/no-such-item');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个办事指南');
});

test('a written page stays readable while the data is slow, and when the app cannot start', async ({ page }) => {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/data/view/**', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`./item/${ITEM.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  await page.waitForTimeout(800);
  // No skeleton over a readable page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  await expect(page.getByText('正在加载政务公开数据')).toHaveCount(0);
  release();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);

  // The app's code cannot load: the written page stays, with no "页面没能打开" notice over it.
  const broken = await page.context().newPage();
  const errors = [];
  broken.on('pageerror', (e) => errors.push(e.message));
  await broken.route('**/*.wasm', (r) => r.abort('failed'));
  await broken.goto(`./item/${ITEM.id}`);
  await expect(broken.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
  await broken.waitForTimeout(500);
  await expect(broken.getByText('页面没能打开')).toHaveCount(0);
  await expect(broken.getByRole('heading', { level: 1 })).toHaveText(ITEM.name);
});

test('a written page does not ask for the whole feed before it has painted; a page the app draws does', async ({ page }) => {
  const preloads = () => page.evaluate(() => [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((l) => new URL(l.href).pathname));
  for (const path of [`./hall/${sample.halls[0].id}`, `./village/${sample.villages[0].id}`, './about']) {
    await page.goto(path);
    expect(await preloads(), path).not.toContainEqual(expect.stringMatching(/feed\.json$/));
    // The app still gets the feed and takes the page over.
    await expect(page.locator('#boot'), path).toHaveCount(0);
  }
  await page.goto(`./item/${ITEM.id}`);
  expect(await preloads(), 'an item asks for its small part').toEqual([expect.stringMatching(/view\/meta\.json$/), expect.stringMatching(new RegExp(`view/item/${ITEM.id}\\.json$`))]);
  await page.goto('./search?q=低保');
  expect(await preloads(), 'the results page needs the whole feed at once').toContainEqual(expect.stringMatching(/feed\.json$/));
});

test('the results page shows its frame and the words searched for before the app starts, then the results', async ({ page }) => {
  const app = await holdApp(page);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const response = await page.goto('./search?q=低保');
  expect(await response.text()).toContain('data-prerendered="shell"');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“低保”的搜索结果');
  await expect(page.getByRole('searchbox')).toHaveValue('低保');
  await expect(page.getByRole('status')).toHaveText('正在查找，请稍候……');
  await expect(page.getByRole('banner')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByText('页面没能打开')).toBeHidden();
  await app.release();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“低保”的搜索结果');
  await expect(page.locator('ol.results li').first()).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('低保');
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.02);
});

test('without JavaScript the results page offers the search form and says what is missing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('./search?q=低保');
  await expect(page.getByRole('heading', { level: 1, name: '查找办事指南和公开信息' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
  // Playwright turns script execution off but the parser still treats <noscript> as script-on
  // markup, so its notice is checked in the HTML a browser without JavaScript would render.
  const html = await response.text();
  expect(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).toMatch(/<noscript>[\s\S]*需要开启 JavaScript[\s\S]*<\/noscript>/);
  // The form still searches: it sends the words to the same address.
  await page.getByRole('searchbox').fill('临时救助');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E4%B8%B4%E6%97%B6%E6%95%91%E5%8A%A9$/);
  await context.close();
});

test('words typed into a written page before the app starts are kept when it takes over', async ({ page }) => {
  const app = await holdApp(page);
  await page.goto('./');
  await page.getByRole('searchbox').fill('临时');
  await app.release();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('searchbox'), 'the words stay').toHaveValue('临时');
  await expect(page.getByRole('searchbox'), 'and so does the focus').toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E4%B8%B4%E6%97%B6$/);

  // On the results page's frame the app searches for the words typed there.
  const other = await page.context().newPage();
  const otherApp = await holdApp(other);
  await other.goto('./search?q=低保');
  await other.getByRole('searchbox').fill('临时救助');
  await otherApp.release();
  await expect(other.locator('#boot')).toHaveCount(0);
  await expect(other.getByRole('searchbox')).toHaveValue('临时救助');
  await expect.poll(() => new URL(other.url()).searchParams.get('q')).toBe('临时救助');
  await expect(other.locator('ol.results h3 a').first()).toHaveText('临时救助');
});

test('materials ticked on a written item page before the app starts stay ticked', async ({ page }) => {
  const app = await holdApp(page);
  await page.goto(`./item/${ITEM.id}`);
  const list = page.getByRole('list', { name: '申请材料（可以对照打勾）' });
  const boxes = list.getByRole('checkbox');
  await boxes.nth(0).check();
  if (ITEM.conditions.materials.length > 2) await boxes.nth(2).check();
  await app.release();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  if (ITEM.conditions.materials.length > 2) {
    await expect(boxes.nth(2)).toBeChecked();
    await expect(boxes.nth(2), 'the focus stays on the last one ticked').toBeFocused();
  }
});

test('the 长辈版 switch of a written page works before the app starts, and the app keeps the choice', async ({ page }) => {
  const app = await holdApp(page);
  await page.goto(`./item/${ITEM.id}`);
  const toggle = page.getByRole('button', { name: '长辈版' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await app.release();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await expect(page.getByRole('button', { name: '长辈版' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '长辈版' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'elder');
  // Remembered on the device: a written page opened later starts in the size chosen.
  await page.getByRole('button', { name: '长辈版' }).click();
  await page.goto('./about');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await expect(page.getByRole('button', { name: '长辈版' })).toHaveAttribute('aria-pressed', 'true');
});
