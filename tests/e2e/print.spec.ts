// Printing the seed's chart, duty sheet and booklet in the e2e database as Chromium prints
// them, read back with poppler-utils (pdf.ts): page count and size, names as real text, the
// CJK font embedded, page numbers, honest dates and titles. The print matrix over many
// offices and papers is print-matrix.spec.ts.
import type { Page } from '@playwright/test';
import { expect, seed, test } from './fixtures.ts';
import { fullWidthPunctuation as shown } from '../../shared/text/punctuation.ts';
import { embeddedNotoSansSc, FONT_TIMEOUT, hasWhole, printToPdf } from './pdf.ts';

const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];

test('the seed chart prints on one A4 landscape page with every unit name as text in the embedded font', async ({
  page,
  gotoApp,
}, testInfo) => {
  await gotoApp('/chart');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  const pdf = await printToPdf(page, testInfo.outputPath('seed-chart.pdf'));
  expect(pdf.pages).toHaveLength(1);
  const [p] = pdf.pages;
  expect(p!.width).toBeCloseTo(A4[1], 0);
  expect(p!.height).toBeCloseTo(A4[0], 0);
  for (const name of seed.unitsShown) expect(hasWhole(p!, name), name).toBe(true);
  expect(p!.flat).toContain('江西省人民政府外事办公室');
  expect(p!.flat).toContain('机构设置图');
  expect(p!.flat).toMatch(/打印日期：\d{4}-\d{2}-\d{2}/);
  // The seed gives no as-of date: the page says so, with the import date, never today as the data's date.
  expect(p!.flat).toMatch(/来源未注明日期，导入于\d{4}-\d{2}-\d{2}/);
  expect(p!.flat).not.toContain('数据截至');
  expect(p!.flat).not.toContain('接第');
  expect(pdf.title).toBe('江西省人民政府外事办公室-机构设置图-A4横向');
  // No affiliated units: no group bars and no legend, on screen or on paper.
  await expect(page.getByRole('list', { name: '图例' })).toHaveCount(0);
  expect(p!.flat).not.toContain('直属单位');
  expect(p!.flat).not.toContain('内设机构');
  expect(embeddedNotoSansSc(pdf.fonts).length, pdf.fonts).toBeGreaterThan(0);
});

