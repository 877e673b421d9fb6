// Print setups beyond the matrix (stress-offices.ts): tiny, huge, long-named, deep and
// mostly-affiliated offices, every print parameter of the chart route forced, the booklet of
// a unit whose duties run past a page, duty sheets of a unit with no duties and one with
// many leaders, and printing from the English UI. Every chart passes print-checks.ts; each
// test prints its setups in one browser page and reports every setup that fails at once.
import { test, expect, type Page } from '@playwright/test';
import { chartFrameSpan, checkChart, overlappingWords, pageMm, sizes, textsOutsideBoxes } from './print-checks.ts';
import type { OwnHost } from './own-host.ts';
import { printToPdf, type Pdf } from './pdf.ts';
import { closePrintHost, openPrintHost, printRoute, type PrintedOffice, type PrintHost } from './print-host.ts';

let offices: PrintedOffice[] = [];
let host: OwnHost | null = null;
let page: Page;
let opened: PrintHost | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ browser }) => {
  opened = await openPrintHost(browser, 'orgatlas-print-stress-');
  ({ host, offices, page } = opened);
});

test.afterAll(() => closePrintHost(opened));

const byLabel = (label: string) => offices.find((o) => o.label === label)!;

const print = (query: string, name: string, title: string | RegExp): Promise<Pdf> =>
  printRoute(page, query, name, title);

const figures: string[] = [];

/** Runs every setup, collecting the failures, so one run shows all that come out wrong. */
async function eachSetup<T>(setups: T[], run: (s: T) => Promise<void>): Promise<void> {
  const failed: string[] = [];
  for (const s of setups) {
    try {
      await run(s);
    } catch (e) {
      failed.push(`${JSON.stringify(s)}: ${(e as Error).message.split('\n').slice(0, 6).join(' ')}`);
    }
  }
  expect(failed).toEqual([]);
}

const orientationName = { landscape: '横向', portrait: '纵向' } as const;

async function printChart(o: PrintedOffice, query: string, paper: 'A4' | 'A3', orientation: 'landscape' | 'portrait') {
  const pdf = await print(
    `office=${o.id}&paper=${paper}&orientation=${orientation}${query}`,
    `${o.label}-${paper}-${orientation}${query.replace(/[&=]/g, '_')}`,
    `${o.name}-机构设置图-${paper}${orientationName[orientation]}`,
  );
  // An office of no unit or one unit prints at the modest size cap, small on its page by
  // design (tests/unit/chart/page.test.ts).
  const fills = !query.includes('fit=0') && o.units.length >= 2;
  const min = checkChart(pdf, o.units, pageMm(paper, orientation), {
    fills,
    frames: await chartFrameSpan(page, pageMm(paper, orientation)),
  });
  expect(await textsOutsideBoxes(page), 'text past its box frame').toEqual([]);
  figures.push(
    `${o.label} ${paper} ${orientation}${query}: ${pdf.pages.length} page(s), chart type ≥ ${min.toFixed(1)} pt`,
  );
  return { pdf, min };
}

test('offices of every shape print on A4 and A3, A3 never smaller', async () => {
  const shapes = offices.filter((o) => o.label !== 'duty extremes');
  await eachSetup(
    // One orientation per office, alternating, to keep the spec quick; the layout-level test
    // (tests/unit/chart/print-stress.test.ts) takes every office through both.
    shapes.map((o, i) => ({ label: o.label, orientation: i % 2 ? ('portrait' as const) : ('landscape' as const) })),
    async ({ label, orientation }) => {
      const o = byLabel(label);
      const a4 = await printChart(o, '', 'A4', orientation);
      const a3 = await printChart(o, '', 'A3', orientation);
      // The legend keys only the kinds of box drawn.
      if (label === 'only affiliated') for (const p of a4.pdf.pages) expect(p.flat).not.toContain('内设机构');
      // An office of only 派出机构 keys its dashed boxes as such.
      if (label === 'only dispatched')
        for (const p of a4.pdf.pages) {
          expect(p.flat).toContain('派出机构');
          expect(p.flat).not.toContain('直属单位');
        }
      // An office without units says so under its box.
      for (const { pdf } of [a4, a3])
        expect(pdf.pages[0]!.flat.includes('来源资料未列明本机构的内设机构和直属单位。'), label).toBe(!o.units.length);
      if (o.units.length) expect(a3.min, 'A3 type at least A4 type').toBeGreaterThanOrEqual(a4.min - 0.05);
      // Every page's header names the office and the sheet whole (a 34-character name once ran
      // off the page's edge).
      for (const { pdf } of [a4, a3])
        pdf.pages.forEach((p, i) =>
          expect(p.flat, `header of page ${i + 1}, ${label}`).toContain(`${o.name}机构设置图`),
        );
    },
  );
});

