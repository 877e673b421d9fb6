// Screenshots of every view in both languages and both themes, for people to look at
// (test-results/screenshots/<view>-<language>-<theme>.png), and the 200% zoom check on a
// 1366x768 screen: nothing may overflow sideways.
import { join } from 'node:path';
import { expect, search, test } from './fixtures.ts';
import { openEachView } from './views.ts';

const dir = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

for (const language of ['zh', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots: every view, ${language}, ${colorScheme}`, async ({ page, gotoApp }, testInfo) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await gotoApp('/');
      if (language === 'en') await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-CN');
      for await (const view of openEachView(page, gotoApp)) {
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
