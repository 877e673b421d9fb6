// Screenshots of every view in both languages and both themes, for people to look at
// (test-results/screenshots/<view>-<language>-<theme>.png), each view checked for the
// language of what it shows, and the 200% zoom check on a 1366x768 screen: nothing may
// overflow sideways.
import { join } from 'node:path';
import { expect, search, test } from './fixtures.ts';
import { openEachView } from './views.ts';

const dir = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Visible text the page does not mark as Chinese (`lang="zh-CN"`, the data) but that has
 *  Han characters in it once the data it quotes is taken out: names shown elsewhere as data
 *  (`Previous: 综合处`) and the document's own numbering (`Number 三 repeats…`). That is
 *  interface text left untranslated. (A string: the callback runs in the page, whose DOM
 *  types the tests' tsconfig does not include.) */
const UNTRANSLATED = `(() => {
  const data = [...document.querySelectorAll('[lang="zh-CN"]')]
    .map((el) => el.textContent.trim())
    .filter((t) => t.length > 1)
    .sort((a, b) => b.length - a.length);
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('[lang]')?.getAttribute('lang') === 'zh-CN' || !el.checkVisibility()) continue;
    const rest = data.reduce((text, name) => text.split(name).join(''), node.textContent).replace(/[一二三四五六七八九十]+/g, '');
    if (/\\p{Script=Han}/u.test(rest)) out.push(node.textContent.trim());
  }
  return out;
})()`;

for (const language of ['zh', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots: every view, ${language}, ${colorScheme}`, async ({ page, gotoApp }, testInfo) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await gotoApp('/');
      if (language === 'en') await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-CN');
      const nav = page.getByRole('navigation', { name: language === 'en' ? 'Main' : '主导航' });
      await expect(nav).toContainText(language === 'en' ? 'Search' : '搜索');
      for await (const view of openEachView(page, gotoApp)) {
        if (language === 'en')
          expect(await page.evaluate<string[]>(UNTRANSLATED), `${view}: Chinese interface text`).toEqual([]);
        await page.evaluate('document.fonts.ready');
        await page.screenshot({
          path: join(dir, `${testInfo.project.name}-${view}-${language}-${colorScheme}.png`),
          fullPage: view !== 'chart',
        });
      }
    });
  }
}

test('readable at 200% zoom on a 1366x768 screen: no sideways scrolling', async ({ page, gotoApp }, testInfo) => {
  await gotoApp('/');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+Equal');
  await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
  const overflow = () => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await search(page, '因公护照');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(dir, `${testInfo.project.name}-zoom200-search.png`) });
  await page.getByTestId('search-hit').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('出国（境）管理处');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(dir, `${testInfo.project.name}-zoom200-unit.png`) });
});