test('every print parameter forced: text direction, units per row, fit, internal', async () => {
  const queries = [
    '&text=horizontal',
    '&text=vertical',
    '&perRow=1',
    '&perRow=2',
    '&perRow=7',
    '&perRow=30',
    '&perRow=100',
    '&text=vertical&perRow=7',
    '&fit=0',
    '&internal=1',
  ];
  await eachSetup(
    // Five levels and 30 sub-units go through every parameter in the layout-level test.
    ['100 units', 'long names'].flatMap((label) => queries.map((query) => ({ label, query }))),
    async ({ label, query }) => {
      const { pdf } = await printChart(byLabel(label), query, 'A4', 'landscape');
      if (query === '&internal=1') for (const p of pdf.pages) expect(p.flat).toContain('内部资料');
    },
  );
});

test('every kind of body in labelled groups, in the chart order, and 竖排 Latin set across a cell', async () => {
  const o = byLabel('every kind');
  const groups = ['内设机构', '派出机构', '直属单位', '议事协调机构'];
  await eachSetup(
    [
      { query: '', paper: 'A4', orientation: 'landscape' },
      { query: '&text=vertical', paper: 'A4', orientation: 'landscape' },
      { query: '&text=horizontal&perRow=3', paper: 'A3', orientation: 'portrait' },
      { query: '&fit=0&text=vertical&internal=1', paper: 'A3', orientation: 'landscape' },
      { query: '&perRow=1', paper: 'A4', orientation: 'portrait' },
    ] as const,
    async ({ query, paper, orientation }) => {
      const { pdf } = await printChart(o, query, paper, orientation);
      const all = pdf.pages.flatMap((p) => p.strings);
      for (const g of groups)
        expect(
          all.some((s) => s === g || s.includes(g)),
          g,
        ).toBe(true);
      // Group bars run in the chart's order whatever the source's, in reading order: row by
      // row (groups may be set in rows around the trunk), each row left to right.
      if (pdf.pages.length === 1 && !query.includes('perRow') && !query.includes('fit=0')) {
        const words = pdf.pages[0]!.words;
        const at = (g: string) => {
          const w = words.filter((w) => w.text === g || w.text.startsWith(g));
          return w.length ? { g, x: Math.min(...w.map((x) => x.xMin)), y: Math.min(...w.map((x) => x.yMin)) } : null;
        };
        const found = groups.map(at);
        if (found.every((f) => f !== null)) {
          const reading = [...found].sort((a, b) => (Math.abs(a.y - b.y) > 2 ? a.y - b.y : a.x - b.x));
          expect(reading.map((f) => f.g)).toEqual(groups);
        }
      }
    },
  );
});

test('the booklet asked for on A3 landscape prints A4 portrait, its chart page grouped by kind', async () => {
  const o = byLabel('every kind');
  const pdf = await print(
    `office=${o.id}&sheet=booklet&paper=A3&orientation=landscape&text=vertical&perRow=2`,
    'booklet-a3-asked',
    `${o.name}-机构设置与职责手册-A4纵向`,
  );
  for (const p of pdf.pages) {
    expect(Math.round(p.width)).toBe(595);
    expect(Math.round(p.height)).toBe(842);
  }
  const all = pdf.pages.map((p) => p.flat).join('');
  for (const g of ['内设机构', '派出机构', '直属单位', '议事协调机构']) expect(all, g).toContain(g);
  for (const name of o.units) expect(all, name).toContain(`${name}职责清单`);
  expect(Math.min(...pdf.pages.map((p) => sizes(p).min))).toBeGreaterThanOrEqual(8 - 0.05);
  figures.push(`booklet of every kind (asked for A3 landscape): ${pdf.pages.length} A4 portrait pages`);
});

