// An HTML element -> the lines a reader sees on the page: each block element is a line,
// `<br>` breaks one, numbered lists get the numbers the browser would draw, and data
// tables become `名称：内容` rows, the shape the parser reads as a unit and its duties (or
// `职务：姓名` for a table of leaders).
import { HAN } from '../../../shared/text/han.ts';
import { formatNumber, htmlNumberStyle } from '../../../shared/documents/list-labels.ts';
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './html-dom.ts';

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

const HEADER_WORD = /名称|职责|职能|序号|编号|科室|处室|股室|机构|部门|单位|内容|备注|姓名|职务|分工|电话|地址|简介/;

/** The first row of short cells naming columns (科室, 职责, …): a row of column headings. */
const namesColumns = (index: number, cells: string[]) =>
  index === 0 && cells.every((c) => c.length <= 8 && !/[。；，]/.test(c)) && cells.some((c) => HEADER_WORD.test(c));

/** A row of column headings: marked as such (thead, th), or one that names columns. */
function isHeaderRow(row: DomElement): boolean {
  return tagOf(row.parentNode as DomElement) === 'thead' || cellsOf(row).every((c) => tagOf(c) === 'th');
}

const SENTENCE = /[。；]/;
/** A short label cell (电话, 传真, 邮编, 地址：): two to six Han characters, a colon at most. */
const FIELD_LABEL = new RegExp(String.raw`^[${HAN}]{2,6}[:：]?$`);
/** Column headings of fields beside a unit's duties: its head, phone, address, office hours. */
const FIELD_COLUMN =
  /^(?:负责人|科室负责人|联系人|(?:联系|办公|咨询)?电话|传真|邮箱|(?:办公)?地址|办公地点|邮编|办公时间)$/;

/** One table row as lines: `名称：内容` (a leading 序号 cell becomes its label `3、`). */
function rowLines(cells: string[][], header: string[] | null): string[] {
  const texts = cells.map((lines) => lines.join(''));
  let label = '';
  if (texts.length > 1 && /^\d{1,3}[.、]?$/.test(texts[0]!)) {
    label = texts[0]!.replace(/[.、]$/, '') + '、';
    cells = cells.slice(1);
    header = header?.slice(1) ?? null;
  }
  const filled = cells.filter((lines) => lines.length > 0);
  if (filled.length === 0) return [];
  // A row of label and value pairs in a table with no column headings: 电话 | 0791-… | 传真 | 0791-….
  const pairs = header === null && texts.length >= 4 && texts.length % 2 === 0 && cells.length === texts.length;
  if (pairs && texts.every((t, i) => (i % 2 === 0 ? FIELD_LABEL.test(t) : t !== '')))
    return texts.flatMap((t, i) => (i % 2 === 0 ? [`${t.replace(/[:：]$/, '')}：${texts[i + 1]}`] : []));
  // A table of leaders: `职务：姓名`, the way pages list them in text.
  const nameAt = header?.findIndex((h) => /姓名/.test(h)) ?? -1;
  const titleAt = header?.findIndex((h) => /职务/.test(h)) ?? -1;
  if (nameAt >= 0 && titleAt >= 0 && cells[nameAt]?.length && cells[titleAt]?.length) {
    const rest = cells.filter((_, i) => i !== nameAt && i !== titleAt).flat();
    return [`${label}${cells[titleAt]!.join('')}：${cells[nameAt]!.join('')}`, ...rest];
  }
  const [first, ...others] = filled;
  // One cell of text (beside a photo, say) is its own lines.
  if (others.length === 0) return [label + first![0]!, ...first!.slice(1)];
  const key = first!.join('');
  // A key cell is a name, short and without sentences; otherwise the cells are paragraphs.
  if (key.length > 30 || SENTENCE.test(key)) return [label + key, ...others.flat()];
  // Columns of a unit's head or phone (负责人, 联系电话) are labelled, so they read as such, not as duties.
  const labelled = (lines: string[], i: number) => {
    const heading = header?.[cells.indexOf(lines)];
    return heading && FIELD_COLUMN.test(heading) && i === 0 ? `${heading}：${lines[0]}` : lines[i]!;
  };
  const texts2 = others.flatMap((lines) => lines.map((_, i) => labelled(lines, i)));
  const [firstLine, ...more] = texts2;
  return [`${label}${key.replace(/[:：]$/, '')}：${firstLine}`, ...more];
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
  return /^[一二三四五六七八九十百零]+$/.test(numeral) ? `${numeral}、` : `${numeral}.`;
}

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
  const block = BLOCK.has(tag);
  if (block) out.flush();
  if (tag === 'li') out.text(listLabel(node));
  for (const child of children(node)) walk(child, out, pre || tag === 'pre');
  if (block) out.flush();
}

const NAME_CELL = new RegExp(String.raw`^[^\d:：，。；、,;]*[${HAN}][^\d:：，。；、,;]*[${HAN}][^\d:：，。；、,;]*$`);

/**
 * A grid of names (units set out three or more to a row, with no column headings): every
 * cell a short name with no digits or punctuation. Each cell is a line of its own, since
 * the cells of a row are not a name and its text.
 */
function isNameGrid(rows: string[][][]): boolean {
  const cells = rows.flatMap((r) => r.map((lines) => lines.join(''))).filter((c) => c !== '');
  return (
    rows.some((r) => r.length >= 3) &&
    cells.length >= 3 &&
    cells.every((c) => c.length <= 20 && NAME_CELL.test(c)) &&
    !rows.some((r, i) =>
      namesColumns(
        i,
        r.map((lines) => lines.join('')),
      ),
    )
  );
}

/**
 * A table's rows (each a list of cells, each cell its lines) as lines, the header row left
 * out (its headings name the columns of a leaders table); `marked(i)` says whether the
 * markup marks row i as headings. Word 97-2003 tables (doc.ts) come this way too.
 */
export function tableRowLines(rows: string[][][], marked: (index: number) => boolean = () => false): string[] {
  if (isNameGrid(rows)) return rows.flatMap((cells) => cells.flat());
  let header: string[] | null = null;
  return rows.flatMap((cells, i) => {
    const texts = cells.map((lines) => lines.join(''));
    if (header === null && (marked(i) || namesColumns(i, texts))) {
      header = texts;
      return [];
    }
    return rowLines(cells, header);
  });
}

function tableLines(table: DomElement): string[] {
  const rows = rowsOf(table);
  return tableRowLines(
    rows.map((row) => cellsOf(row).map((cell) => elementLines(cell))),
    (i) => isHeaderRow(rows[i]!),
  );
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
