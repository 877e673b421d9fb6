// The print matrix: offices of 5, 9 (the seed), 14, 22 (with 直属单位), 30 (divisions with
// sections) 35 and 60 units × A4 and A3 × landscape and portrait, printed by Chromium
// (print-to-PDF with the CSS page size) and read back with pdftotext -bbox-layout:
// - every unit name appears whole, on exactly one page (tiles never overlap);
// - no two pages carry the same set of names;
// - the smallest glyph is at least 8 pt, and A3 type is at least as large as A4 type;
// - a one-page chart spans at least half its page's width or height.
// The offices are source documents (synthetic-offices.ts) imported with the real CLI into a
// database of their own, served by a browser host of its own, so the other specs keep the
// two-office e2e database they assert on. One browser page prints every cell.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { SEED_UNIT_NAMES_SHOWN } from '../fixtures/seed-expected.ts';
import { checkChart as checkPages, MM, pageMm, sizes } from './print-checks.ts';
import { startHost, type OwnHost } from './own-host.ts';
import { printToPdf, type Pdf } from './pdf.ts';
import { syntheticOffices } from './synthetic-offices.ts';

const root = join(import.meta.dirname, '..', '..');
interface Office {
  id: number;
  name: string;
  units: string[];
}

const offices: Office[] = [];
let host: OwnHost | null = null;
let origin = '';
let dir = '';
let page: Page;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'orgatlas-print-matrix-'));
  const synthetic = syntheticOffices();
  const files = synthetic.map((o, i) => {
    const file = join(dir, `office-${i}.txt`);
    writeFileSync(file, o.text);
    return file;
  });
  const seedFile = readdirSync(join(root, 'data'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(root, 'data', f))[0]!;
  const db = join(dir, 'matrix.db');
  execFileSync(process.execPath, [join(root, 'bin', 'orgatlas.mjs'), 'import', seedFile, ...files, '--db', db], {
    cwd: root,
  });
  host = await startHost(db);
  origin = host.origin;
  const listed = await host.api<{ id: number; name: string }[]>('listOffices');
  const expected = [{ name: '江西省人民政府外事办公室', units: SEED_UNIT_NAMES_SHOWN }, ...synthetic];
  for (const o of expected)
    offices.push({ id: listed.find((l) => l.name === o.name)!.id, name: o.name, units: o.units });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
});

