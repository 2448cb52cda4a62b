// Shared test setup: every test sees the dev feed (tests/e2e/feeds/dev-feed.json) unless it
// routes another one, so specs do not depend on whichever sample feed is bundled. One spec
// (bundled-feed.spec.mjs) checks the real bundled file.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';

export const devFeed = JSON.parse(readFileSync(new URL('./feeds/dev-feed.json', import.meta.url), 'utf8'));

/** The dev feed with `n` extra records (copies of the first), for pagination. */
export function bigFeed(n) {
  const feed = structuredClone(devFeed);
  const template = feed.records[0];
  for (let i = 0; i < n; i++) {
    feed.records.push({ ...structuredClone(template), id: `extra-${i}`, index_no: `113301020000/2026-9${String(i).padStart(4, '0')}`, title: `${template.title}（第 ${i + 1} 批）` });
  }
  return feed;
}

/** Serves `body` (an object → JSON, or a string as is) for the feed, with `status`. */
export async function serveFeed(page, body, status = 200) {
  await page.unroute('**/data/feed.json');
  await page.route('**/data/feed.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await serveFeed(page, devFeed);
    // The bundled pinyin sidecar and page views belong to the bundled feed, not the dev feed:
    // none by default (pages then wait for the whole feed, as on a host without views).
    await page.route('**/data/search-pinyin.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.route('**/data/view/**', (route) => route.fulfill({ status: 404, body: '' }));
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    // A panic in the wasm shows up as a page error ("unreachable"): never acceptable.
    expect(errors, 'no uncaught errors in the page').toEqual([]);
  },
});

/** Runs axe (WCAG 2.x A/AA rules) on the page and returns the violations. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

export { expect };
