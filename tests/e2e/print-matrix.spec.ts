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
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { SEED_UNIT_NAMES_SHOWN } from '../fixtures/seed-expected.ts';
import { embeddedNotoSansSc, hasWhole, printToPdf, typeSize, type Pdf, type PdfPage } from './pdf.ts';
import { syntheticOffices } from './synthetic-offices.ts';

const root = join(import.meta.dirname, '..', '..');
const MM = 72 / 25.4;
/** The chart body of a printed chart page: below the 10 mm margin and 14 mm header, above
 *  the 8 mm footer (pdftotext gives pt from the page's top-left). */
const BODY_TOP = 24 * MM;
const BODY_BOTTOM = 18 * MM;

interface Office {
  id: number;
  name: string;
  units: string[];
}

const offices: Office[] = [];
let host: ChildProcess | null = null;
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
  host = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--port', '0'], {
    cwd: root,
    env: { ...process.env, ORGATLAS_DB: db },
  });
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    host!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /OrgAtlas web: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    host!.on('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
  });
  const listed = (await (
    await fetch(`${origin}/api/listOffices`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
  ).json()) as {
    value: { id: number; name: string }[];
  };
  const expected = [{ name: '江西省人民政府外事办公室', units: SEED_UNIT_NAMES_SHOWN }, ...synthetic];
  for (const o of expected)
    offices.push({ id: listed.value.find((l) => l.name === o.name)!.id, name: o.name, units: o.units });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
});

test.afterAll(async () => {
  await page?.close();
  host?.kill('SIGTERM');
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

/** Names that are part of another printed name are looked for only as present somewhere. */
function standalone(names: string[]): string[] {
  return names.filter((n) => !names.some((m) => m !== n && m.includes(n)));
}

function namesOn(p: PdfPage, names: string[]): string[] {
  return names.filter((n) => hasWhole(p, n));
}

/** The smallest CJK type on the page, and the smallest in the chart body. */
function sizes(p: PdfPage): { min: number; chart: number } {
  let min = Infinity;
  let chart = Infinity;
  for (const w of p.words) {
    const size = typeSize(w);
    if (size === null) continue;
    min = Math.min(min, size);
    if (w.yMin > BODY_TOP && w.yMax < p.height - BODY_BOTTOM) chart = Math.min(chart, size);
  }
  return { min, chart };
}

/** The checks every printed chart passes; returns the chart's smallest type size. */
function checkChart(pdf: Pdf, office: Office, pageMm: [number, number]): number {
  const pages = pdf.pages;
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) {
    // Chromium rounds the page box to whole device pixels.
    expect(Math.abs(p.width - pageMm[0] * MM)).toBeLessThan(1.5);
    expect(Math.abs(p.height - pageMm[1] * MM)).toBeLessThan(1.5);
  }
  for (const name of office.units) {
    expect(
      pages.some((p) => hasWhole(p, name)),
      `${name} whole on some page of ${pdf.file}`,
    ).toBe(true);
  }
  // Tiles never overlap, so a name is on exactly one page.
  for (const name of standalone(office.units)) {
    expect(pages.filter((p) => hasWhole(p, name)).length, `${name} on one page of ${pdf.file}`).toBe(1);
  }
  const sets = pages.map((p) => namesOn(p, office.units).sort().join('|'));
  sets.forEach((s, i) => expect(s, `page ${i + 1} of ${pdf.file} shows a unit`).not.toBe(''));
  expect(new Set(sets).size, `no two pages of ${pdf.file} alike`).toBe(sets.length);
  const measured = pages.map(sizes);
  const min = Math.min(...measured.map((m) => m.min));
  expect(min, `smallest glyph of ${pdf.file}`).toBeGreaterThanOrEqual(8 - 0.05);
  if (pages.length === 1) {
    const body = pages[0]!.words.filter((w) => w.yMin > BODY_TOP && w.yMax < pages[0]!.height - BODY_BOTTOM);
    const spanW = (Math.max(...body.map((w) => w.xMax)) - Math.min(...body.map((w) => w.xMin))) / pages[0]!.width;
    const spanH = (Math.max(...body.map((w) => w.yMax)) - Math.min(...body.map((w) => w.yMin))) / pages[0]!.height;
    expect(Math.max(spanW, spanH), `${pdf.file} fills its page`).toBeGreaterThanOrEqual(0.5);
  } else {
    // Tiled: every sheet says where it goes and which pages its lines run on to; the first
    // carries the assembly guide.
    pages.forEach((p, i) => {
      expect(p.flat).toContain(`第${i + 1}页/共${pages.length}页`);
      expect(p.flat).toMatch(/拼接第\d+行第\d+列/);
      expect(p.flat).toMatch(/接第\d+页/);
    });
    expect(pages[0]!.flat).toContain('拼接示意');
  }
  expect(embeddedNotoSansSc(pdf.fonts).length).toBeGreaterThan(0);
  return Math.min(...measured.map((m) => m.chart));
}

const PAPER_MM = { A4: [210, 297], A3: [297, 420] } as const;
const figures: string[] = [];

for (const index of [0, 1, 2, 3, 4, 5, 6]) {
  test(`office #${index + 1} of the matrix prints on A4 and A3, landscape and portrait`, async () => {
    const office = offices[index]!;
    for (const orientation of ['landscape', 'portrait'] as const) {
      const chart: Record<string, number> = {};
      for (const paper of ['A4', 'A3'] as const) {
        const [short, long] = PAPER_MM[paper];
        const title = `${office.name}-机构设置图-${paper}${orientation === 'landscape' ? '横向' : '纵向'}`;
        const pdf = await print(
          `office=${office.id}&paper=${paper}&orientation=${orientation}`,
          `${office.units.length}-${paper}-${orientation}`,
          title,
        );
        expect(pdf.title).toBe(title);
        chart[paper] = checkChart(pdf, office, orientation === 'landscape' ? [long, short] : [short, long]);
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
    const [short, long] = PAPER_MM[paper];
    const title = `${office.name}-机构设置图-${paper}${orientation === 'landscape' ? '横向' : '纵向'}`;
    const pdf = await print(
      `office=${office.id}&paper=${paper}&orientation=${orientation}&text=horizontal&perRow=60`,
      `60-one-row-${paper}-${orientation}`,
      title,
    );
    expect(pdf.pages.length).toBeGreaterThan(1);
    checkChart(pdf, office, orientation === 'landscape' ? [long, short] : [short, long]);
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
