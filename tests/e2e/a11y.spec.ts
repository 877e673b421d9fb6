// Accessibility: axe-core finds no serious or critical violation on any view in either
// theme; keyboard focus is always visible.
import AxeBuilder from '@axe-core/playwright';
import { expect, search, test } from './fixtures.ts';
import { openEachView } from './views.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations on every view (${colorScheme})`, async ({ page, gotoApp }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    for await (const view of openEachView(page, gotoApp)) {
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad, `axe on ${view}`).toEqual([]);
    }
  });
}

test('Tab reaches every control with a visible focus ring', async ({ page, gotoApp }) => {
  await gotoApp('/');
  await search(page, '护照');
  await page.getByTestId('search-input').press('Escape');
  await expect(page.getByRole('region', { name: '机构一览' }).getByRole('link').first()).toBeVisible();
  const outlines: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    outlines.push(
      String(
        await page.evaluate(
          `(() => { const s = getComputedStyle(document.activeElement); return document.activeElement.tagName + ':' + s.outlineStyle + ':' + s.outlineWidth; })()`,
        ),
      ),
    );
  }
  for (const outline of outlines) expect(outline, 'focused element has an outline').toMatch(/:solid:[1-9]/);
});