test('the duty sheet of an office with a 37-character name: its header whole on the page', async () => {
  const o = byLabel('latin, digits, aliases');
  const detail = await host!.api<{ units: { id: number; name: string }[] }>('getOffice', { officeId: o.id });
  const unit = detail.units[0]!;
  const pdf = await print(`office=${o.id}&sheet=unit&unit=${unit.id}`, 'sheet-long-office', /职责清单/);
  const p = pdf.pages[0]!;
  expect(p.flat).toContain(o.name);
  expect(p.flat).toContain(`${unit.name}职责清单`);
  // Nothing runs past the paper's edges, and nothing in the header overlaps.
  for (const w of p.words) {
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(0);
    expect(w.xMax, w.text).toBeLessThanOrEqual(p.width);
  }
  expect(overlappingWords(p).map(([a, b]) => `${a.text}/${b.text}`)).toEqual([]);
  expect(sizes(p).min).toBeGreaterThanOrEqual(8 - 0.05);
});

test('the booklet of a unit whose 40 duties run past a page: contents match the pages, every duty printed once', async () => {
  const o = byLabel('duty extremes');
  const pdf = await print(
    `office=${o.id}&sheet=booklet`,
    'booklet-duty-extremes',
    `${o.name}-机构设置与职责手册-A4纵向`,
  );
  const pages = pdf.pages;
  pages.forEach((p, i) => expect(p.flat, `page ${i + 1}`).toContain(`第${i + 1}页/共${pages.length}页`));
  const rows = pages[1]!.rows.map((r) => /^(.+?)(\d+)$/.exec(r)).filter((m) => m !== null);
  const pageOf = new Map(rows.map((m) => [m![1]!, Number(m![2])]));
  for (const name of o.units) {
    const at = pageOf.get(name);
    expect(at, `${name} in the contents`).toBeDefined();
    expect(pages[at! - 1]!.flat, `${name}'s sheet starts on page ${at}`).toContain(`${name}职责清单`);
  }
  // The long unit's duties run over more than one page, each numbered clause printed once.
  const all = pages.map((p) => p.flat).join('');
  for (const n of ['一', '二十', '四十']) expect(all.split(`负责组织协调全省第${n}类重点项目`).length - 1, n).toBe(1);
  const longFrom = pageOf.get('重点项目管理处')!;
  expect(pages[longFrom]!.flat).toContain('重点项目');
  expect(Math.min(...pages.map((p) => sizes(p).min))).toBeGreaterThanOrEqual(8 - 0.05);
  figures.push(`booklet of a 40-duty unit: ${pages.length} pages`);
});

test('duty sheets of a unit without duties and of one with eight leaders, titles distinct', async () => {
  const o = byLabel('duty extremes');
  const detail = await host!.api<{ units: { id: number; name: string }[] }>('getOffice', { officeId: o.id });
  const id = (name: string) => detail.units.find((u) => u.name === name)!.id;
  const titles: string[] = [];
  for (const [name, expected] of [
    ['无职责处', ['无职责处职责清单']],
    ['综合协调处', ['综合协调处职责清单', '处长：王明', '一级调研员：周杰']],
  ] as const) {
    const title = `${o.name}-${name}-职责清单-A4纵向`;
    const pdf = await print(`office=${o.id}&sheet=unit&unit=${id(name)}`, `sheet-${name}`, title);
    expect(pdf.title).toBe(title);
    titles.push(pdf.title);
    expect(pdf.pages).toHaveLength(1);
    for (const text of expected) expect(pdf.pages[0]!.flat).toContain(text);
    expect(pdf.pages[0]!.flat).toContain('第1页/共1页');
    expect(pdf.pages[0]!.flat).toMatch(/来源未注明日期，导入于\d{4}-\d{2}-\d{2}/);
  }
  expect(new Set(titles).size).toBe(titles.length);
});

