// Writes a real PDF the way a notice printed from a word processor or a browser comes out:
// the text laid out as an HTML page and printed by Chromium (print-to-PDF), so the PDF's text
// layer is Chromium's. Shapes pdfkit cannot set: the body in two columns, ruled tables (lines
// with tabs are rows; `¶` breaks a cell's paragraphs, `↑` merges a cell with the one above),
// and a running header and `第 N 页` footer from the print settings; a line starting with `⇥`
// is set flush right (a signature, the 成文日期).
import { chromium } from 'playwright-core';

export interface RenderPrintedPdfOptions {
  /** The body (all but the title) set in this many columns (default 1). */
  columns?: number;
  /** A running header printed on every page. */
  header?: string;
  /** The first row of each table a heading row (`<thead>`), which Chromium repeats on every page the table spans. */
  headerRow?: boolean;
  /** `第 N 页` printed at the foot of every page (default true). */
  pageNumbers?: boolean;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableHtml(rows: string[][], headerRow: boolean): string {
  const width = Math.max(...rows.map((r) => r.length));
  const body = rows.map((cells, r) => {
    const tds = Array.from({ length: width }, (_, c) => {
      const cell = cells[c] ?? '';
      if (cell === '↑') return '';
      let span = 1;
      while (rows[r + span]?.[c] === '↑') span++;
      const content = cell.split('¶').map(escape).join('<br>');
      return `<td${span > 1 ? ` rowspan="${span}"` : ''}>${content}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  if (headerRow) return `<table><thead>${body[0]}</thead><tbody>${body.slice(1).join('')}</tbody></table>`;
  return `<table>${body.join('')}</table>`;
}

const LABELLED =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[.．、]|第[一二三四五六七八九十百\d]+[条章])/;

function pageHtml(text: string, columns: number, headerRow: boolean): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const rows: string[][] = [];
    for (; i < lines.length && lines[i]!.includes('\t'); i++) rows.push(lines[i]!.split('\t'));
    if (rows.length > 0) parts.push(tableHtml(rows, headerRow));
    if (i < lines.length && lines[i]!.startsWith('⇥'))
      parts.push(`<p class="right">${escape(lines[i]!.slice(1).trim())}</p>`);
    else if (i < lines.length) {
      const prose = !LABELLED.test(lines[i]!) && lines[i]!.length > 20;
      parts.push(`<p${prose ? ' class="prose"' : ''}>${escape(lines[i]!)}</p>`);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 12pt; line-height: 1.5; margin: 0; }
    h1 { font-size: 18pt; text-align: center; margin: 0 0 12pt; }
    main { column-count: ${columns}; column-gap: 2.5em; }
    p { margin: 0 0 4pt; text-align: justify; }
    p.prose { text-indent: 2em; }
    p.right { text-align: right; }
    table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 11pt; }
    td { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top; }
  </style></head><body><h1>${escape(lines[0] ?? '')}</h1><main>${parts.join('\n')}</main></body></html>`;
}

export async function renderPrintedPdf(text: string, options: RenderPrintedPdfOptions = {}): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(pageHtml(text, options.columns ?? 1, options.headerRow ?? false));
    const small = 'font-size: 9pt; width: 100%; text-align: center; font-family: sans-serif;';
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small}">${escape(options.header ?? '')}</div>`,
      footerTemplate:
        options.pageNumbers === false
          ? '<div></div>'
          : `<div style="${small}">第 <span class="pageNumber"></span> 页</div>`,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
