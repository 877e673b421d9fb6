// The sweep's offices (tests/unit/chart/sweep-offices.ts: shapes the matrix does not have)
// printed by Chromium on A4 and A3, landscape and portrait, each PDF read back and held to
// the matrix's checks (print-checks.ts), A3 type never below A4's; and the booklet of the
// four-level office, whose 44-character name four levels down wraps in the contents with
// its page number on the last line; and three of them printed from the English UI. The
// PDFs stay in test-results for looking at (pdftoppm -r 50 -png).
import { test, expect, type Page } from '@playwright/test';
import { NAME_44, sweepOffices } from '../unit/chart/sweep-offices.ts';
import { checkChart, pageMm, sizes } from './print-checks.ts';
import { printToPdf, type Pdf } from './pdf.ts';
import { closePrintHost, openPrintHost, printRoute, type PrintedOffice, type PrintHost } from './print-host.ts';
import { sweepAsStress } from './sweep-stress.ts';

/** The shapes printed (the 150-unit one and the larger random tree stay at the layout level). */
const LOOKED_AT = [
  '1 unit',
  '2 units',
  '3 units',
  '13 units',
  '100 units',
  'names of 2 to 30 characters',
  'four levels',
  'only 直属单位',
  'every group heading',
  'a court',
  'a division of 25 sections',
  'random tree of 60',
];

let offices: PrintedOffice[] = [];
let page: Page;
let opened: PrintHost | undefined;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async ({ browser }) => {
  const shapes = sweepOffices().filter((o) => LOOKED_AT.includes(o.label));
  opened = await openPrintHost(browser, 'orgatlas-print-look-', shapes.map(sweepAsStress));
  ({ offices, page } = opened);
});

test.afterAll(() => closePrintHost(opened));

const print = (query: string, name: string, title: string): Promise<Pdf> => printRoute(page, query, name, title);

const orientationName = { landscape: '横向', portrait: '纵向' } as const;
const figures: string[] = [];

test('the sweep offices print on A4 and A3, landscape and portrait', async () => {
  const failed: string[] = [];
  for (const o of offices)
    for (const orientation of ['landscape', 'portrait'] as const) {
      const type: Record<string, number> = {};
      const pages: Record<string, number> = {};
      for (const paper of ['A4', 'A3'] as const) {
        try {
          const pdf = await print(
            `office=${o.id}&paper=${paper}&orientation=${orientation}`,
            `${o.label}-${paper}-${orientation}`.replace(/\s+/g, '-'),
            `${o.name}-机构设置图-${paper}${orientationName[orientation]}`,
          );
          type[paper] = checkChart(pdf, o.units, pageMm(paper, orientation), { fills: o.units.length >= 2 });
          pages[paper] = pdf.pages.length;
          figures.push(
            `${o.label} ${paper} ${orientation}: ${pdf.pages.length} page(s), ≥ ${type[paper]!.toFixed(1)} pt`,
          );
        } catch (e) {
          failed.push(`${o.label} ${paper} ${orientation}: ${(e as Error).message.split('\n').slice(0, 4).join(' ')}`);
        }
      }
      // A3 may print on one page a chart A4 tiles at a little larger type (page.ts).
      if (type.A4 !== undefined && type.A3 !== undefined && pages.A3! >= pages.A4! && type.A3 < type.A4 - 0.05)
        failed.push(`${o.label} ${orientation}: A3 ${type.A3} pt below A4 ${type.A4} pt`);
    }
  expect(failed).toEqual([]);
});

test('the booklet contents wrap a 44-character name four levels down, its page number on the last line', async () => {
  const o = offices.find((x) => x.label === 'four levels')!;
  const pdf = await print(`office=${o.id}&sheet=booklet`, 'booklet-four-levels', `${o.name}-机构设置与职责手册-A4纵向`);
  const contents = pdf.pages.filter((p) => p.rows.includes('目录') || p.rows.includes('目录（续）'));
  const rows = contents.flatMap((p) => p.rows);
  // Its row's lines: the name in two lines, the last ending with the page number.
  const at = rows.findIndex((r) => NAME_44.startsWith(r) && r.length < NAME_44.length);
  expect(at, 'the name begins a contents line').toBeGreaterThanOrEqual(0);
  const m = /^(.+?)(\d+)$/.exec(rows[at + 1]!);
  expect(m, 'the next line ends with the page number').not.toBeNull();
  expect(rows[at]! + m![1]!).toBe(NAME_44);
  // Every contents line stays inside the text column: none runs under the page numbers.
  for (const p of contents)
    for (const w of p.words) expect(w.xMax, w.text).toBeLessThanOrEqual(p.width - 18 * (72 / 25.4) + 1);
  const pageNo = Number(m![2]);
  expect(pdf.pages[pageNo - 1]!.strings.join(''), `the sheet starts on page ${pageNo}`).toContain('职责清单');
  expect(pdf.pages[pageNo - 1]!.flat).toContain(NAME_44.slice(-10));
  expect(Math.min(...pdf.pages.map((p) => sizes(p).min))).toBeGreaterThanOrEqual(8 - 0.05);
  figures.push(`booklet of four levels: ${pdf.pages.length} pages, ${contents.length} contents`);
});

test('from the English UI: the preview counts in English, the sheets print as from the Chinese one', async () => {
  await page.evaluate(`window.location.hash = '#/'`);
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  try {
    for (const [label, query] of [
      ['a court', 'paper=A4&orientation=portrait'],
      ['every group heading', 'paper=A3&orientation=landscape&perRow=3'],
      ['four levels', 'sheet=booklet'],
    ] as const) {
      const o = offices.find((x) => x.label === label)!;
      await page.evaluate(`window.location.hash = ${JSON.stringify(`#/chart?office=${o.id}&${query}`)}`);
      if (!query.includes('sheet')) await page.getByTestId('chart-print').click();
      const summary = page.getByTestId('preview-summary');
      await expect(summary).toHaveText(/^\d+ pages?[ ,]/, { timeout: 30_000 });
      const text = (await summary.textContent())!;
      expect(text, label).not.toMatch(/[\u3400-\u9fff]/);
      const pdf = await printToPdf(page, test.info().outputPath(`english-${label.replace(/\s+/g, '-')}.pdf`));
      expect(text, label).toMatch(new RegExp(`^${pdf.pages.length} page`));
      if (query.includes('sheet'))
        for (const name of o.units) expect(pdf.pages.map((p) => p.flat).join('')).toContain(name.slice(-8));
      else
        checkChart(
          pdf,
          o.units,
          pageMm(query.includes('A3') ? 'A3' : 'A4', query.includes('portrait') ? 'portrait' : 'landscape'),
        );
      figures.push(`English UI, ${label} (${query}): ${text}`);
    }
  } finally {
    await page.evaluate(`window.location.hash = '#/'`);
    await page.getByTestId('language-switch').click();
  }
});

test.afterAll(() => {
  console.log(figures.join('\n'));
});