test.afterAll(async () => {
  await page?.close();
  host?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the route in the one page (a hash change: the app, its data and fonts stay loaded)
 *  and prints it once the view shows that sheet (its document title). */
async function print(query: string, name: string, title: string): Promise<Pdf> {
  if (!page.url().startsWith(origin)) await page.goto(`${origin}/#/`);
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/chart?${query}`)}`);
  await expect(page).toHaveTitle(title);
  return printToPdf(page, test.info().outputPath(`${name}.pdf`));
}

const figures: string[] = [];

for (const index of [0, 1, 2, 3, 4, 5, 6]) {
  test(`office #${index + 1} of the matrix prints on A4 and A3, landscape and portrait`, async () => {
    const office = offices[index]!;
    for (const orientation of ['landscape', 'portrait'] as const) {
      const chart: Record<string, number> = {};
      for (const paper of ['A4', 'A3'] as const) {
        const title = `${office.name}-机构设置图-${paper}${orientation === 'landscape' ? '横向' : '纵向'}`;
        const pdf = await print(
          `office=${office.id}&paper=${paper}&orientation=${orientation}`,
          `${office.units.length}-${paper}-${orientation}`,
          title,
        );
        expect(pdf.title).toBe(title);
        chart[paper] = checkPages(pdf, office.units, pageMm(paper, orientation));
        figures.push(
          `${office.units.length} units ${paper} ${orientation}: ${pdf.pages.length} page(s), chart type ≥ ${chart[paper]!.toFixed(1)} pt`,
        );
      }
      expect(chart.A3!, `${office.name} ${orientation}: A3 type at least A4 type`).toBeGreaterThanOrEqual(
        chart.A4! - 0.05,
      );
    }
  });
}

test('a chart forced onto one row of horizontal text is tiled between boxes, never cut, never repeated', async () => {
  const office = offices.find((o) => o.units.length === 60)!;
  for (const [paper, orientation] of [
    ['A4', 'portrait'],
    ['A3', 'landscape'],
  ] as const) {
    const title = `${office.name}-机构设置图-${paper}${orientation === 'landscape' ? '横向' : '纵向'}`;
    const pdf = await print(
      `office=${office.id}&paper=${paper}&orientation=${orientation}&text=horizontal&perRow=60`,
      `60-one-row-${paper}-${orientation}`,
      title,
    );
    expect(pdf.pages.length).toBeGreaterThan(1);
    checkPages(pdf, office.units, pageMm(paper, orientation));
    figures.push(`60 units one row ${paper} ${orientation}: ${pdf.pages.length} pages`);
  }
});

for (const name of ['合成六十处测试厅', '合成分层测试局']) {
  test(`the booklet of ${name}: cover, contents whose page numbers are where each sheet starts, the chart, duty sheets flowing on`, async () => {
    const office = offices.find((o) => o.name === name)!;
    const pdf = await print(
      `office=${office.id}&sheet=booklet&paper=A3&orientation=landscape`,
      `booklet-${office.units.length}`,
      `${office.name}-机构设置与职责手册-A4纵向`,
    );
    const pages = pdf.pages;
    for (const p of pages) {
      // A4 portrait throughout, whatever the query string asked for the chart.
      expect(Math.abs(p.width - 210 * MM)).toBeLessThan(1.5);
      expect(Math.abs(p.height - 297 * MM)).toBeLessThan(1.5);
    }
    pages.forEach((p, i) => expect(p.flat, `page ${i + 1}`).toContain(`第${i + 1}页/共${pages.length}页`));
    expect(pages[0]!.flat).toContain('机构设置与职责手册');
    expect(pages[1]!.rows).toContain('目录');
    // The contents: a row per unit, "name …… page"; each unit's sheet starts on that page.
    const contents = pages.filter((p) => p.rows.includes('目录') || p.rows.includes('目录（续）'));
    const rows = contents
      .flatMap((p) => p.rows)
      .map((s) => /^(.+?)(\d+)$/.exec(s))
      .filter((m) => m !== null);
    const pageOf = new Map(rows.map((m) => [m![1]!, Number(m![2])]));
    expect(pageOf.get('机构设置图')).toBe(contents.length + 2);
    expect(pages[contents.length + 1]!.flat).toContain('机构设置图');
    for (const name of office.units) {
      const at = pageOf.get(name);
      expect(at, `${name} in the contents`).toBeDefined();
      expect(pages[at! - 1]!.flat, `${name}'s sheet starts on page ${at}`).toContain(`${name}职责清单`);
    }
    // Flowing: far fewer duty pages (from the office's 主要职责 on) than units.
    const sheetPages = pages.length - pageOf.get('主要职责')! + 1;
    expect(sheetPages).toBeLessThan(office.units.length / 2);
    figures.push(
      `booklet of ${office.units.length} units: ${pages.length} pages (${contents.length} contents, ${sheetPages} duty pages)`,
    );
    expect(Math.min(...pages.map((p) => sizes(p).min))).toBeGreaterThanOrEqual(8 - 0.05);
  });
}

test('the duty sheet of a unit with sections prints on A4 portrait with its duties, sections and title', async () => {
  const office = offices.find((o) => o.name === '合成分层测试局')!;
  await page.goto(`${origin}/#/office/${office.id}`);
  await page.getByRole('link', { name: '政策法规处' }).first().click();
  await page.getByTestId('print-duty-sheet').click();
  await expect(page.getByTestId('preview-summary')).toContainText('1 页');
  const pdf = await printToPdf(page, test.info().outputPath('duty-sheet.pdf'));
  expect(pdf.title).toBe(`${office.name}-政策法规处-职责清单-A4纵向`);
  expect(pdf.pages).toHaveLength(1);
  const text = pdf.pages[0]!.flat;
  expect(text).toContain('政策法规处职责清单');
  expect(text).toContain('处长：王明');
  expect(text).toContain('下设：政策法规综合科、政策法规业务一科、政策法规业务二科');
  expect(text).toContain('第1页/共1页');
  expect(text).toMatch(/来源未注明日期，导入于\d{4}-\d{2}-\d{2}/);
});

test.afterAll(() => {
  // The figures, for the report and for looking at the pages (test-results/e2e/...).
  console.log(figures.join('\n'));
});
