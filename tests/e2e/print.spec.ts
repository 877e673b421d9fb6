// Printing the chart view as Chromium prints it (print-to-PDF honouring the CSS page size),
// read back with poppler-utils: page count and size, the unit names as real text, the CJK
// font embedded. Page images go to the test output folder (pdftoppm) for looking at.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, seed, test } from './fixtures.ts';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

interface PdfFacts {
  pages: number;
  /** Each page's [width, height] in pt. */
  sizes: [number, number][];
  text: string;
  fonts: string;
}

async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<PdfFacts> {
  await expect(page.getByTestId('print-root')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const info = run('pdfinfo', ['-f', '1', '-l', '999', file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  run('pdftoppm', ['-png', '-r', '80', file, testInfo.outputPath(name)]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    sizes,
    text: run('pdftotext', ['-layout', file, '-']),
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
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-ready', 'true');
  const pdf = await printToPdf(page, testInfo, 'seed-chart');
  expect(pdf.pages).toBe(1);
  expect(pdf.sizes[0]![0]).toBeCloseTo(A4_LANDSCAPE[0], 0);
  expect(pdf.sizes[0]![1]).toBeCloseTo(A4_LANDSCAPE[1], 0);
  for (const name of ['省委外办秘书处', '综合处', '出国(境)管理处', '领事安全处', '亚洲处', '欧洲处', '美大非处', '直属机关党委', '机关后勤服务中心']) {
    expect(pdf.text).toContain(name);
  }
  expect(seed.units).toHaveLength(9);
  expect(pdf.text).toContain('江西省人民政府外事办公室');
  expect(pdf.text).toContain('机构设置图');
  expect(pdf.text).toMatch(/打印日期：\d{4}-\d{2}-\d{2}/);
  expect(pdf.text).not.toContain('续页');
  expect(embeddedNotoSansSc(pdf.fonts).length, pdf.fonts).toBeGreaterThan(0);
});
