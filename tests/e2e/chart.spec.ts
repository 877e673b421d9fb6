// The chart view on screen: every unit drawn as text, click to open, search to highlight the
// path, zoom/pan/fit, expand/collapse, SVG and PNG export.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seed, test } from './fixtures.ts';

const chart = (page: Page) => page.getByTestId('org-chart');
const box = (page: Page, name: string) =>
  chart(page)
    .locator('[data-testid=chart-box]')
    .filter({ has: page.locator('text', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });
const transform = (page: Page) => chart(page).locator(':scope > g').getAttribute('transform');

async function openChart(page: Page, gotoApp: (route: string) => Promise<void>): Promise<void> {
  await gotoApp('/chart');
  await expect(chart(page)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

test('draws the office and its nine units in source order as text; search highlights a path; branches collapse', async ({
  page,
  gotoApp,
}) => {
  await openChart(page, gotoApp);
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(10);
  const names = await chart(page).locator('[data-unit-id] text:first-of-type').allTextContents();
  expect(names).toEqual(seed.unitsShown);
  await expect(chart(page).locator('text', { hasText: '江西省人民政府外事办公室' })).toHaveCount(1);
  await expect(chart(page).locator('text', { hasText: '（省港澳事务处）' })).toHaveCount(1);
  // Ten boxes, nine lines, each from the office down to one unit.
  await expect(chart(page).locator('path.oa-edge')).toHaveCount(9);

  // Search highlights the path from the office to the matching unit.
  await page.getByTestId('chart-search').fill('港澳事务处');
  const lit = chart(page).locator('.oa-box-hit');
  await expect(lit).toHaveCount(2);
  await expect(lit.nth(0)).toContainText('江西省人民政府外事办公室');
  await expect(lit.nth(1)).toContainText('亚洲处');
  await expect(chart(page).locator('path.oa-edge-hit')).toHaveCount(1);
  // One matching unit: its duty sheet is a click away.
  await expect(page.getByTestId('duty-sheet-link')).toHaveAttribute('href', /sheet=unit&unit=\d+/);
  await page.getByTestId('chart-search').fill('不存在的处');
  await expect(lit).toHaveCount(0);

  // Collapsing and expanding a branch.
  await chart(page).getByRole('button', { name: '折叠 江西省人民政府外事办公室' }).click();
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(1);
  await chart(page).getByRole('button', { name: '展开 江西省人民政府外事办公室' }).click();
  await expect(chart(page).locator('[data-testid=chart-box]')).toHaveCount(10);
});

test('zoom, pan and fit to window change the view; dragging does not open a unit, clicking does', async ({
  page,
  gotoApp,
}) => {
  await openChart(page, gotoApp);
  // The chart opens at a readable size; fitting the nine units to the wide window enlarges it.
  const opening = await transform(page);
  await page.getByTestId('chart-fit').click();
  await expect.poll(() => transform(page)).not.toBe(opening);
  const fitted = await transform(page);
  await page.getByRole('button', { name: '放大' }).click();
  await expect.poll(() => transform(page)).not.toBe(fitted);
  const zoomed = await transform(page);
  const b = (await box(page, '综合处').boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 120, b.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => transform(page)).not.toBe(zoomed);
  await expect(page).toHaveURL(/#\/chart$/);
  await page.getByTestId('chart-fit').click();
  await expect.poll(() => transform(page)).toBe(fitted);

  await box(page, '欧洲处').click();
  await expect(page).toHaveURL(/#\/unit\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欧洲处');
});

test('exports the chart as SVG with text, and as PNG at the chosen resolution', async ({ page, gotoApp }) => {
  await openChart(page, gotoApp);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  for (const name of seed.unitsShown) expect(svg).toContain(`>${name}</text>`);
  expect(svg).not.toContain('oa-toggle');
  // The font travels with the file: Noto Sans SC slices inlined as woff2 data.
  expect(svg).toMatch(/@font-face\{font-family:'Noto Sans SC';font-weight:700;src:url\(data:font\/woff2;base64,/);
  const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);

  await page.getByTestId('print-setup').locator('summary').click();
  await page.getByLabel('分辨率（DPI）').selectOption('150');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/150dpi\.png$/);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // IHDR width: the SVG's width at 150 dpi instead of 96.
  expect(png.readUInt32BE(16)).toBe(Math.round((svgWidth * 150) / 96));
});
