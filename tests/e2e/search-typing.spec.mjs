// Results follow the typing on the results page: after a short pause, never in the middle of a
// pinyin IME composition, without taking the caret away, and without filling the back button
// with half-typed words. Pinyin (`dibao`) finds titles through the published sidecar.
import { test, expect, devFeed } from './fixtures.mjs';
import { SearchPage } from './pages/search.mjs';

const q = (page) => new URL(page.url()).searchParams.get('q');

test('typing on the results page updates the results and the address without pressing Enter', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('?q=' + encodeURIComponent('养老'));
  await expect(search.resultLinks.first()).toHaveText('城乡居民基本养老保险参保登记');
  const before = await page.evaluate(() => history.length);
  await search.searchBox.fill('');
  await search.searchBox.pressSequentially('临时', { delay: 40 });
  await expect.poll(() => q(page)).toBe('临时');
  await expect(search.heading).toHaveText('“临时”的搜索结果');
  await expect(search.resultLinks.first()).toHaveText('临时救助');
  // The box is the same element: focus and the typed text stay while results change.
  await expect(search.searchBox).toBeFocused();
  await expect(search.searchBox).toHaveValue('临时');
  await search.searchBox.press('End');
  await search.searchBox.pressSequentially('救助');
  await expect.poll(() => q(page)).toBe('临时救助');
  await expect(search.searchBox).toHaveValue('临时救助');
  // Typing replaced the history entry instead of adding one per pause.
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('nothing is searched while a pinyin IME is composing; the chosen 汉字 are', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await search.searchBox.focus();
  const cdp = await page.context().newCDPSession(page);
  // What a pinyin keyboard does: the letters are "marked text" until a candidate is chosen.
  for (const typed of ['d', 'di', "di'b", "di'ba", "di'bao"]) {
    await cdp.send('Input.imeSetComposition', { text: typed, selectionStart: typed.length, selectionEnd: typed.length });
  }
  await expect(search.searchBox).toHaveValue("di'bao");
  await page.waitForTimeout(800); // well past the typing pause
  expect(q(page), 'no search for the half-typed pinyin').toBeNull();
  await cdp.send('Input.insertText', { text: '低保' });
  await expect.poll(() => q(page)).toBe('低保');
  await expect(search.resultLinks.first()).toHaveText('最低生活保障审核确认');
});

test('back to an earlier query puts its text back in the box', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('?q=' + encodeURIComponent('临时救助'));
  await search.resultLinks.first().click();
  await expect(page).toHaveURL(/\/item\//);
  await page.goto('./search?q=' + encodeURIComponent('养老'));
  await search.heading.first().waitFor();
  await page.goBack();
  await page.goBack();
  await expect(search.searchBox).toHaveValue('临时救助');
  await expect(search.resultLinks.first()).toHaveText('临时救助');
});

test('pinyin and initials find titles once the pinyin file has loaded', async ({ page }) => {
  // A sidecar for the dev feed, in the format `gongkai index` writes.
  const item = devFeed.items.find((i) => i.name === '最低生活保障审核确认');
  expect(item.keywords).toEqual(['低保', '最低生活保障', '困难补助']);
  const sidecar = {
    format: 'gongkai-search-pinyin/1',
    feed_version: devFeed.version,
    // One token per char; 检索词 in the item's order (低保, 最低生活保障, 困难补助).
    items: { [item.id]: { title: 'zui di sheng huo bao zhang shen he que ren', keywords: ['di bao', 'zui di sheng huo bao zhang', 'kun nan bu zhu'] } },
  };
  await page.unroute('**/data/search-pinyin.json');
  let asked = 0;
  await page.route('**/data/search-pinyin.json', (route) => {
    asked += 1;
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(sidecar) });
  });
  const search = new SearchPage(page);
  await search.open('?q=dibao');
  await expect(search.resultLinks.first()).toHaveText('最低生活保障审核确认');
  await expect(page.locator('.also-searched')).toContainText('也搜索了：');
  await search.searchBox.fill('zdshbz');
  await expect.poll(() => q(page)).toBe('zdshbz');
  await expect(search.resultLinks.first()).toHaveText('最低生活保障审核确认');
  expect(asked, 'the sidecar is fetched once').toBe(1);
});

test('a search in 汉字 does not download the pinyin file; the first one with letters does', async ({ page }) => {
  await page.unroute('**/data/search-pinyin.json');
  let asked = 0;
  await page.route('**/data/search-pinyin.json', (route) => {
    asked += 1;
    return route.fulfill({ status: 404, body: '' });
  });
  const search = new SearchPage(page);
  await search.open('?q=低保');
  await expect(search.resultLinks.first()).toHaveText('最低生活保障审核确认');
  await search.searchBox.fill('临时');
  await expect.poll(() => q(page)).toBe('临时');
  await expect(search.resultLinks.first()).toHaveText('临时救助');
  expect(asked, 'nothing asked for while the searches are in 汉字').toBe(0);
  await search.searchBox.fill('dibao');
  await expect.poll(() => q(page)).toBe('dibao');
  await expect.poll(() => asked, { message: 'asked for once a search has letters' }).toBe(1);
});

test('without the pinyin file, pinyin finds nothing but the page still works', async ({ page }) => {
  let asked = 0;
  page.on('request', (r) => { if (r.url().includes('search-pinyin.json')) asked += 1; });
  const search = new SearchPage(page);
  await search.open('?q=dibao');
  await expect(search.count).toHaveText('没有找到结果');
  await search.searchBox.fill('低保');
  await expect(search.resultLinks.first()).toHaveText('最低生活保障审核确认');
  await search.searchBox.fill('临时');
  await expect(search.resultLinks.first()).toHaveText('临时救助');
  // A missing file (404) is asked for once, not on every search.
  expect(asked).toBe(1);
});
