// Screenshots of the main pages at the project's viewport (390×844 phone, 1280×800 desktop)
// into test-results/screenshots/, for review and the README. Each also checks the page rendered.
import { test, expect } from './fixtures.mjs';
import { Layout } from './pages/layout.mjs';

const PAGES = [
  ['home', './'],
  ['search', './search?q=%E6%95%91%E5%8A%A9'],
  ['item', './item/dibao'],
  ['record', './record/dibao-2026-10'],
  ['record-repealed', './record/linshi-xize-2019'],
];

for (const [name, path] of PAGES) {
  test(`screenshot of ${name}`, async ({ page }) => {
    const layout = new Layout(page);
    await layout.goto(path);
    await expect(layout.heading).toBeVisible();
    const project = test.info().project.name;
    await page.screenshot({ path: `test-results/screenshots/${name}-${project}.png` });
    await layout.setElder(true);
    await page.screenshot({ path: `test-results/screenshots/${name}-${project}-elder.png` });
  });
}

test('@phone screenshot of the filter sheet', async ({ page }) => {
  const layout = new Layout(page);
  await layout.goto('./search');
  await page.getByRole('button', { name: /^筛选/ }).click();
  await expect(page.getByRole('dialog', { name: '筛选' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/filter-sheet-phone.png' });
});
