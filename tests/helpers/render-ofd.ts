// Writes a real OFD file (GB/T 33190) from plain text, as an e-government document system
// issues a notice: OFD.xml → Doc_0/Document.xml → one Content.xml per A4 page, a font in
// PublicRes.xml, the title centred, paragraphs wrapped at the text width with a two-character
// indent, `⇥` lines flush right, `- N -` page numbers, and optionally a running header on a template page. Text is
// placed the ways writers place it: a text object per line with per-character advances
// (DeltaX, with `g n v` runs), or a text object per character; optionally in objects scaled
// by a CTM (Size 1), as PDF-to-OFD converters write them. Coordinates are millimetres from
// the page's top left.
import JSZip from 'jszip';
import { LABELLED } from './render-pdf.ts';

export interface RenderOfdOptions {
  /** A running header on a template page every page uses (default none). */
  header?: string;
  /** One text object per character instead of one per line (default false). */
  perCharacter?: boolean;
  /** Write each object at Size 1 scaled up by its CTM (default false). */
  scaled?: boolean;
  /** The XML namespace prefix (default `ofd`; `''` writes unprefixed elements). */
  prefix?: string;
}

const PAGE = { width: 210, height: 297, margin: 25 };
const SIZE = 4.2; // about 12 pt
const LINE = SIZE * 1.6;

const advanceOf = (ch: string, size: number) => (/[\u0020-\u024f]/.test(ch) ? size * 0.5 : size);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mm = (n: number) => String(Math.round(n * 1000) / 1000);

interface Placed {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  size: number;
}

