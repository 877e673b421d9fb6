// OpenDocument text (.odt, LibreOffice's and WPS's "save as ODF") -> lines. The package is a
// ZIP; its body is content.xml, read with linkedom's XML parser: paragraphs and headings
// (`text:p`, `text:h`) a line each, table rows a row of cells, spaces (`text:s`), tabs and line
// breaks written out, notes, annotations and tracked deletions left out (as the .docx reader
// leaves out footnotes). ODF does not write a list's numbers into the text: a list item's label
// is drawn from its list style (`text:list-level-style-number`: format, prefix, suffix, levels
// shown), which lives in content.xml's automatic styles or in styles.xml, so it is worked out
// here, as the .docx reader works out Word's. Tables go through the same table reader as a .doc's.
import { formatNumber, type NumberStyle } from '../../../shared/documents/list-labels.ts';
import { refusal } from '../../../shared/documents/refusals.ts';
import { wordBlockLines, type WordBlock } from './doc.ts';
import { UnreadableDocument, type Extracted } from './extracted.ts';
import { linkedom } from './html-dom.ts';
import { openZip } from './zip.ts';

const DAMAGED = refusal('odt-damaged', {});

/** The few members of linkedom's XML nodes read here (the Node build has no DOM types). */
interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  getAttribute?(name: string): string | null;
}
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const attr = (node: XmlNode, name: string) => node.getAttribute?.(name) ?? null;
const elements = (node: XmlNode) => Array.from(node.childNodes).filter((n) => n.nodeType === ELEMENT_NODE);

/** Elements whose text is not the body's: notes, comments, deleted text, fields' declarations. */
const SKIPPED = new Set([
  'text:note',
  'office:annotation',
  'office:annotation-end',
  'text:tracked-changes',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'draw:image',
]);

/** One level of a numbered list style. */
interface ListLevel {
  style: NumberStyle;
  prefix: string;
  suffix: string;
  /** How many levels' numbers the label shows (`1.2.` shows 2). */
  shown: number;
  start: number;
}

/** ODF's `style:num-format` values (the first numerals of a sequence) as our number styles. */
function numberStyle(format: string | null): NumberStyle {
  const f = (format ?? '').trim();
  if (f === '') return 'none';
  if (f === '1') return 'decimal';
  if (f === 'a') return 'lowerLetter';
  if (f === 'A') return 'upperLetter';
  if (f === 'i') return 'lowerRoman';
  if (f === 'I') return 'upperRoman';
  if (f.startsWith('一') || f.startsWith('壹') || f.startsWith('〇')) return 'chineseCounting';
  if (f.startsWith('甲')) return 'ideographTraditional';
  if (f.startsWith('①')) return 'decimalEnclosedCircle';
  if (f.startsWith('１')) return 'decimalFullWidth';
  return 'decimal';
}

/** List styles by name: each level's numbering (a bullet or picture level numbers nothing). */
function listStyles(roots: XmlNode[]): Map<string, ListLevel[]> {
  const styles = new Map<string, ListLevel[]>();
  const visit = (node: XmlNode) => {
    for (const el of elements(node)) {
      if (el.nodeName !== 'text:list-style') {
        visit(el);
        continue;
      }
      const levels: ListLevel[] = [];
      for (const level of elements(el)) {
        const index = Number(attr(level, 'text:level')) - 1;
        if (!(index >= 0 && index < 10)) continue;
        const numbered = level.nodeName === 'text:list-level-style-number';
        levels[index] = {
          style: numbered ? numberStyle(attr(level, 'style:num-format')) : 'none',
          prefix: numbered ? (attr(level, 'style:num-prefix') ?? '') : '',
          suffix: numbered ? (attr(level, 'style:num-suffix') ?? '') : '',
          shown: Math.max(1, Number(attr(level, 'text:display-levels')) || 1),
          start: Number(attr(level, 'text:start-value')) || 1,
        };
      }
      styles.set(attr(el, 'style:name') ?? '', levels);
    }
  };
  roots.forEach(visit);
  return styles;
}

