// OFD (GB/T 33190, the format Chinese e-government issues 公文 in) -> lines. An OFD file is a
// ZIP of XML: OFD.xml names the document's Document.xml, which lists the pages; each page's
// Content.xml places text objects (a box, a font size, and codes of characters at x/y with
// per-character advances), all in millimetres from the page's top left. The positioned text is
// handed to the same line builder as a PDF's text layer (pdf-lines), which joins baselines,
// drops running headers and page numbers, and rejoins wrapped paragraphs. No npm package
// reads OFD text in Node (ofd.js renders in a browser), so the few elements needed are read
// here with jszip and linkedom's XML parser, both already used for Word files.
import { pdfLines, type PdfPage, type TextRun } from '../../../shared/documents/pdf-lines.ts';
import { refusal } from '../../../shared/documents/refusals.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { openZip } from './zip.ts';
import { linkedom } from './html-dom.ts';

const MM_TO_PT = 72 / 25.4;
/** Fewer visible characters per page than this and the OFD is pictures of pages (a scan). */
const MIN_CHARS_PER_PAGE = 10;
/** A4 portrait, the page a document names no size for. */
const DEFAULT_BOX = [0, 0, 210, 297];

const DAMAGED = refusal('ofd-damaged', {});

type Matrix = [number, number, number, number, number, number];

/** The few members of linkedom's XML elements read here (the Node build has no DOM types). */
interface XmlElement {
  readonly tagName: string;
  readonly children: ArrayLike<XmlElement>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** XmlElements by local name, whatever namespace prefix (`ofd:` or none) the writer used. */
const named = (e: XmlElement, name: string) => e.tagName === name || e.tagName.endsWith(`:${name}`);
function children(parent: XmlElement, name: string): XmlElement[] {
  return Array.from(parent.children).filter((e) => named(e, name));
}
function descendants(parent: XmlElement, name: string): XmlElement[] {
  // A walk of `children`: linkedom's XML documents answer getElementsByTagName('*') with nothing.
  const found: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const child of Array.from(el.children)) {
      if (named(child, name)) found.push(child);
      visit(child);
    }
  };
  visit(parent);
  return found;
}
const first = (parent: XmlElement, name: string) => descendants(parent, name)[0];

function numbers(text: string | null | undefined): number[] {
  return (text ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);
}

/** A DeltaX/DeltaY list with its `g n v` runs (n advances of v) written out. */
export function expandDeltas(text: string | null): number[] {
  const parts = (text ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'g') {
      const count = Number(parts[i + 1]);
      const value = Number(parts[i + 2]);
      if (Number.isFinite(count) && Number.isFinite(value)) for (let k = 0; k < count; k++) out.push(value);
      i += 2;
    } else if (Number.isFinite(Number(parts[i]))) out.push(Number(parts[i]));
  }
  return out;
}

/** A path inside the package, from a reference relative to `base`'s folder (or absolute from the root). */
function resolve(base: string, ref: string): string {
  const path = ref.replace(/\\/g, '/');
  if (path.startsWith('/')) return path.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [
  a * x + c * y + e,
  b * x + d * y + f,
];

/** The runs of one text object: each code a run at its baseline, in points from the page's bottom left. */
function textRuns(object: XmlElement, pageHeight: number): TextRun[] {
  const [bx = 0, by = 0] = numbers(object.getAttribute('Boundary'));
  const ctmValues = numbers(object.getAttribute('CTM'));
  const ctm: Matrix = ctmValues.length === 6 ? (ctmValues as Matrix) : [1, 0, 0, 1, 0, 0];
  // A CTM scales the glyphs as well as their positions (converters write Size 1 and scale it).
  const scale = Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2])) || 1;
  const size = (Number(object.getAttribute('Size')) || 3.5) * scale;
  const runs: TextRun[] = [];
  let x = 0;
  let y = 0;
  for (const code of children(object, 'TextCode')) {
    const text = code.textContent ?? '';
    // A code without X or Y goes on where the previous one ended.
    if (code.hasAttribute('X')) x = Number(code.getAttribute('X')) || 0;
    if (code.hasAttribute('Y')) y = Number(code.getAttribute('Y')) || 0;
    const chars = Array.from(text);
    const deltas = expandDeltas(code.getAttribute('DeltaX'));
    const advance = deltas.reduce((sum, d, i) => (i < chars.length - 1 ? sum + d : sum), 0);
    const [px, py] = apply(ctm, x, y);
    const [ex] = apply(ctm, x + advance, y);
    if (text.trim() !== '') {
      const last = chars.at(-1) ?? '';
      // The last character's own width: a full em for Chinese, about half for Latin and digits.
      const lastWidth = size * (/[\u0020-\u024f]/.test(last) ? 0.5 : 1);
      runs.push({
        text,
        x: (bx + px) * MM_TO_PT,
        y: (pageHeight - (by + py)) * MM_TO_PT,
        width: (ex - px + lastWidth) * MM_TO_PT,
        size: size * MM_TO_PT,
      });
    }
    x += advance + (deltas[chars.length - 1] ?? size);
  }
  return runs;
}

