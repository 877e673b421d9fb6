// The chart on screen: search through the app's search (pinyin, initials, traditional
// script, duties, people) that pans to the match and steps with Enter; a toolbar that does
// not move; folding that keeps the box in place; keyboard movement between boxes; the setup
// written back to the route; dark paper; the stage within the window at 200 % zoom; a PNG
// export that shows progress and can be cancelled. Screenshots of each state are kept with
// the test's output.
import type { Locator, Page } from '@playwright/test';
import { expect, seed, test } from './fixtures.ts';

const chart = (page: Page) => page.getByTestId('org-chart');
const current = (page: Page) => chart(page).locator('.oa-box-current [data-testid=chart-box] text').first();
const named = (page: Page, name: string) =>
  chart(page)
    .locator('[data-testid=chart-box]')
    .filter({ has: page.locator('text', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });

async function openChart(page: Page, gotoApp: (route: string) => Promise<void>, query = ''): Promise<void> {
  await gotoApp(`/chart${query}`);
  await expect(chart(page)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

async function officeId(page: Page, name: string): Promise<number> {
  const listed = (await (await page.request.post('/api/listOffices', { data: {} })).json()) as {
    value: { id: number; name: string }[];
  };
  return listed.value.find((o) => o.name === name)!.id;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('chart search finds units by pinyin, initials, traditional script, duty words and people, and pans to them', async ({
  page,
  gotoApp,
}) => {
  await openChart(page, gotoApp);
  const stage = await centre(page.getByTestId('chart-stage'));
  for (const [query, unit] of [
    ['ouzhou', '欧洲处'],
    ['ozc', '欧洲处'],
    ['歐洲', '欧洲处'],
    ['护照', '出国（境）管理处'],
    ['顾健红', '直属机关党委'],
  ] as const) {
    await page.getByTestId('chart-search').fill(query);
    await expect(current(page), query).toHaveText(unit);
    // Panned so the match sits in the middle of the stage.
    await expect
      .poll(async () => {
        const c = await centre(named(page, unit));
        return Math.hypot(c.x - stage.x, c.y - stage.y);
      }, query)
      .toBeLessThan(3);
  }
  await shot(page, 'search-person-zh-light');
});

test('Enter steps through the matches and Shift+Enter back; the count has its own slot, so the toolbar stays put in both languages', async ({
  page,
  gotoApp,
}) => {
  await openChart(page, gotoApp);
  const input = page.getByTestId('chart-search');
  const count = page.getByTestId('chart-match-count');
  const fitButton = page.getByTestId('chart-fit');
  const pngButton = page.getByTestId('export-png');
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') {
      await input.fill('');
      await page.getByTestId('language-switch').click();
      await expect(fitButton).toHaveText('Fit to window');
      // No Chinese left in the English toolbar and heading label (the office's name is data).
      expect(await page.getByRole('toolbar').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
      await expect(page.locator('.oa-chart-heading .oa-print-title')).toHaveText('Organisation chart');
    }
    const before = [await fitButton.boundingBox(), await pngButton.boundingBox()];
    // 管理 is in the duties of three units: 出国（境）管理处, 综合处 and 领事安全处.
    await input.fill('管理');
    await expect(count).toHaveText(language === 'zh' ? '第 1/3 个' : '1 of 3');
    expect([await fitButton.boundingBox(), await pngButton.boundingBox()], language).toEqual(before);
    const seen = [await current(page).textContent()];
    await input.press('Enter');
    await expect(count).toHaveText(language === 'zh' ? '第 2/3 个' : '2 of 3');
    seen.push(await current(page).textContent());
    await input.press('Enter');
    await expect(count).toHaveText(language === 'zh' ? '第 3/3 个' : '3 of 3');
    seen.push(await current(page).textContent());
    expect([...seen].sort()).toEqual(['出国（境）管理处', '领事安全处', '综合处'].sort());
    // Past the last it wraps to the first; Shift+Enter goes back to the last.
    await input.press('Enter');
    await expect(current(page)).toHaveText(seen[0]!);
    await input.press('Shift+Enter');
    await expect(current(page)).toHaveText(seen[2]!);
    await expect(count).toHaveText(language === 'zh' ? '第 3/3 个' : '3 of 3');
    // A query with no match says so, in the same slot.
    await input.fill('鳄鱼潜水艇');
    await expect(count).toHaveText(language === 'zh' ? '没有匹配的处室' : 'No matching unit');
    expect([await fitButton.boundingBox(), await pngButton.boundingBox()], language).toEqual(before);
    await input.fill('管理');
    await shot(page, `search-steps-${language}-light`);
  }
});

test('folding a branch keeps its box in place; 全部折叠 on a flat office leaves the office; the fold control is a named button', async ({
  page,
  gotoApp,
}) => {
  // 南昌市统计局 has 内设机构 and 直属单位 groups; fixed text and rows, so folding changes
  // only what is drawn, not the arrangement.
  const id = await officeId(page, seed.secondOffice);
  await openChart(page, gotoApp, `?office=${id}&text=horizontal&perRow=10`);
  const group = named(page, '内设机构');
  const toggle = chart(page).getByRole('button', { name: '折叠 内设机构' });
  await toggle.focus();
  const before = (await group.boundingBox())!;
  await page.keyboard.press('Enter');
  await expect(chart(page).getByRole('button', { name: '展开 内设机构' })).toBeFocused();
  await expect(named(page, '办公室')).toHaveCount(0);
  const after = (await group.boundingBox())!;
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  await page.keyboard.press(' ');
  await expect(named(page, '办公室')).toHaveCount(1);
  await expect(chart(page).getByRole('button', { name: '折叠 内设机构' })).toBeFocused();

  // With groups 全部折叠 folds them: the office and its two groups stay.
  await page.getByTestId('collapse-all').click();
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(3);
  await page.getByTestId('expand-all').click();
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(7);

  // The seed is flat: 全部折叠 leaves the office alone, 全部展开 brings the nine units back.
  await openChart(page, gotoApp);
  await page.getByTestId('collapse-all').click();
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(1);
  await expect(chart(page).getByRole('button', { name: `展开 ${seed.office}` })).toBeVisible();
  await page.getByTestId('expand-all').click();
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(10);
});

test('the boxes are one tab stop and the arrow keys, Home and End move between them', async ({ page, gotoApp }) => {
  await openChart(page, gotoApp);
  const stops = chart(page).locator('[data-testid=chart-box][tabindex="0"]');
  await expect(stops).toHaveCount(1);
  const office = named(page, seed.office);
  await expect(office).toHaveAttribute('tabindex', '0');
  await office.focus();
  // A box is named by its texts: 打开 (open) and the unit's name, then its leaders; the
  // office's name, then its nameplates. The first word or two say which box it is.
  const focused = async () =>
    String(await page.evaluate(`document.activeElement?.getAttribute('aria-label') ?? ''`))
      .split(' 专职副书记')[0]!
      .split(' （')[0]!;
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe(`打开 ${seed.unitsShown[0]}`);
  await page.keyboard.press('ArrowRight');
  await expect.poll(focused).toBe(`打开 ${seed.unitsShown[1]}`);
  await page.keyboard.press('End');
  await expect.poll(focused).toBe(`打开 ${seed.unitsShown[8]}`);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focused).toBe(`打开 ${seed.unitsShown[7]}`);
  await page.keyboard.press('Home');
  await expect.poll(focused).toBe(`打开 ${seed.unitsShown[0]}`);
  await shot(page, 'arrow-focus-zh-light');
  // The focused box is now the one tab stop; Tab from the office's box reaches its fold button.
  await expect(stops).toHaveCount(1);
  await expect(named(page, seed.unitsShown[0])).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('ArrowUp');
  await expect.poll(focused).toBe(seed.office);
  await page.keyboard.press('Tab');
  await expect.poll(focused).toBe(`折叠 ${seed.office}`);
  // Enter on a unit still opens it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/unit\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seed.unitsShown[1]);
});

test('the print setup is written back to the route, replacing the history entry, and a reload keeps it', async ({
  page,
  gotoApp,
}) => {
  const id = await officeId(page, seed.office);
  await openChart(page, gotoApp, `?office=${id}`);
  const entries = await page.evaluate<number>('history.length');
  await page.getByTestId('print-setup').locator('summary').click();
  await page.getByTestId('setup-paper').selectOption('A3');
  await expect(page).toHaveURL(new RegExp(`#/chart\\?office=${id}&paper=A3&orientation=landscape$`));
  await page.getByTestId('setup-text').selectOption('vertical');
  await page.getByLabel('最小字号（磅）').fill('10');
  await expect(page).toHaveURL(/paper=A3&orientation=landscape&text=vertical&minPt=10$/);
  expect(await page.evaluate<number>('history.length')).toBe(entries);
  await page.reload();
  await expect(chart(page)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByTestId('print-setup').locator('summary').click();
  await expect(page.getByTestId('setup-paper')).toHaveValue('A3');
  await expect(page.getByTestId('setup-text')).toHaveValue('vertical');
  await expect(page.getByLabel('最小字号（磅）')).toHaveValue('10');
  // The printed page follows the route: 竖排 boxes are drawn with vertical text.
  await expect(page.getByTestId('print-root').locator('text.oa-text-vertical').first()).toBeAttached();
});

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test('in the dark theme the chart paper, the search box and the selects are dark; the printed pages stay white', async ({
  page,
  gotoApp,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openChart(page, gotoApp);
  const style = (locator: Locator, property: string) =>
    locator.evaluate((el, p) => el.ownerDocument.defaultView!.getComputedStyle(el).getPropertyValue(p), property);
  expect(luminance(await style(page.getByTestId('chart-stage'), 'background-color'))).toBeLessThan(0.05);
  const frame = named(page, '综合处').locator('rect');
  expect(luminance(await style(frame, 'fill'))).toBeLessThan(0.05);
  expect(luminance(await style(named(page, '综合处').locator('text').first(), 'fill'))).toBeGreaterThan(0.7);
  expect(luminance(await style(page.getByTestId('chart-search'), 'background-color'))).toBeLessThan(0.05);
  expect(luminance(await style(page.getByTestId('chart-search'), 'color'))).toBeGreaterThan(0.7);
  await page.getByTestId('print-setup').locator('summary').click();
  expect(luminance(await style(page.getByTestId('setup-paper'), 'background-color'))).toBeLessThan(0.05);
  await page.getByTestId('chart-search').fill('ozc');
  await expect(current(page)).toHaveText('欧洲处');
  await shot(page, 'chart-zh-dark');
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('chart-fit')).toHaveText('Fit to window');
  await shot(page, 'chart-en-dark');
  await page.getByTestId('language-switch').click();

  // The preview shows the printed page: black on white.
  await page.getByTestId('chart-print').click();
  const printed = page.getByTestId('print-root').locator('.oa-print-page').first();
  await expect(printed).toBeVisible();
  expect(luminance(await style(printed, 'background-color'))).toBe(1);
  const printedFrame = printed.locator('.oa-box-frame').nth(1);
  expect(luminance(await style(printedFrame, 'fill'))).toBe(1);
  await shot(page, 'preview-zh-dark');
});

test('the stage fits the window, and at 200 % zoom the chart text grows with the page', async ({ page, gotoApp }) => {
  await openChart(page, gotoApp);
  const fitsWindow = () => page.evaluate<boolean>('document.documentElement.scrollHeight <= window.innerHeight + 1');
  await expect.poll(fitsWindow).toBe(true);
  const unitText = named(page, '综合处').locator('text').first();
  const size100 = (await unitText.boundingBox())!.height;
  await page.getByTestId('chart-search').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+=');
  await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
  await expect.poll(async () => (await unitText.boundingBox())!.height / size100).toBeGreaterThan(1.9);
  await shot(page, 'chart-zh-app-zoom-200');
  await expect.poll(fitsWindow).toBe(true);
  await page.keyboard.press('Control+0');

  // The browser's own zoom: half the CSS pixels, each twice as big.
  await page.setViewportSize({ width: 683, height: 500 });
  await page.reload();
  await expect(chart(page)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect.poll(fitsWindow).toBe(true);
  // The chart is not shrunk to fit the narrower window: its text stays at least the readable
  // size, three quarters of its CSS size at 100 % or more, so on the 200 % screen at least
  // one and a half times its physical size.
  expect((await unitText.boundingBox())!.height).toBeGreaterThan(size100 * 0.75);
  await shot(page, 'chart-zh-browser-zoom-200');
});

test('a PNG export shows its progress and can be cancelled, leaving no file', async ({ page, gotoApp }) => {
  await openChart(page, gotoApp);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByTestId('print-setup').locator('summary').click();
  await page.getByLabel('分辨率（DPI）').selectOption('600');
  // The seed's chart exports in about a second here, too quick to click Cancel from outside
  // the page with certainty: the page itself clicks the real Cancel button as soon as the
  // progress bar shows the first band drawn.
  await page.evaluate(`new MutationObserver((_, observer) => {
    const bar = document.querySelector('[data-testid=export-progress] progress');
    if (!bar || bar.value < 1) return;
    observer.disconnect();
    window.cancelledAt = { done: bar.value, steps: bar.max, label: bar.parentElement.textContent };
    document.querySelector('[data-testid=export-cancel]').click();
  }).observe(document.body, { subtree: true, childList: true, attributes: true })`);
  await page.getByTestId('export-png').click();
  await expect(page.getByTestId('chart-notice')).toHaveText('已取消导出，没有生成文件。');
  const at = (await page.evaluate('window.cancelledAt')) as { done: number; steps: number; label: string };
  // Cancelled part-way, with the progress shown: the bands, then encoding.
  expect(at.label).toContain('正在导出 PNG（600 dpi）');
  expect(at.done).toBeGreaterThanOrEqual(1);
  expect(at.done).toBeLessThan(at.steps);
  await expect(page.getByTestId('export-progress')).toHaveCount(0);
  await expect(page.getByTestId('export-png')).toBeEnabled();
  // Long enough for the cancelled export to have finished had it gone on.
  await page.waitForTimeout(3000);
  expect(downloads).toEqual([]);

  // The same export left to finish gives its file.
  const [done] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(done.suggestedFilename()).toBe(`${seed.office}-机构设置图-600dpi.png`);
});

test('laying out the booklet shows progress, and Cancel goes back to the chart with nothing printed', async ({
  page,
  gotoApp,
}) => {
  const id = await officeId(page, seed.office);
  await openChart(page, gotoApp, `?office=${id}`);
  // Hold the font slices the booklet's duty text needs, so its layout waits on them.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.woff2', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  const entries = await page.evaluate<number>('history.length');
  await page.evaluate(`window.location.hash = '#/chart?office=${id}&sheet=booklet'`);
  await expect(page.getByTestId('sheet-progress')).toBeVisible();
  // (Not photographed: a screenshot waits for the fonts held here.)
  await expect(page.getByTestId('print-root')).not.toHaveAttribute('data-ready', 'true');
  await page.getByTestId('sheet-cancel').click();
  await expect(page).toHaveURL(new RegExp(`#/chart\\?office=${id}$`));
  await expect(chart(page)).toBeVisible();
  await expect(page.getByTestId('print-root').locator('.oa-sheet-page')).toHaveCount(0);
  // Cancel replaced the booklet's entry: Back does not lead into it again.
  expect(await page.evaluate<number>('history.length')).toBe(entries + 1);
  release();
  await page.unroute('**/*.woff2');
});