/** The body as paragraphs (a line each) and tables (rows of cells of lines). */
function bodyBlocks(body: XmlNode, styles: Map<string, ListLevel[]>): WordBlock[] {
  /** Where blocks go: the body, or the cell being read. */
  let sink: WordBlock[] = [];
  /** Each list style's counters, one a level; a list that does not continue another restarts them. */
  const counters = new Map<string, number[]>();

  const inline = (node: XmlNode): string => {
    if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName)) return '';
    switch (node.nodeName) {
      case 'text:s':
        return ' '.repeat(Math.min(100, Number(attr(node, 'text:c')) || 1));
      case 'text:tab':
        return ' ';
      case 'text:line-break':
        return '\n';
      // A text box anchored in a paragraph holds paragraphs of its own, a line each.
      case 'text:p':
      case 'text:h':
        return '\n' + Array.from(node.childNodes).map(inline).join('') + '\n';
      default:
        return Array.from(node.childNodes).map(inline).join('');
    }
  };

  const paragraph = (p: XmlNode, label: string) => {
    const lines = Array.from(p.childNodes).map(inline).join('').split('\n');
    sink.push(label + (lines[0] ?? ''), ...lines.slice(1));
  };

  const list = (node: XmlNode, styleName: string, depth: number) => {
    const levels = styles.get(styleName) ?? [];
    const counts = counters.get(styleName) ?? [];
    const continues = attr(node, 'text:continue-numbering') === 'true' || attr(node, 'text:continue-list') !== null;
    if (depth === 0 && !continues) counts.length = 0;
    counters.set(styleName, counts);
    for (const item of elements(node)) {
      if (item.nodeName !== 'text:list-item' && item.nodeName !== 'text:list-header') continue;
      const level = levels[depth];
      let label = '';
      if (item.nodeName === 'text:list-item' && level && level.style !== 'none') {
        const start = Number(attr(item, 'text:start-value'));
        counts[depth] = start > 0 ? start : (counts[depth] ?? level.start - 1) + 1;
        // A deeper level starts again under each new item of this one.
        counts.length = depth + 1;
        const numbers: string[] = [];
        for (let d = Math.max(0, depth - level.shown + 1); d <= depth; d++)
          numbers.push(formatNumber(counts[d] ?? levels[d]?.start ?? 1, levels[d]?.style ?? 'decimal'));
        label = level.prefix + numbers.join('.') + level.suffix;
      }
      let first = true;
      for (const child of elements(item)) {
        if (child.nodeName === 'text:list') list(child, attr(child, 'text:style-name') ?? styleName, depth + 1);
        // The label goes before the item's first paragraph only.
        else block(child, first ? label : '');
        first = false;
      }
    }
  };

  /** A cell's text as lines; a table inside it gives a line a row. */
  const cellLines = (cell: XmlNode): string[] => {
    const outer = sink;
    sink = [];
    for (const child of elements(cell)) block(child, '');
    const inner = sink;
    sink = outer;
    return inner
      .flatMap((b) => (typeof b === 'string' ? [b] : b.rows.map((row) => row.map((c) => c.join(' ')).join(' '))))
      .map((line) => line.trim())
      .filter(Boolean);
  };

  const table = (node: XmlNode) => {
    const rows: XmlNode[] = [];
    const collect = (n: XmlNode) => {
      for (const el of elements(n)) {
        if (el.nodeName === 'table:table-row') rows.push(el);
        else if (/^table:table-(?:header-rows|rows|row-group)$/.test(el.nodeName)) collect(el);
      }
    };
    collect(node);
    sink.push({
      rows: rows.map((row) =>
        elements(row)
          // A cell merged over (covered) is empty where it stands, as Word gives it.
          .filter((cell) => cell.nodeName === 'table:table-cell' || cell.nodeName === 'table:covered-table-cell')
          .map((cell) => (cell.nodeName === 'table:table-cell' ? cellLines(cell) : [])),
      ),
    });
  };

  const block = (node: XmlNode, label: string) => {
    if (SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'text:p' || node.nodeName === 'text:h') paragraph(node, label);
    else if (node.nodeName === 'text:list') list(node, attr(node, 'text:style-name') ?? '', 0);
    else if (node.nodeName === 'table:table') table(node);
    else for (const child of elements(node)) block(child, label);
  };

  block(body, '');
  return sink;
}

async function parts(bytes: Uint8Array): Promise<{ content: string; styles: string | null }> {
  const zip = await openZip(bytes, DAMAGED);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null);
  const manifest = await text('META-INF/manifest.xml').catch(() => null);
  // A password-protected package keeps its parts encrypted and says how in its manifest.
  if (manifest?.includes('manifest:encryption-data')) throw new UnreadableDocument(refusal('odt-encrypted', {}));
  const content = await text('content.xml').catch(() => null);
  if (content === null) throw new UnreadableDocument(DAMAGED);
  return { content, styles: await text('styles.xml').catch(() => null) };
}

function parseXml(text: string): XmlNode | null {
  const { DOMParser } = linkedom();
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  return (doc.documentElement as unknown as XmlNode | null) ?? null;
}

export async function readOdt(bytes: Uint8Array): Promise<Extracted> {
  const { content, styles } = await parts(bytes);
  const root = parseXml(content);
  const find = (node: XmlNode | undefined, name: string) => node && elements(node).find((e) => e.nodeName === name);
  const body = find(find(root ?? undefined, 'office:body'), 'office:text');
  if (!root || !body) throw new UnreadableDocument(DAMAGED);
  const styleRoot = styles === null ? null : parseXml(styles);
  const lines = wordBlockLines(bodyBlocks(body, listStyles(styleRoot ? [styleRoot, root] : [root])));
  if (lines.length === 0) throw new UnreadableDocument(refusal('no-text', { context: 'odt' }));
  return { format: 'odt', lines, encoding: 'odt' };
}
