// An HTML element -> the lines a reader sees on the page: each block element is a line,
// `<br>` breaks one, numbered lists get the numbers the browser would draw, and data
// tables become `名称：内容` rows, the shape the parser reads as a unit and its duties (or
// `职务：姓名` for a table of leaders).
import { formatNumber, htmlNumberStyle } from '../../../shared/documents/list-labels.ts';
import { rowLines, tableRowLines } from '../../../shared/documents/table-rows.ts';
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './html-dom.ts';
import { classifyHeading } from '../../../shared/parser/headings.ts';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'img',
  'map',
  'audio',
  'video',
]);

// Blank space as HTML collapses it; NBSP and the full-width space U+3000 are content (indentation).
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

const children = (node: DomNode) => Array.from(node.childNodes);
const cellsOf = (row: DomElement) => Array.from(row.children).filter((c) => /^t[dh]$/.test(tagOf(c)));

/** The table's rows, through thead/tbody/tfoot, but not the rows of tables nested in it. */
function rowsOf(table: DomElement): DomElement[] {
  return Array.from(table.children).flatMap((child) => {
    const tag = tagOf(child);
    if (tag === 'tr') return [child];
    return /^t(head|body|foot)$/.test(tag) ? Array.from(child.children).filter((c) => tagOf(c) === 'tr') : [];
  });
}

/** A table of data (rows of cells), not one that lays out the page: no tables inside it, and rows of two cells or more. */
function isDataTable(table: DomElement): boolean {
  if (table.querySelectorAll('table').length > 0) return false;
  const rows = rowsOf(table);
  return rows.length >= 1 && rows.filter((r) => cellsOf(r).length >= 2).length >= Math.max(1, rows.length / 2);
}

/** A row of column headings: marked as such (thead, th), or one that names columns. */
function isHeaderRow(row: DomElement): boolean {
  return tagOf(row.parentNode as DomElement) === 'thead' || cellsOf(row).every((c) => tagOf(c) === 'th');
}

class LineBuilder {
  readonly lines: string[] = [];
  private current = '';

  text(value: string): void {
    this.current += value;
  }