interface Package {
  xml(path: string): Promise<XmlElement | undefined>;
}

async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await openZip(bytes, DAMAGED);
  // Names in the package are matched without regard to case: writers differ (Doc_0, doc_0).
  const byLowerName = new Map(Object.keys(zip.files).map((name) => [name.toLowerCase(), name]));
  return {
    async xml(path) {
      const name = byLowerName.get(path.toLowerCase());
      const file = name === undefined ? null : zip.file(name);
      if (!file) return undefined;
      const text = await file.async('string').catch(() => {
        throw new UnreadableDocument(DAMAGED);
      });
      const { DOMParser } = linkedom();
      const doc = new DOMParser().parseFromString(text, 'text/xml');
      return (doc.documentElement as unknown as XmlElement | null) ?? undefined;
    },
  };
}

/** The pages of the package's first document, in order, with their templates (running heads and feet). */
async function readPages(pkg: Package): Promise<PdfPage[]> {
  const root = await pkg.xml('OFD.xml');
  const docRoot = root && first(root, 'DocRoot')?.textContent?.trim();
  if (!docRoot) throw new UnreadableDocument(DAMAGED);
  const documentPath = resolve('', docRoot);
  const document = await pkg.xml(documentPath);
  if (!document) throw new UnreadableDocument(DAMAGED);
  const commonData = first(document, 'CommonData');
  const defaultBox = numbers(commonData && first(commonData, 'PhysicalBox')?.textContent);
  const templates = new Map<string, string>();
  for (const template of commonData ? children(commonData, 'TemplatePage') : []) {
    const loc = template.getAttribute('BaseLoc');
    if (loc) templates.set(template.getAttribute('ID') ?? '', resolve(documentPath, loc));
  }
  const pagesXmlElement = first(document, 'Pages');
  const pages: PdfPage[] = [];
  for (const entry of pagesXmlElement ? children(pagesXmlElement, 'Page') : []) {
    const loc = entry.getAttribute('BaseLoc');
    if (!loc) continue;
    const pagePath = resolve(documentPath, loc);
    const page = await pkg.xml(pagePath);
    if (!page) throw new UnreadableDocument(DAMAGED);
    const area = children(page, 'Area')[0];
    const ownBox = numbers(area && first(area, 'PhysicalBox')?.textContent);
    const [, , width = 210, height = 297] =
      ownBox.length === 4 ? ownBox : defaultBox.length === 4 ? defaultBox : DEFAULT_BOX;
    const sources = [page];
    for (const use of children(page, 'Template')) {
      const path = templates.get(use.getAttribute('TemplateID') ?? '');
      const template = path ? await pkg.xml(path) : undefined;
      if (template) sources.push(template);
    }
    const runs = sources.flatMap((source) => descendants(source, 'TextObject').flatMap((o) => textRuns(o, height)));
    pages.push({ width: width * MM_TO_PT, runs });
  }
  return pages;
}

export async function readOfd(bytes: Uint8Array): Promise<Extracted> {
  const pkg = await openPackage(bytes);
  const pages = await readPages(pkg);
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.replace(/\s/g, '').length, 0), 0);
  if (pages.length === 0 || chars < MIN_CHARS_PER_PAGE * pages.length) {
    throw new UnreadableDocument(refusal('ofd-scanned', {}));
  }
  return { format: 'ofd', lines: pdfLines(pages), encoding: 'ofd' };
}
