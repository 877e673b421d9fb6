// PDFs -> lines, on real PDFs written by tests/helpers/render-pdf.ts and read back with
// poppler's pdftotext, to check the files carry the text as a viewer shows it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/node/documents/extract.ts';
import { renderPdf, renderScannedPdf } from '../../helpers/render-pdf.ts';
import { renderPrintedPdf } from '../../helpers/render-printed-pdf.ts';
import { tempDirMaker } from '../test-files.ts';

const tempDir = tempDirMaker('orgatlas-pdf-');
const pdftotext = (bytes: Uint8Array) => {
  const file = path.join(tempDir(), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
];
const duty = (i: number) =>
  `${NUMERALS[i]}、负责全市生态环境保护工作的统筹协调和监督管理，组织拟订生态环境政策、规划并组织实施，承担第${i + 1}项重点任务的落实工作。`;
// Eighteen wrapped duties run onto a second page.
const LONG = [
  '某某市生态环境局',
  '主要职责',
  ...Array.from({ length: 18 }, (_, i) => duty(i)),
  '内设机构',
  '办公室',
  '负责机关日常运转。',
].join('\n');

let longPdf: Uint8Array;
beforeAll(async () => {
  longPdf = await renderPdf(LONG, { header: '某某市生态环境局文件' });
});

describe('a typeset PDF', () => {
  it('carries the text, wrapped at the page width over two pages with header and page numbers (pdftotext)', () => {
    const printed = pdftotext(longPdf);
    expect(printed.split('\f').filter((p) => p.trim())).toHaveLength(2);
    expect(printed).toContain('某某市生态环境局文件');
    expect(printed).toMatch(/-\s*2\s*-/);
    expect(printed).toContain('负责全市生态环境保护工作');
    // Each duty is longer than a printed line, so none is on one line as printed.
    expect(printed).not.toContain(duty(0));
  });

  it('comes back as its paragraphs: wrapped lines joined, header and page numbers gone', async () => {
    const result = await extractDocument(longPdf);
    expect(result).toMatchObject({ format: 'pdf', encoding: 'pdf' });
    expect(result.lines).toEqual(LONG.split('\n'));
  });
});

// Seven duties before the one with sub-items put the page break inside an item, and the same
// clause ending the last line of an item at the foot of both pages (a line that repeats, not a footer).
const DUTIES_BEFORE = 7;
describe('a two-page PDF with a footer of two columns and sub-items under a duty', () => {
  it('comes back as its paragraphs: footers gone, an item that crosses a page break joined, headings on their own', async () => {
    const sub = (i: number) =>
      `${i + 1}.指导全市第${i + 1}类生态环境监测网络建设和运行管理，组织开展生态环境质量监测、污染源监督性监测和应急监测工作。`;
    const text = [
      '某某市生态环境局',
      '主要职责',
      ...Array.from({ length: DUTIES_BEFORE }, (_, i) => duty(i)),
      `${NUMERALS[DUTIES_BEFORE]}、负责全市生态环境监测工作，具体是：`,
      ...Array.from({ length: 8 }, (_, i) => sub(i)),
      `${NUMERALS[DUTIES_BEFORE + 1]}、完成市委、市政府交办的其他任务。`,
      '内设机构',
      '办公室',
      '负责机关日常运转。',
    ].join('\n');
    const pdf = await renderPdf(text, { footer: (n, total) => ['某某市生态环境局', `第 ${n} 页 共 ${total} 页`] });
    const printed = pdftotext(pdf);
    expect(printed.split('\f').filter((p) => p.trim())).toHaveLength(2);
    expect(printed).toMatch(/某某市生态环境局\s+第\s*2\s*页\s*共\s*2\s*页/);
    // The first page ends inside an item: its last printed line before the footer is no paragraph's end.
    const firstPage = printed.split('\f')[0]!.trim().split('\n');
    expect(firstPage.at(-2)).not.toMatch(/[。：]$/);
    expect((await extractDocument(pdf)).lines).toEqual(text.split('\n'));
  });
});

describe('a PDF printed by Chromium (another writer: Skia, its own font subsets, radicals in the text layer)', () => {
  it('comes back as its paragraphs, with the characters as written', async () => {
    const paragraphs = [
      '青溪县农业农村局主要职责',
      '一、贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展战略、中长期规划和重大政策。',
      '二、负责全县种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理，指导粮食等农产品生产，组织构建现代农业产业体系。',
    ];
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<html><head><meta charset="utf-8"><style>body{font:14pt "Noto Sans CJK SC";margin:0} p{margin:0}</style></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
      );
      const pdf = new Uint8Array(
        await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }),
      );
      expect((await extractDocument(pdf)).lines).toEqual(paragraphs);
    } finally {
      await browser.close();
    }
  }, 30_000);
});

describe('a ruled table of two columns printed by Chromium, a duty cell running onto the next page', () => {
  it('reads each row as `名称：职责`, the heading row repeated on the next page left out', async () => {
    const clause = (unit: string, k: number) => `承担${unit}第${k}项业务的组织协调和监督检查工作`;
    const duty = (unit: string, n: number) =>
      Array.from({ length: n }, (_, k) => clause(unit, k + 1)).join('，') + '。';
    // The narrow name column wraps every name; 执法监督科's thirty clauses cross the page break.
    const rows: [string, number][] = [
      ['综合协调科', 6],
      ['政策法规与标准科', 6],
      ['资源规划科', 14],
      ['执法监督科', 30],
      ['人事教育科', 4],
    ];
    const text = [
      '某某市资源规划局内设机构',
      '内设机构：',
      '科室名称\t主要职责',
      ...rows.map(([u, n]) => `${u}\t${duty(u, n)}`),
    ];
    const pdf = await renderPrintedPdf(text.join('\n'), { header: '某某市资源规划局', headerRow: true });
    const pages = pdftotext(pdf)
      .split('\f')
      .map((p) => p.replace(/\s+/g, ''));
    expect(pages[0]).toContain(clause('执法监督科', 1));
    expect(pages[1]).toContain(clause('执法监督科', 30));
    expect(pages[1]).toContain('主要职责');
    expect((await extractDocument(pdf)).lines).toEqual([
      '某某市资源规划局内设机构',
      '内设机构：',
      ...rows.map(([u, n]) => `${u}：${duty(u, n)}`),
    ]);
  }, 30_000);
});

describe('PDFs that cannot be read', () => {
  it('a scanned PDF (pages as pictures, no text layer) is one sentence saying so', async () => {
    const scanned = await renderScannedPdf('某某市生态环境局\n主要职责\n' + duty(0));
    expect(pdftotext(scanned).trim()).toBe('');
    await expect(extractDocument(scanned)).rejects.toThrow(
      /^is a PDF with no text layer \(it looks like scanned pages\); run OCR on it first/,
    );
  });

  it('an encrypted PDF is one sentence', async () => {
    await expect(extractDocument(await renderPdf('某某市生态环境局\n正文。', { password: 'x1' }))).rejects.toThrow(
      /^is a password-protected \(encrypted\) PDF/,
    );
  });

  it('a damaged PDF is one sentence', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    await expect(extractDocument(broken)).rejects.toThrow(/^is a damaged PDF|^is a PDF that cannot be read/);
    await expect(extractDocument(longPdf.slice(0, 300))).rejects.toThrow(/^is a damaged PDF/);
  });
});