  flush(): void {
    const line = this.current.replace(/ +/g, ' ').trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  lineOf(parts: string[]): void {
    this.flush();
    for (const part of parts) {
      this.current = part;
      this.flush();
    }
  }
}

function listLabel(item: DomElement): string {
  const list = item.parentNode;
  if (!list || !isElement(list) || tagOf(list) !== 'ol') return '';
  const style = htmlNumberStyle(
    item.getAttribute('type') ?? list.getAttribute('type'),
    /list-style(?:-type)?\s*:\s*([\w-]+)/.exec(list.getAttribute('style') ?? '')?.[1] ?? null,
  );
  const items = Array.from(list.children).filter((c) => tagOf(c) === 'li');
  const start = Number(list.getAttribute('start') ?? '1') || 1;
  const value = Number(item.getAttribute('value') ?? NaN);
  const n = Number.isFinite(value) ? value : start + items.indexOf(item);
  const numeral = formatNumber(n, style);
  if (numeral === '') return '';
  if (/^[一二三四五六七八九十百零]+$/.test(numeral)) return `${numeral}、`;
  // A decimal list inside an item of a decimal list (a unit's duties under the unit) is the level
  // below it, written `（1）` as documents do, so its items are not read as the outer list's.
  return /^\d+$/.test(numeral) && insideDecimalItem(list) ? `（${numeral}）` : `${numeral}.`;
}

function insideDecimalItem(list: DomElement): boolean {
  const item = list.parentNode;
  if (!item || !isElement(item) || tagOf(item) !== 'li') return false;
  const outer = item.parentNode;
  return !!outer && isElement(outer) && tagOf(outer) === 'ol' && /^\d+\.$/.test(listLabel(item));
}

/**
 * An inline element a page styles as one field of a row (`<span class="n">X</span><span
 * class="d">负责…</span>`): two such side by side are two fields, kept apart by a space.
 */
const classedField = (el: DomElement) =>
  !BLOCK.has(tagOf(el)) && tagOf(el) !== 'br' && (el.getAttribute('class') ?? '') !== '';

function walk(node: DomNode, out: LineBuilder, pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node.textContent ?? '';
    if (!pre) out.text(text.replace(COLLAPSIBLE, ' '));
    else text.split('\n').forEach((part, i) => (i > 0 ? (out.flush(), out.text(part)) : out.text(part)));
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (SKIP.has(tag)) return;
  if (tag === 'br') return out.flush();
  if (tag === 'table' && isDataTable(node)) return out.lineOf(tableLines(node));
  if (tag === 'dl') return out.lineOf(definitionLines(node));
  const links = tag === 'p' ? linkRun(node) : null;
  if (links) return out.lineOf(links);
  const block = BLOCK.has(tag);
  if (block) out.flush();
  const nested = tag === 'li' ? nestedNames(node) : null;
  if (nested) return out.lineOf(nested.map((line, i) => (i === 0 ? listLabel(node) : '') + line));
  if (tag === 'li') out.text(listLabel(node));
  let previous: DomElement | null = null;
  for (const child of children(node)) {
    if (isElement(child) && previous && classedField(previous) && classedField(child)) out.text('\u3000');
    if (isElement(child)) previous = child;
    else if ((child.textContent ?? '').trim() !== '') previous = null;
    walk(child, out, pre || tag === 'pre');
  }
  if (block) out.flush();
}

const SHORT_NAME = /^[^。，,；;：:、]{2,30}$/;

/**
 * A paragraph of nothing but links set apart by `|`, `｜`, `·` or (full-width) spaces
 * (`<a>办公室</a> | <a>人事处</a>`, `<a>X中心</a>　<a>Y中心</a>`): one name a line, as a list is.
 */
function linkRun(p: DomElement): string[] | null {
  const parts = Array.from(p.childNodes);
  const links = parts.filter(isElement);
  if (links.length < 2 || !links.every((a) => tagOf(a) === 'a')) return null;
  const between = parts.filter((c) => !isElement(c)).map((c) => c.textContent ?? '');
  if (!between.every((t) => /^[\s\u3000|｜·]*$/.test(t))) return null;
  const names = links.map((a) => (a.textContent ?? '').replace(/\s+/g, ''));
  return names.every((n) => SHORT_NAME.test(n)) ? names : null;
}

/** A list item's own text, without the lists nested in it. */
export function ownText(item: DomElement): string {
  const text = (node: DomNode): string =>
    isElement(node) && /^(?:ul|ol)$/.test(tagOf(node))
      ? ''
      : node.nodeType === TEXT_NODE
        ? (node.textContent ?? '')
        : Array.from(node.childNodes).map(text).join('');
  return text(item).replace(/\s+/g, '');
}

/**
 * A list item naming a unit over a list of the units inside it (`<li>办公室<ul><li>秘书科</li>…`)
 * as `办公室：秘书科、综合科`, the line that nests them; an item naming a class of units of its own
 * kind (`专门委员会` over `提案委员会`, `经济委员会`) is no unit: only its sub-items' names. Null when
 * the item is a section heading (`内设机构`) or its sub-items are more than bare names.
 */
function nestedNames(item: DomElement): string[] | null {
  const lists = Array.from(item.children).filter((c) => tagOf(c) === 'ul' || tagOf(c) === 'ol');
  if (lists.length !== 1) return null;
  const own = ownText(item);
  const items = Array.from(lists[0]!.children).filter((c) => tagOf(c) === 'li');
  const names = items.map((li) => elementLines(li));
  if (!SHORT_NAME.test(own) || classifyHeading(own) || items.length === 0) return null;
  if (!names.every((lines) => lines.length === 1 && SHORT_NAME.test(lines[0]!))) return null;
  const kind = own.slice(-2);
  if (names.every((lines) => lines[0]!.endsWith(kind))) return names.flat();
  return [`${own}：${names.map((lines) => lines[0]).join('、')}`];
}

/**
 * The table's rows as cells, each cell its lines; a cell merged down rows (rowspan) leaves an
 * empty cell in each row below it, so every row's cells stay under their column headings.
 */
function tableGrid(rows: DomElement[]): string[][][] {
  const spanning = new Map<number, number>();
  return rows.map((row) => {
    const out: string[][] = [];
    const place = (lines: string[], span: number) => {
      while ((spanning.get(out.length) ?? 0) > 0) {
        spanning.set(out.length, spanning.get(out.length)! - 1);
        out.push([]);
      }
      if (span > 1) spanning.set(out.length, span - 1);
      out.push(lines);
    };
    for (const cell of cellsOf(row)) place(elementLines(cell), Number(cell.getAttribute('rowspan') ?? '1') || 1);
    for (let c = out.length; (spanning.get(c) ?? 0) > 0; c++) {
      spanning.set(c, spanning.get(c)! - 1);
      out.push([]);
    }
    return out;
  });
}

function tableLines(table: DomElement): string[] {
  const rows = rowsOf(table);
  return tableRowLines(tableGrid(rows), (i) => isHeaderRow(rows[i]!));
}

const NAME_FIELD = /^姓\s*名\s*[:：]\s*(\S.{0,9})$/;
const TITLE_FIELD = /^(?:职\s*务|现任职务|职\s*位)\s*[:：]\s*(\S.{0,29})$/;

/**
 * A leader's card (`姓名：A`, then `职务：B` on the next line or the one after) as
 * `B：A`, the line a leaders table becomes, so both shapes read the same.
 */
export function leaderCards(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const name = NAME_FIELD.exec(lines[i]!)?.[1]?.trim();
    const at = name ? [i + 1, i + 2].find((j) => TITLE_FIELD.test(lines[j] ?? '')) : undefined;
    if (!name || at === undefined) {
      out.push(lines[i]!);
      continue;
    }
    out.push(`${TITLE_FIELD.exec(lines[at]!)![1]!.trim()}：${name}`);
    if (at === i + 2) out.push(lines[i + 1]!);
    i = at;
  }
  return out;
}

/** A definition list (`<dt>办公室</dt><dd>负责…</dd>`) as `名称：内容` lines, the way a two-column table reads. */
function definitionLines(list: DomElement): string[] {
  const out: string[] = [];
  let term: string[] | null = null;
  for (const child of Array.from(list.children)) {
    const lines = elementLines(child);
    if (tagOf(child) === 'dt') {
      if (term) out.push(...term);
      term = lines;
    } else if (term && term.length > 0 && lines.length > 0) {
      out.push(...rowLines([term, lines], null));
      term = null;
    } else out.push(...lines);
  }
  if (term) out.push(...term);
  return out;
}

/** The element's text as the lines a reader sees. */
export function elementLines(element: DomNode): string[] {
  const out = new LineBuilder();
  walk(element, out, false);
  out.flush();
  return leaderCards(out.lines);
}