test('an office with an affiliated unit: its units under the group bars 内设机构 and 直属单位, on one page', async ({
  page,
  gotoApp,
}, testInfo) => {
  await gotoApp('/');
  await page.getByRole('link', { name: '机构概览' }).click();
  await page.getByRole('navigation', { name: '切换机构' }).getByRole('link', { name: seed.secondOffice }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机构设置图' }).click();
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  const pdf = await printToPdf(page, testInfo.outputPath('affiliated-chart.pdf'));
  expect(pdf.pages).toHaveLength(1);
  const [p] = pdf.pages;
  for (const name of [
    '南昌市统计局',
    '办公室',
    '国民经济核算处',
    '工业交通统计处',
    '南昌市统计数据管理中心',
    '内设机构',
    '直属单位',
  ]) {
    expect(hasWhole(p!, name), name).toBe(true);
  }
  // The bars stand side by side between the office and the units they label: above their
  // bottom, below the header rule, only the office's box and the bars themselves.
  const bar = (label: string) => p!.words.find((w) => w.text === label)!;
  const office = p!.words.find((w) => w.text === '南昌市统计局' && w.yMin > 24 * MM)!;
  expect(bar('内设机构').yMin).toBeGreaterThan(office.yMax);
  expect(bar('直属单位').yMin).toBeCloseTo(bar('内设机构').yMin, 0);
  const above = p!.words.filter((w) => w.yMin > 24 * MM && w.yMin < bar('内设机构').yMax).map((w) => w.text);
  for (const text of above) expect('南昌市统计局（市人民政府普查办公室）内设机构直属单位').toContain(text);
  const fontRows = pdf.fonts
    .split('\n')
    .slice(2)
    .filter((row) => row.trim());
  expect(fontRows.length).toBeGreaterThan(0);
  expect(embeddedNotoSansSc(pdf.fonts), pdf.fonts).toHaveLength(fontRows.length);
});

/** The id of a unit, read from its box on the chart. */
async function unitId(page: Page, name: string): Promise<string> {
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  const id = await page
    .getByTestId('org-chart')
    .locator('[data-unit-id]')
    .filter({ has: page.locator('text', { hasText: name }) })
    .first()
    .getAttribute('data-unit-id');
  return id!;
}

test('the duty sheet of 综合处 prints on A4 portrait with its duties and a page number', async ({
  page,
  gotoApp,
}, testInfo) => {
  await gotoApp('/chart');
  const id = await unitId(page, '综合处');
  await gotoApp(`/chart?sheet=unit&unit=${id}`);
  const pdf = await printToPdf(page, testInfo.outputPath('duty-sheet.pdf'));
  expect(pdf.pages).toHaveLength(1);
  expect(pdf.pages[0]!.width).toBeCloseTo(A4[0], 0);
  expect(pdf.pages[0]!.height).toBeCloseTo(A4[1], 0);
  const text = pdf.pages[0]!.flat;
  expect(text).toContain('综合处职责清单');
  expect(text).toContain('负责机关文电、会务、财务、机要、档案');
  expect(text).toContain('负责内宾接待及与各市、县外事工作联系');
  expect(text).toContain('第1页/共1页');
  expect(pdf.title).toBe('江西省人民政府外事办公室-综合处-职责清单-A4纵向');
  expect(embeddedNotoSansSc(pdf.fonts).length).toBeGreaterThan(0);
});

test('the booklet from the office page: cover, contents, the chart, the duties flowing on, numbered 第 n 页 / 共 N 页', async ({
  page,
  gotoApp,
}, testInfo) => {
  await gotoApp('/');
  await page.getByRole('link', { name: '机构概览' }).click();
  await page.getByTestId('print-booklet').click();
  await expect(page.getByTestId('print-root')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  // The setup panel offers only what applies to the booklet: no paper, orientation or export resolution.
  await page.getByTestId('print-setup').locator('summary').click();
  await expect(page.getByTestId('setup-paper')).toHaveCount(0);
  await expect(page.getByTestId('setup-orientation')).toHaveCount(0);
  await expect(page.getByTestId('setup-internal')).toBeVisible();
  await page.getByTestId('setup-internal').check();
  const pdf = await printToPdf(page, testInfo.outputPath('booklet.pdf'));
  const pages = pdf.pages;
  // The preview said how many pages would come out.
  await expect(page.getByTestId('preview-summary')).toContainText(`打印 ${pages.length} 页`);
  for (const p of pages) {
    expect(p.width).toBeCloseTo(A4[0], 0);
    expect(p.height).toBeCloseTo(A4[1], 0);
  }
  pages.forEach((p, i) => expect(p.flat).toContain(`第${i + 1}页/共${pages.length}页`));
  expect(pages[0]!.flat).toContain('内部资料');
  expect(pages[0]!.flat).toContain('机构设置与职责手册');
  expect(pages[1]!.rows).toContain('目录');
  expect(pages[2]!.flat).toContain('机构设置图');
  expect(pages[3]!.flat).toContain('江西省人民政府外事办公室主要职责');
  expect(pdf.pages.map((p) => p.flat).join('')).toContain('完成省委、省政府交办的其他任务');
  // Nine units' sheets flow on: each starts on the page the contents give, and they take
  // fewer pages than there are units. Names print as displayed, in full-width punctuation
  // (出国（境）管理处), in the contents as on the sheet and the chart.
  for (const name of seed.units.map((n) => shown(n))) {
    const row = pages[1]!.rows.find((s) => s.startsWith(name) && /^\d+$/.test(s.slice(name.length)));
    expect(row, `${name} in the contents`).toBeDefined();
    const at = Number(/\d+$/.exec(row!)![0]);
    expect(pages[at - 1]!.flat, `${name} on page ${at}`).toContain(`${name}职责清单`);
  }
  expect(pages.length - 3).toBeLessThan(seed.units.length);
  expect(pdf.title).toBe('江西省人民政府外事办公室-机构设置与职责手册-A4纵向');
});

test('the chart page previews its print before printing: the pages, their count and type size', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/chart');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  await page.getByTestId('chart-print').click();
  await expect(page.getByTestId('print-root')).toBeVisible();
  await expect(page.getByTestId('print-page')).toHaveCount(1);
  await expect(page.getByTestId('preview-summary')).toHaveText(/打印 1 页，最小字号 \d+\.\d 磅/);
  await page.getByTestId('close-preview').click();
  await expect(page.getByTestId('print-root')).toBeHidden();
  await expect(page.getByTestId('org-chart')).toBeVisible();
});
