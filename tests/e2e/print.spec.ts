// Printing the chart view as Chromium prints it (print-to-PDF honouring the CSS page size),
// read back with poppler-utils: page count and size, the unit names as real text, the CJK
// font embedded. Page images go to the test output folder (pdftoppm) for looking at.
// The 30-unit office runs on a second browser host of its own, with a database made by the
// real CLI from a generated source document.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as plainTest, type Page, type TestInfo } from '@playwright/test';
import { expect, seed, test } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
/** The web font arrives in slices; on a busy CI machine that can take a while. */
const FONT_TIMEOUT = 20_000;

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

interface PdfFacts {
  pages: number;
  /** Each page's [width, height] in pt. */
  sizes: [number, number][];
  text: string;
  pageTexts: string[];
  /** Height of every word's box in pt: at least the type size (ascent plus descent). */
  glyphHeights: number[];
  fonts: string;
}

async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<PdfFacts> {
  await expect(page.getByTestId('print-root')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const info = run('pdfinfo', ['-f', '1', '-l', '999', file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  run('pdftoppm', ['-png', '-r', '80', file, testInfo.outputPath(name)]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return {
    pages,
    sizes,
    text: run('pdftotext', ['-layout', file, '-']),
    pageTexts: Array.from({ length: pages }, (_, i) => run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'])),
    glyphHeights: [...run('pdftotext', ['-bbox', file, '-']).matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    ),
    fonts: run('pdffonts', [file]),
  };
}

/** pdffonts rows of embedded fonts whose name says Noto Sans SC (the shipped web font). */
function embeddedNotoSansSc(fonts: string): string[] {
  return fonts.split('\n').filter((row) => /NotoSansSC/i.test(row) && /\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(row));
}

const A4_LANDSCAPE: [number, number] = [842, 595];

test('the seed chart prints on one A4 landscape page with every unit name as text in the embedded font', async ({ page, gotoApp }, testInfo) => {
  await gotoApp('/chart');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  const pdf = await printToPdf(page, testInfo, 'seed-chart');
  expect(pdf.pages).toBe(1);
  expect(pdf.sizes[0]![0]).toBeCloseTo(A4_LANDSCAPE[0], 0);
  expect(pdf.sizes[0]![1]).toBeCloseTo(A4_LANDSCAPE[1], 0);
  for (const name of seed.units) {
    expect(pdf.text).toContain(name);
  }
  expect(pdf.text).toContain('江西省人民政府外事办公室');
  expect(pdf.text).toContain('机构设置图');
  expect(pdf.text).toMatch(/打印日期：\d{4}-\d{2}-\d{2}/);
  expect(pdf.text).not.toContain('续页');
  // No affiliated units, no dashed boxes: no legend, on screen or on paper.
  await expect(page.getByRole('list', { name: '图例' })).toHaveCount(0);
  expect(pdf.text).not.toContain('直属单位');
  expect(pdf.text).not.toContain('内设机构');
  expect(embeddedNotoSansSc(pdf.fonts).length, pdf.fonts).toBeGreaterThan(0);
});

test('an office with an affiliated unit: the legend (solid 内设机构, dashed 直属单位) on screen and on its one printed page', async ({ page, gotoApp }, testInfo) => {
  await gotoApp('/');
  await page.getByRole('link', { name: '机构概览' }).click();
  await page.getByRole('navigation', { name: '切换机构' }).getByRole('link', { name: seed.secondOffice }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机构设置图' }).click();
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  await expect(page.getByRole('list', { name: '图例' }).getByRole('listitem')).toHaveText(['内设机构', '直属单位']);
  const pdf = await printToPdf(page, testInfo, 'affiliated-chart');
  expect(pdf.pages).toBe(1);
  expect(pdf.sizes[0]![0]).toBeCloseTo(A4_LANDSCAPE[0], 0);
  const text = pdf.text.replace(/\s+/g, '');
  for (const name of ['南昌市统计局', '办公室', '国民经济核算处', '工业交通统计处', '南昌市统计数据管理中心', '内设机构', '直属单位']) {
    expect(text).toContain(name);
  }
  // The legend sits between the chart and the footer, its text in the shipped web font only.
  const lines = pdf.text.split('\n').map((l) => l.replace(/\s+/g, ''));
  const legendLine = lines.findIndex((l) => l.includes('内设机构') && l.includes('直属单位'));
  expect(legendLine).toBeGreaterThan(lines.findIndex((l) => l.includes('南昌市统计数据管理中心')));
  expect(legendLine).toBeLessThan(lines.findIndex((l) => l.includes('数据截至')));
  const fontRows = pdf.fonts.split('\n').slice(2).filter((row) => row.trim());
  expect(fontRows.length).toBeGreaterThan(0);
  expect(embeddedNotoSansSc(pdf.fonts), pdf.fonts).toHaveLength(fontRows.length);
});

/** The id of a unit, read from its box on the chart. */
async function unitId(page: Page, name: string): Promise<string> {
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  const id = await page.getByTestId('org-chart').locator('[data-unit-id]').filter({ has: page.locator('text', { hasText: name }) }).first().getAttribute('data-unit-id');
  return id!;
}

test('the duty sheet of 综合处 prints on A4 portrait with its duties and a page number', async ({ page, gotoApp }, testInfo) => {
  await gotoApp('/chart');
  const id = await unitId(page, '综合处');
  await gotoApp(`/chart?sheet=unit&unit=${id}`);
  const pdf = await printToPdf(page, testInfo, 'duty-sheet');
  expect(pdf.pages).toBe(1);
  expect(pdf.sizes[0]![0]).toBeCloseTo(A4_LANDSCAPE[1], 0);
  expect(pdf.sizes[0]![1]).toBeCloseTo(A4_LANDSCAPE[0], 0);
  const text = pdf.text.replace(/\s+/g, '');
  expect(text).toContain('综合处职责清单');
  expect(text).toContain('负责机关文电、会务、财务、机要、档案');
  expect(text).toContain('负责内宾接待及与各市、县外事工作联系');
  expect(text).toContain('第1页/共1页');
  expect(embeddedNotoSansSc(pdf.fonts).length).toBeGreaterThan(0);
});

test('the booklet: cover, the chart on A4 landscape, the office duties, then each unit, numbered', async ({ page, gotoApp }, testInfo) => {
  await gotoApp('/chart?sheet=booklet&internal=1');
  const pdf = await printToPdf(page, testInfo, 'booklet');
  // Cover, chart, the office's nine duties (one page or more), one page per unit (each
  // unit's duties are one paragraph in the source).
  expect(pdf.pages).toBeGreaterThanOrEqual(12);
  expect(pdf.sizes[1]![0]).toBeCloseTo(A4_LANDSCAPE[0], 0);
  for (const i of [0, 2, pdf.pages - 1]) expect(pdf.sizes[i]![0]).toBeCloseTo(A4_LANDSCAPE[1], 0);
  pdf.pageTexts.forEach((text, i) => expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页/共${pdf.pages}页`));
  expect(pdf.pageTexts[0]).toContain('内部资料');
  expect(pdf.pageTexts[1]).toContain('机构设置图');
  expect(pdf.pageTexts[2]!.replace(/\s+/g, '')).toContain('江西省人民政府外事办公室主要职责');
  expect(pdf.text).toContain('完成省委、省政府交办的其他任务');
  const unitPages = pdf.pageTexts.slice(-9).map((t) => t.replace(/\s+/g, ''));
  seed.units.forEach((name, i) => {
    expect(unitPages[i]).toContain(`${name}职责清单`);
  });
});

// ---------------------------------------------------------------------------------------
// A synthetic office with 30 units, typed by hand.
const THIRTY = [
  '政策法规处', '综合规划处', '人事处', '财务处', '审计处', '机关党委', '离退休干部处', '信息中心', '宣传处', '研究室',
  '国际合作处', '科技处', '安全监管处', '应急管理处', '统计处', '督查处', '法制处', '行政审批处', '信访处', '保密处',
  '档案处', '培训中心', '后勤服务中心', '机要处', '会议处', '接待处', '翻译处', '礼宾处', '港澳处', '台湾事务处',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1] : n < 20 ? `十${NUMERALS[n - 11]}` : `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`);

function thirtyUnitDocument(): string {
  const lines = ['合成测试厅简介', '合成测试厅是为测试组织结构图打印而虚构的省政府组成部门。', '主要职责', '一、负责全省测试工作。', '内设机构'];
  THIRTY.forEach((name, i) => lines.push(`${numeral(i + 1)}、${name}`, `负责${name.replace(/处|室|中心|委$/, '')}相关工作。`));
  return lines.join('\n') + '\n';
}

plainTest.describe('a 30-unit office', () => {
  plainTest.describe.configure({ mode: 'serial', timeout: 60_000 });
  let dir = '';
  let host: ChildProcess | null = null;
  let origin = '';

  plainTest.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgatlas-print-'));
    const source = join(dir, 'thirty.txt');
    const db = join(dir, 'thirty.db');
    writeFileSync(source, thirtyUnitDocument());
    execFileSync(process.execPath, [join(root, 'bin', 'orgatlas.mjs'), 'import', source, '--db', db], { cwd: root });
    host = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--port', '0'], { cwd: root, env: { ...process.env, ORGATLAS_DB: db } });
    origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      host!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /OrgAtlas web: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      host!.on('exit', (code) => reject(new Error(`browser host exited with ${code}`)));
    });
  });

  plainTest.afterAll(() => {
    host?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(page: Page, query: string): Promise<void> {
    await page.goto(`${origin}/#/chart${query}`);
    await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
    await expect(page.locator('[data-testid=chart-box][data-unit-id]')).toHaveCount(30);
  }

  plainTest('prints on one A4 landscape page at 8 pt or more, or on tiles labelled 续页 n/N', async ({ page }, testInfo) => {
    await open(page, '');
    const pdf = await printToPdf(page, testInfo, 'thirty-auto');
    for (const [w, h] of pdf.sizes) {
      expect(w).toBeCloseTo(A4_LANDSCAPE[0], 0);
      expect(h).toBeCloseTo(A4_LANDSCAPE[1], 0);
    }
    if (pdf.pages === 1) {
      // Every word box is at least as tall as its type: nothing below 8 pt.
      expect(Math.min(...pdf.glyphHeights)).toBeGreaterThanOrEqual(8);
      expect(pdf.text).not.toContain('续页');
    } else {
      pdf.pageTexts.forEach((text, i) => expect(text).toContain(`续页 ${i + 1}/${pdf.pages}`));
    }
    expect(embeddedNotoSansSc(pdf.fonts).length).toBeGreaterThan(0);
  });

  plainTest('one row of horizontal boxes on A4 portrait is tiled with labels, not shrunk', async ({ page }, testInfo) => {
    await open(page, '?orientation=portrait&text=horizontal&perRow=30');
    const pdf = await printToPdf(page, testInfo, 'thirty-tiles');
    expect(pdf.pages).toBeGreaterThan(1);
    for (const [w, h] of pdf.sizes) {
      expect(w).toBeCloseTo(A4_LANDSCAPE[1], 0);
      expect(h).toBeCloseTo(A4_LANDSCAPE[0], 0);
    }
    pdf.pageTexts.forEach((text, i) => expect(text).toContain(`续页 ${i + 1}/${pdf.pages}`));
    for (const name of THIRTY) expect(pdf.text).toContain(name);
    expect(Math.min(...pdf.glyphHeights)).toBeGreaterThanOrEqual(8);
  });
});
