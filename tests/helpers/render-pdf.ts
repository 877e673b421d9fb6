// Writes a real PDF from plain text, as a notice is typeset for print: an embedded CJK font
// (Noto Sans CJK from fonts-noto-cjk), A4 pages, paragraphs wrapped at the page width with a
// two-character first-line indent, a running header and `- N -` page numbers. pdfkit lays the
// text out itself, so the PDF's text layer is broken into lines exactly where the page width
// breaks them. A line starting with `⇥` is set flush right (a signature, the 成文日期). Also the two bad PDFs readers meet: an encrypted one and a scanned one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FONT_NAME = 'NotoSansCJKsc-Regular';

export interface RenderPdfOptions {
  /** A running header on every page (default none). */
  header?: string;
  /** `- N -` centred at the foot of every page (default true; not with `footer`). */
  pageNumbers?: boolean;
  /** The page number's text, `N` standing for the number (default `- N -`; 公文 print `— N —`). */
  pageNumberFormat?: string;
  /** Extra space between the title's characters in points, as letter-spaced titles are set (default 0). */
  titleSpacing?: number;
  /** Font size in points (default 12). */
  fontSize?: number;
  /** A footer of two columns on every page, as `[left, right]` (say the office, and `第 N 页 共 M 页`). */
  footer?: (page: number, pages: number) => [string, string];
  /** Encrypt the file with this password (readers then need it to open the file). */
  password?: string;
}

// A numbered item, a heading-like short line or the title starts at the margin; prose is indented.
export const LABELLED =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[.．、]|[\u2460-\u2473]|第[一二三四五六七八九十百\d]+[条章])/;

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

export async function renderPdf(text: string, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  if (!existsSync(FONT_FILE))
    throw new Error(`renderPdf needs the Noto Sans CJK font (${FONT_FILE}; Debian package fonts-noto-cjk)`);
  const size = options.fontSize ?? 12;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    bufferPages: true,
    info: { Title: text.split('\n')[0] ?? '' },
    ...(options.password
      ? { userPassword: options.password, ownerPassword: `${options.password}-owner`, pdfVersion: '1.7' as const }
      : {}),
  });
  const done = collect(doc);
  doc.registerFont('cjk', FONT_FILE, FONT_NAME);
  doc.font('cjk').fontSize(size);
  const width = doc.page.width - 144;
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  lines.forEach((line, i) => {
    if (i === 0) {
      doc.fontSize(size * 1.5).text(line, { width, align: 'center', characterSpacing: options.titleSpacing ?? 0 });
      doc.fontSize(size).moveDown(0.5);
      return;
    }
    if (line.startsWith('⇥')) {
      doc.text(line.slice(1).trim(), { width, align: 'right', paragraphGap: size * 0.3 });
      return;
    }
    const prose = !LABELLED.test(line) && line.length > 20;
    doc.text(line, { width, indent: prose ? size * 2 : 0, paragraphGap: size * 0.3, lineGap: size * 0.2 });
  });
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    // Headers and footers sit in the margins; with the margins at 0 pdfkit adds no page for them.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.fontSize(size * 0.75);
    if (options.header) doc.text(options.header, 72, 40, { width, align: 'center', lineBreak: false });
    if (options.footer) {
      const [left, right] = options.footer(p - range.start + 1, range.count);
      doc.text(left, 72, doc.page.height - 50, { width, align: 'left', lineBreak: false });
      doc.text(right, 72, doc.page.height - 50, { width, align: 'right', lineBreak: false });
    } else if (options.pageNumbers ?? true)
      doc.text(
        (options.pageNumberFormat ?? '- N -').replace('N', String(p - range.start + 1)),
        72,
        doc.page.height - 50,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

/** A scanned notice: the pages of renderPdf(text) as pictures only (rasterised with pdftoppm), no text layer. */
export async function renderScannedPdf(text: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'orgatlas-scan-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), await renderPdf(text));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const done = collect(doc);
    doc.image(readFileSync(join(dir, 'page.png')), 0, 0, { width: doc.page.width, height: doc.page.height });
    doc.end();
    return await done;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