/** Breaks `text` into lines no wider than `width` (the first `indent` narrower). */
function wrap(text: string, width: number, size: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = indent;
  for (const ch of text) {
    const w = advanceOf(ch, size);
    if (used + w > width && line !== '') {
      lines.push(line);
      [line, used] = ['', 0];
    }
    line += ch;
    used += w;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The document laid out into pages of placed lines. */
function layout(text: string): Placed[][] {
  const width = PAGE.width - 2 * PAGE.margin;
  const pages: Placed[][] = [[]];
  let y = PAGE.margin + SIZE;
  const place = (line: string, x: number, size: number) => {
    if (y > PAGE.height - PAGE.margin) {
      pages.push([]);
      y = PAGE.margin + size;
    }
    pages.at(-1)!.push({ text: line, x, y, size });
    y += size * 1.6;
  };
  const paragraphs = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  paragraphs.forEach((paragraph, i) => {
    if (i === 0) {
      const size = SIZE * 1.5;
      for (const line of wrap(paragraph, width, size, 0)) {
        const w = Array.from(line).reduce((s, ch) => s + advanceOf(ch, size), 0);
        place(line, PAGE.margin + (width - w) / 2, size);
      }
      y += LINE * 0.5;
      return;
    }
    if (paragraph.startsWith('⇥')) {
      // Set flush right: a signature, the 成文日期.
      const line = paragraph.slice(1).trim();
      const w = Array.from(line).reduce((s, ch) => s + advanceOf(ch, SIZE), 0);
      place(line, PAGE.width - PAGE.margin - w, SIZE);
      return;
    }
    const indent = !LABELLED.test(paragraph) && paragraph.length > 20 ? SIZE * 2 : 0;
    wrap(paragraph, width, SIZE, indent).forEach((line, n) => place(line, PAGE.margin + (n === 0 ? indent : 0), SIZE));
    y += SIZE * 0.3;
  });
  return pages;
}

/** `g n v` for runs of equal advances, as writers compress them. */
function deltaX(line: string, size: number): string {
  const advances = Array.from(line)
    .slice(0, -1)
    .map((ch) => advanceOf(ch, size));
  const out: string[] = [];
  for (let i = 0; i < advances.length;) {
    let j = i;
    while (j < advances.length && advances[j] === advances[i]) j++;
    out.push(j - i > 2 ? `g ${j - i} ${mm(advances[i]!)}` : advances.slice(i, j).map(mm).join(' '));
    i = j;
  }
  return out.join(' ');
}

export async function renderOfd(text: string, options: RenderOfdOptions = {}): Promise<Uint8Array> {
  const p = options.prefix ?? 'ofd';
  const tag = (name: string) => (p ? `${p}:${name}` : name);
  const ns = p ? `xmlns:${p}="http://www.ofdspec.org/2016"` : 'xmlns="http://www.ofdspec.org/2016"';
  let id = 10;
  const textObject = (placed: Placed) => {
    const chars = Array.from(placed.text);
    const w = chars.reduce((s, ch) => s + advanceOf(ch, placed.size), 0);
    const box = `${mm(placed.x)} ${mm(placed.y - placed.size)} ${mm(w)} ${mm(placed.size * 1.2)}`;
    const size = options.scaled ? 1 : placed.size;
    const ctm = options.scaled ? ` CTM="${mm(placed.size)} 0 0 ${mm(placed.size)} 0 0"` : '';
    const unit = options.scaled ? 1 / placed.size : 1;
    const delta = deltaX(placed.text, placed.size * unit);
    return (
      `<${tag('TextObject')} ID="${id++}" Boundary="${box}" Font="2" Size="${mm(size)}"${ctm}>` +
      `<${tag('FillColor')} Value="0 0 0"/>` +
      `<${tag('TextCode')} X="0" Y="${mm(placed.size * unit)}"${delta ? ` DeltaX="${delta}"` : ''}>${escape(placed.text)}</${tag('TextCode')}>` +
      `</${tag('TextObject')}>`
    );
  };
  const objects = (placed: Placed) => {
    if (!options.perCharacter) return textObject(placed);
    let x = placed.x;
    return Array.from(placed.text)
      .map((ch) => {
        const one = textObject({ ...placed, text: ch, x });
        x += advanceOf(ch, placed.size);
        return one;
      })
      .join('');
  };
  const pages = layout(text);
  const zip = new JSZip();
  zip.file(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${tag('OFD')} ${ns} Version="1.0" DocType="OFD"><${tag('DocBody')}>` +
      `<${tag('DocInfo')}><${tag('DocID')}>0c8a1f6e</${tag('DocID')}><${tag('Creator')}>OrgAtlas tests</${tag('Creator')}></${tag('DocInfo')}>` +
      `<${tag('DocRoot')}>Doc_0/Document.xml</${tag('DocRoot')}></${tag('DocBody')}></${tag('OFD')}>`,
  );
  const templateRef = options.header ? `<${tag('TemplatePage')} ID="3" BaseLoc="Tpls/Tpl_0/Content.xml"/>` : '';
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${tag('Document')} ${ns}><${tag('CommonData')}><${tag('MaxUnitID')}>9999</${tag('MaxUnitID')}>` +
      `<${tag('PageArea')}><${tag('PhysicalBox')}>0 0 ${PAGE.width} ${PAGE.height}</${tag('PhysicalBox')}></${tag('PageArea')}>` +
      `<${tag('PublicRes')}>PublicRes.xml</${tag('PublicRes')}>${templateRef}</${tag('CommonData')}><${tag('Pages')}>` +
      pages.map((_, i) => `<${tag('Page')} ID="${100 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('') +
      `</${tag('Pages')}></${tag('Document')}>`,
  );
  zip.file(
    'Doc_0/PublicRes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><${tag('Res')} ${ns} BaseLoc="Res"><${tag('Fonts')}>` +
      `<${tag('Font')} ID="2" FontName="宋体" FamilyName="宋体"/></${tag('Fonts')}></${tag('Res')}>`,
  );
  const content = (body: string, template: boolean) =>
    `<?xml version="1.0" encoding="UTF-8"?><${tag('Page')} ${ns}>` +
    (template
      ? ''
      : `<${tag('Area')}><${tag('PhysicalBox')}>0 0 ${PAGE.width} ${PAGE.height}</${tag('PhysicalBox')}></${tag('Area')}>`) +
    (template || !options.header ? '' : `<${tag('Template')} TemplateID="3" ZOrder="Background"/>`) +
    `<${tag('Content')}><${tag('Layer')} ID="${id++}" Type="Body">${body}</${tag('Layer')}></${tag('Content')}></${tag('Page')}>`;
  if (options.header) {
    const size = SIZE * 0.75;
    const w = Array.from(options.header).reduce((s, ch) => s + advanceOf(ch, size), 0);
    zip.file(
      'Doc_0/Tpls/Tpl_0/Content.xml',
      content(objects({ text: options.header, x: (PAGE.width - w) / 2, y: 15, size }), true),
    );
  }
  pages.forEach((page, i) => {
    const number = `- ${i + 1} -`;
    const size = SIZE * 0.75;
    const w = Array.from(number).reduce((s, ch) => s + advanceOf(ch, size), 0);
    const foot = objects({ text: number, x: (PAGE.width - w) / 2, y: PAGE.height - 12, size });
    zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, content(page.map(objects).join('') + foot, false));
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A scanned notice saved as OFD: its page is an image object only, no text. */
export async function renderScannedOfd(): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  zip.file(
    'OFD.xml',
    `<ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  zip.file(
    'Doc_0/Document.xml',
    `<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>` +
      `<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
  );
  zip.file(
    'Doc_0/Pages/Page_0/Content.xml',
    `<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="3"><ofd:ImageObject ID="4" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="5"/></ofd:Layer></ofd:Content></ofd:Page>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