test('printing from the English UI: the preview speaks English, counts pages without "page(s)"', async () => {
  await page.evaluate(`window.location.hash = '#/'`);
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  try {
    for (const [label, query] of [
      ['100 units', 'sheet=booklet'],
      ['long names', 'paper=A4&orientation=landscape&perRow=2'],
      ['duty extremes', 'sheet=unit'],
    ] as const) {
      const o = byLabel(label);
      let q = `office=${o.id}&${query}`;
      if (query === 'sheet=unit') {
        const detail = await host!.api<{ units: { id: number }[] }>('getOffice', { officeId: o.id });
        q += `&unit=${detail.units[0]!.id}`;
      } else if (!query.includes('sheet')) {
        await page.evaluate(`window.location.hash = ${JSON.stringify(`#/chart?${q}`)}`);
        await page.getByTestId('chart-print').click();
      }
      if (query.includes('sheet')) await page.evaluate(`window.location.hash = ${JSON.stringify(`#/chart?${q}`)}`);
      const summary = page.getByTestId('preview-summary');
      await expect(summary).toHaveText(/^\d+ pages?[ ,]/, { timeout: 30_000 });
      const text = (await summary.textContent())!;
      expect(text, label).not.toMatch(/[\u3400-\u9fff]/);
      expect(text, label).not.toContain('page(s)');
      figures.push(`English preview of ${label}: ${text}`);
    }
    // The printed sheet stays Chinese, as the data is: group labels and the header's title.
    const kinds = byLabel('every kind');
    await page.evaluate(
      `window.location.hash = ${JSON.stringify(`#/chart?office=${kinds.id}&paper=A3&orientation=portrait`)}`,
    );
    const pdf = await printToPdf(page, test.info().outputPath('english-ui-every-kind.pdf'));
    checkChart(pdf, kinds.units, pageMm('A3', 'portrait'));
    for (const text of ['机构设置图', '内设机构', '派出机构', '直属单位', '议事协调机构'])
      expect(pdf.pages[0]!.flat, text).toContain(text);
  } finally {
    await page.evaluate(`window.location.hash = '#/'`);
    await page.getByTestId('language-switch').click();
  }
});

test('print parameters the app cannot read: one sentence, and the chart still prints with the defaults', async () => {
  const o = byLabel('long names');
  await page.evaluate(
    `window.location.hash = ${JSON.stringify(`#/chart?office=${o.id}&paper=B5&orientation=up&text=diagonal&perRow=abc&fit=maybe&sheet=poster&unit=x`)}`,
  );
  const note = page.getByTestId('ignored-params');
  await expect(note).toHaveText(
    '地址中有无法识别的打印参数，已按默认设置处理：unit=x, sheet=poster, paper=B5, orientation=up, text=diagonal, perRow=abc, fit=maybe。',
  );
  await expect(page.getByTestId('org-chart')).toBeVisible();
  // The defaults: the chart on A4 landscape, fitted to one page.
  const pdf = await printToPdf(page, test.info().outputPath('ignored-params.pdf'));
  expect(pdf.title).toBe(`${o.name}-机构设置图-A4横向`);
  checkChart(pdf, o.units, pageMm('A4', 'landscape'));
  // An office number that names no office: one sentence, no chart, no stack trace.
  await page.evaluate(`window.location.hash = '#/chart?office=999999'`);
  await expect(page.locator('.status-error h1')).toBeVisible();
  expect(await page.locator('.status-error').textContent()).not.toMatch(/at \w+ \(|Error:/);
  await expect(page.getByTestId('org-chart')).toHaveCount(0);
});

test.afterAll(() => {
  console.log(figures.join('\n'));
});
