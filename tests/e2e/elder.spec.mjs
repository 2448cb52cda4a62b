// 长辈版: one switch on every page, remembered across reloads, with ≥ 18px text, line height
// ≥ 1.3 and ≥ 60×60 tap targets (normal mode keeps ≥ 44×44).
import { test, expect } from './fixtures.mjs';
import { Layout } from './pages/layout.mjs';
import { SearchPage } from './pages/search.mjs';

/** Smallest box among visible interactive elements (buttons, nav links, chips, inputs' labels). */
async function smallestTarget(page) {
  return page.evaluate(() => {
    const sel = 'button, .site-nav a, .chip, .pagination a, .sort a, .pill, .tile, .facet label, .checklist label, .result-title a, .link-list a, input[type=search], .phone';
    let min = { w: Infinity, h: Infinity, what: '' };
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.height < min.h || (r.height === min.h && r.width < min.w)) min = { w: r.width, h: r.height, what: el.outerHTML.slice(0, 80) };
    }
    return min;
  });
}

test('the 长辈版 switch is on every page and is remembered across reloads', async ({ page }) => {
  const layout = new Layout(page);
  await layout.goto('./');
  await expect(layout.elderSwitch).toHaveAttribute('aria-pressed', 'false');
  await layout.elderSwitch.click();
  await expect(layout.elderSwitch).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await page.reload();
  await expect(layout.elderSwitch).toHaveAttribute('aria-pressed', 'true');
  await layout.goto('./record/dibao-2026-10');
  await expect(layout.elderSwitch).toHaveAttribute('aria-pressed', 'true');
  await layout.elderSwitch.click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'elder');
});

for (const [path, label] of [['./', '首页'], ['./search?q=%E6%95%91%E5%8A%A9', '查找'], ['./item/dibao', '办事指南'], ['./record/dibao-2026-10', '公开信息']]) {
  test(`the 长辈版 ${label} has body text of at least 18px, line height 1.3 and 60px targets`, async ({ page }) => {
    const layout = new Layout(page);
    await layout.goto(path);
    await layout.setElder(true);
    const text = await page.locator('main p').first().evaluate((e) => {
      const s = getComputedStyle(e);
      return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    expect(text.size).toBeGreaterThanOrEqual(18);
    expect(text.line).toBeGreaterThanOrEqual(1.3);
    const small = await smallestTarget(page);
    expect(small.h, small.what).toBeGreaterThanOrEqual(60);
    expect(small.w, small.what).toBeGreaterThanOrEqual(60);
    // Nothing moves: no running animations.
    const animations = await page.evaluate(() => document.getAnimations().length);
    expect(animations).toBe(0);
  });

  test(`the normal ${label} keeps targets of at least 44px`, async ({ page }) => {
    const layout = new Layout(page);
    await layout.goto(path);
    const small = await smallestTarget(page);
    expect(small.h, small.what).toBeGreaterThanOrEqual(44);
    expect(small.w, small.what).toBeGreaterThanOrEqual(44);
  });
}

test('@phone the filter sheet is usable in 长辈版 with large targets', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('');
  await search.setElder(true);
  await search.openSheet.click();
  const small = await smallestTarget(page);
  expect(small.h, small.what).toBeGreaterThanOrEqual(60);
});
