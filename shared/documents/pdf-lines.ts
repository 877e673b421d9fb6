// A PDF's text layer (positioned runs of text) -> the lines a reader sees: runs on one
// baseline become a line, page headers, footers and page numbers go, and the lines that the
// page width broke are joined back into their paragraphs.
import { parseLabel } from '../parser/index.ts';
import { opensWithFieldLabel } from '../parser/table.ts';
import { unifyRadicals } from './radicals.ts';
import { tableRowLines } from './table-rows.ts';

/** One run of text as the PDF places it; x, y in points from the page's bottom left, y the baseline. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size (the run's height). */
  size: number;
}

export interface PdfPage {
  /** The page width in points. */
  width: number;
  runs: TextRun[];
}

interface Line {
  text: string;
  pageWidth: number;
  /** The edges of the column the line is in, on a page set in columns. */
  block: { left: number; right: number } | null;
  /** Distance from the previous line's baseline on the page, furniture left out (0 for a page's first line). */
  gap: number;
  /** The line's pieces set far apart (over two characters): a table row's cells, or one piece. */
  cells: { x: number; text: string }[];
  /** Where its pieces start that sit a character apart: the cells of a table whose columns are narrow. */
  starts: number[];
  /** Its runs, left to right. */
  runs: TextRun[];
  /** Where a table row's second column starts (its text after `名称：`), if the line is one. */
  column: number | null;
  left: number;
  right: number;
  y: number;
  size: number;
}

const CJK = String.raw`\u3000-\u303f\u4e00-\u9fff\uff00-\uffef`;
const SPACED_OUT = new RegExp(`(?:[${CJK}] ){2,}[${CJK}]`, 'g');
/** A justified line of Chinese whose characters the reader spaced out (`平 安 建 设`) as they read. */
const unspaced = (text: string) => text.replace(SPACED_OUT, (m) => m.replace(/ /g, ''));
const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

const SENTENCE = /[。；，,;]/;

/** A page's lines in reading order (down each column in turn when it is set in columns). */
function pageLines(page: PdfPage): Line[] {
  return columnBlocks(page).flatMap(({ lines, column }) => lines.map((group) => lineOf(group, page.width, column)));
}

/**
 * The runs of one baseline, left to right; a gap wider than a character becomes a space.
 * A line of two columns far apart whose first is a short name (a table row: 办公室 …
 * 负责机关…) becomes `名称：内容`, as tables on web pages do.
 */
function lineOf(runs: TextRun[], width: number, block: Block['column']): Line {
  const group = runs.map((r) => ({ ...r, text: unspaced(r.text) })).sort((a, b) => a.x - b.x);
  const columns: { x: number; text: string }[] = [];
  const starts: number[] = [];
  let end = group[0]!.x;
  for (const run of group) {
    const gap = run.x - end;
    if (starts.length === 0 || gap > run.size * 0.8) starts.push(run.x);
    const current = columns[columns.length - 1];
    if (!current || gap > run.size * 2) columns.push({ x: run.x, text: run.text });
    // Spaced-out words sit apart; glyph runs of one word touch. A Latin word or number sits a
    // space's width from the text beside it (`12345 热线`, `Email: x`), a space that a text
    // layer of one object per character writes no object for.
    else if (
      gap > run.size * 0.8 ||
      (gap > run.size * 0.15 && (isWordChar(current.text.at(-1)) || isWordChar(run.text[0])))
    )
      current.text += ' ' + run.text;
    else current.text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  const [first, ...rest] = columns.map((c) => ({ ...c, text: c.text.trim() }));
  // A field whose value opens with a label of its own (`联系方式    电话：…`) is no `名称：内容` row.
  const row =
    rest.length === 1 &&
    first!.text.length <= 20 &&
    !SENTENCE.test(first!.text) &&
    !/[:：]$/.test(first!.text) &&
    !opensWithFieldLabel(rest[0]!.text);
  const text = row ? `${first!.text}：${rest[0]!.text}` : columns.map((c) => c.text.trim()).join(' ');
  return {
    text: unifyRadicals(text),
    pageWidth: width,
    block,
    cells: columns.map((c) => ({ x: c.x, text: unifyRadicals(c.text.trim()) })),
    starts,
    runs: group,
    gap: 0,
    column: row ? rest[0]!.x : null,
    left: group[0]!.x,
    right: end,
    y: group[0]!.y,
    size: Math.max(...group.map((r) => r.size)),
  };
}

interface Block {
  lines: TextRun[][];
  /** The column's edges when the page is set in columns; null for text across the page. */
  column: { left: number; right: number } | null;
}

/** Runs on one baseline (within half a font size of each other), top to bottom. */
function baselines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const current = lines[lines.length - 1];
    if (current && Math.abs(current[0]!.y - run.y) <= Math.max(current[0]!.size, run.size) * 0.5) current.push(run);
    else lines.push([run]);
  }
  return lines;
}

/** A piece of text ending a paragraph or a heading (its last line may stop anywhere). */
const PARAGRAPH_END = /[。：:；;！？!?]\s*$/;

/**
 * Where a page set in two columns has its gutter: an x in the middle of the text block that
 * few lines cross, with many lines on each side of it, the left ones that stop mid-sentence
 * ending flush at it (justified prose; a table's name cells end ragged). Null for a page of
 * one column.
 */
function gutter(lines: readonly TextRun[][]): { from: number; to: number } | null {
  if (lines.length < 6) return null;
  const runs = lines.flat();
  const left = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const size = quantile(
    runs.map((r) => r.size),
    0.5,
  );
  let best: { from: number; to: number; sides: number } | null = null;
  for (let x = left + (right - left) * 0.3; x <= left + (right - left) * 0.7; x += size / 2) {
    let across = 0;
    const ends: number[] = [];
    // Ends of left pieces that stop mid-sentence: a paragraph's last line ends short at its
    // full stop, so only these show whether the column width broke the lines.
    const brokenEnds: number[] = [];
    const starts: number[] = [];
    for (const line of lines) {
      if (line.some((r) => r.x < x && r.x + r.width > x)) across++;
      else {
        const before = line.filter((r) => r.x + r.width <= x);
        const after = line.filter((r) => r.x >= x);
        if (before.length > 0) {
          const last = before.reduce((a, b) => (b.x > a.x ? b : a));
          ends.push(last.x + last.width);
          if (!PARAGRAPH_END.test(last.text)) brokenEnds.push(last.x + last.width);
        }
        if (after.length > 0) starts.push(Math.min(...after.map((r) => r.x)));
      }
    }
    const sides = Math.min(ends.length, starts.length);
    if (sides < 3 || sides < lines.length * 0.25 || across > lines.length * 0.2) continue;
    const from = Math.max(...ends);
    const to = Math.min(...starts);
    const flush = brokenEnds.filter((e) => from - e <= size * 1.5).length;
    if (flush < brokenEnds.length * 0.5 || to - from < size) continue;
    if (!best || sides > best.sides) best = { from, to, sides };
  }
  return best && { from: best.from, to: best.to };
}

/**
 * A page's runs in reading order, as blocks of one column each: a page in two columns is
 * read down the left column, then down the right, and a line across both (a title, a table)
 * ends the columns above it.
 */
function columnBlocks(page: PdfPage): Block[] {
  const lines = baselines(page.runs);
  const g = gutter(lines);
  if (!g) return [{ lines, column: null }];
  const runs = lines.flat();
  const left = { left: Math.min(...runs.map((r) => r.x)), right: g.from };
  const right = { left: g.to, right: Math.max(...runs.map((r) => r.x + r.width)) };
  const blocks: Block[] = [];
  let leftColumn: TextRun[][] = [];
  let rightColumn: TextRun[][] = [];
  const endColumns = () => {
    blocks.push({ lines: leftColumn, column: left }, { lines: rightColumn, column: right });
    leftColumn = [];
    rightColumn = [];
  };
  for (const line of lines) {
    if (line.some((r) => r.x < g.to && r.x + r.width > g.from)) {
      endColumns();
      blocks.push({ lines: [line], column: null });
      continue;
    }
    const before = line.filter((r) => r.x + r.width <= g.from);
    const after = line.filter((r) => r.x >= g.to);
    if (before.length > 0) leftColumn.push(before);
    if (after.length > 0) rightColumn.push(after);
  }
  endColumns();
  return blocks.filter((b) => b.lines.length > 0);
}

// `- 3 -`, `— 3 —`, `3`, `第3页`, `第 3 页 共 9 页`, `3/9`, `Page 3 of 9`.
const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE = 2;

/**
 * Drops page numbers and the header/footer lines repeated (digits aside) on most pages at
 * the same height: a running header or footer sits where the page template puts it, while
 * a line of the text that happens to repeat (the same clause ending two items) moves.
 */
function dropPageFurniture(pages: Line[][]): Line[][] {
  const key = (line: Line) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const edges = (lines: Line[]) => [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
  const seen = new Map<string, number[][]>();
  for (const lines of pages) {
    const heights = new Map<string, number[]>();
    for (const line of edges(lines)) heights.set(key(line), [...(heights.get(key(line)) ?? []), line.y]);
    for (const [k, ys] of heights) seen.set(k, [...(seen.get(k) ?? []), ys]);
  }
  const repeated = (line: Line) => {
    if (pages.length < 2) return false;
    const pagesAtHeight = (seen.get(key(line)) ?? []).filter((ys) => ys.some((y) => Math.abs(y - line.y) <= 3));
    return pagesAtHeight.length >= Math.max(2, pages.length / 2);
  };
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => !(edge.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
  });
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/**
 * Whether `next` carries on the paragraph `line` started: `line` runs to the right margin
 * (the page width broke it), and `next` follows at the usual line spacing (no paragraph
 * space), at the left margin (not an indented new paragraph), with no numbering label of
 * its own, in the same font size. A page of short lines (a list of names) has no line that the width broke, so
 * the longest of them does not count as full.
 */
function continues(line: Line, next: Line, pageLeft: number, pageRight: number, pitch: number): boolean {
  // In a column, the column's edges are the margins (a line runs on from the foot of one column to the head of the next).
  const left = line.block?.left ?? pageLeft;
  const right = line.block?.right ?? pageRight;
  const measure = line.block ? right - left : line.pageWidth - 2 * left;
  const full = line.right - left >= measure * 0.7;
  const reachesMargin = full && line.right >= right - line.size * 1.5;
  // A table cell's text carries on under its own column.
  const nextLeft = next.block?.left ?? pageLeft;
  const margin = line.column ?? nextLeft;
  const atLeftMargin =
    next.column === null && Math.abs(next.left - margin) <= next.size * 0.9 && next.left >= nextLeft - next.size * 0.9;
  const spaced = next.gap > pitch * 1.4;
  // A heading set larger (or a footnote smaller) is no line of the paragraph beside it.
  const sameSize = Math.abs(next.size - line.size) <= Math.max(next.size, line.size) * 0.15;
  return (
    reachesMargin && atLeftMargin && !spaced && sameSize && parseLabel(next.text) === null && !opensBlock(line, next)
  );
}

/**
 * A short heading ending in a colon (`所属事业单位：`) under a line that ends a sentence opens
 * what follows; a paragraph's last line does not end so.
 */
function opensBlock(line: Line, next: Line): boolean {
  return /[。；;！？!?]$/.test(line.text) && next.text.length <= 12 && /[:：]$/.test(next.text);
}

/**
 * Whether `next` carries on a title set larger than the text and centred, that the page
 * width broke: both lines in the title's size, centred, the first filling most of the text
 * block, the second right under it.
 */
function continuesTitle(line: Line, next: Line, left: number, right: number, textSize: number): boolean {
  const centre = (left + right) / 2;
  const centred = (l: Line) => Math.abs((l.left + l.right) / 2 - centre) <= l.size;
  return (
    line.size > textSize * 1.15 &&
    Math.abs(next.size - line.size) <= line.size * 0.05 &&
    centred(line) &&
    centred(next) &&
    line.right - line.left >= (right - left) * 0.8 &&
    next.gap > 0 &&
    next.gap <= line.size * 1.8 &&
    parseLabel(next.text) === null
  );
}

function join(a: string, b: string): string {
  return isWordChar(a.at(-1)) && isWordChar(b[0]) ? `${a} ${b}` : a + b;
}

/** A table line's text per column: each run goes to the column it starts under (cells can sit closer than two characters). */
function cellsUnder(line: Line, columns: readonly number[]): { x: number; text: string }[] {
  const cells: { x: number; text: string }[] = [];
  for (const run of line.runs) {
    const at = columns.reduce((best, x, k) => (x <= run.x + run.size * 0.5 ? k : best), 0);
    const last = cells[cells.length - 1];
    if (last && last.x === columns[at]) last.text = join(last.text, run.text.trim());
    else cells.push({ x: columns[at]!, text: run.text.trim() });
  }
  return cells.map((c) => ({ ...c, text: unifyRadicals(c.text) }));
}

/**
 * The lines from `start` that are one ruled table of three columns or more, or of two
 * that read as names and their text: its first line has a piece under each column, and each
 * line after it has its pieces under the same columns (a lone piece under the first column
 * only if short: a name the cell wrapped).
 * Pieces are those set over two characters apart, or, where that finds the longer table
 * (narrow columns: `序` and `号` wrapped in a cell a character from the next), one apart.
 */
function tableAt(all: readonly Line[], start: number): { end: number; columns: number[] } {
  const wide = all[start]!.cells.map((c) => c.x);
  const narrow = all[start]!.starts;
  const byCells = { end: tableEnd(all, start, wide, (l) => l.cells.map((c) => c.x)), columns: wide };
  if (narrow.length <= wide.length) return byCells;
  const byStarts = { end: tableEnd(all, start, narrow, (l) => l.starts), columns: narrow };
  return byStarts.end > byCells.end ? byStarts : byCells;
}

function tableEnd(all: readonly Line[], start: number, columns: number[], pieces: (line: Line) => number[]): number {
  if (columns.length < 2) return start;
  const size = all[start]!.size;
  const under = (x: number) => columns.some((c) => Math.abs(c - x) <= size);
  // A cell's text stops at its rule: a run across a column's start is a line of prose.
  const crosses = (r: TextRun) => columns.some((c) => r.x < c - size / 2 && r.x + r.width > c + size / 2);
  let end = start + 1;
  for (; end < all.length; end++) {
    const line = all[end]!;
    if (!pieces(line).every(under) || line.runs.some(crosses)) break;
    const cells = cellsUnder(line, columns);
    const lone = cells.length === 1 && cells[0]!.x === columns[0];
    if (lone && (cells[0]!.text.length > 10 || SENTENCE.test(cells[0]!.text))) break;
  }
  if (columns.length === 2 && !isRuledPairs(all.slice(start, end), columns)) return start;
  return end;
}

/**
 * Whether lines whose pieces sit under two columns are a ruled table of names and their
 * text (处室名称 | 主要职责), not a line or two of prose with a gap in it: a short name
 * cell with no sentence in it opens at least two rows, and the rows are set apart by more
 * than a cell's own line pitch (the cell padding and rule).
 */
function isRuledPairs(lines: readonly Line[], columns: readonly number[]): boolean {
  const opensRow = (line: Line) => {
    const cells = cellsUnder(line, columns);
    return cells.length === 2 && cells[0]!.text.length <= 10 && !SENTENCE.test(cells[0]!.text);
  };
  const gaps = lines
    .slice(1)
    .map((l) => l.gap)
    .filter((g) => g > 0);
  const inner = Math.min(...gaps);
  const opening = lines.filter(opensRow).length;
  if (opening >= 2 && gaps.some((g) => g > inner * 1.2)) return true;
  // Rows of one line each are set evenly: then three or more lines each a name and its text make
  // the table, unless the names are numbers (`第一条　…`, articles set apart from their text).
  const named = (line: Line) => opensRow(line) && parseLabel(cellsUnder(line, columns)[0]!.text) === null;
  return opening >= 3 && lines.every(named);
}

/**
 * A ruled table's lines as its rows' lines (through the table reader the other formats use):
 * a row ends where the space between lines widens past a line's pitch (the cell padding and
 * rule); a cell's wrapped lines are joined, a new sentence after a full stop starting a new
 * paragraph of the cell, and a row cut by a page break is joined across it.
 */
function tableLines(lines: readonly Line[], columns: readonly number[]): string[] {
  // Distances are measured down each column: a cell merged down several rows sets its
  // wrapped lines between theirs, closer to them than their own lines are to each other.
  const cellsOf = lines.map((line) => cellsUnder(line, columns));
  const lastY = new Map<number, number>();
  const downColumn = cellsOf.map((cells, i) => {
    const line = lines[i]!;
    const gap = line.gap > 0 ? Math.max(...cells.map((c) => (lastY.get(c.x) ?? Infinity) - line.y)) : 0;
    for (const c of cells) lastY.set(c.x, line.y);
    return gap;
  });
  const inner = Math.min(...downColumn.map((g) => (g > 0 ? g : Infinity)));
  const rows: string[][][] = [];
  // The columns that name a row (a 序号 and a name, or the name of a two-column table).
  const keys = columns.slice(0, Math.max(1, Math.min(2, columns.length - 1)));
  const rowText = (row: string[][]) => row.map((cell) => cell.join('')).join('|');
  let pageTopRow = -1;
  lines.forEach((line, i) => {
    const cells = cellsOf[i]!;
    const sameRow = i > 0 && downColumn[i]! > 0 && downColumn[i]! <= Math.min(inner * 1.2, line.size * 1.6);
    // A row the page break cut carries on at the next page's top with nothing under its
    // name, under the heading row when the table repeats it there.
    const carriesOn = rows.length > 0 && !cells.some((c) => keys.includes(c.x));
    const underRepeatedHeading =
      carriesOn &&
      !sameRow &&
      pageTopRow > 0 &&
      pageTopRow === rows.length - 1 &&
      rowText(rows[pageTopRow]!) === rowText(rows[0]!);
    if (underRepeatedHeading) rows.pop();
    else if (!sameRow && !(carriesOn && line.gap === 0)) {
      rows.push(columns.map(() => []));
      if (line.gap === 0) pageTopRow = rows.length - 1;
    }
    const row = rows[rows.length - 1]!;
    for (const cell of cells) {
      const paragraphs = row[columns.indexOf(cell.x)]!;
      const last = paragraphs[paragraphs.length - 1];
      if (last === undefined || /[。；;]$/.test(last)) paragraphs.push(cell.text);
      else paragraphs[paragraphs.length - 1] = join(last, cell.text);
    }
  });
  return tableRowLines(rows);
}

/** The document's lines, paragraphs (and table cells) that wrapped at the page width joined into one line each. */
export function pdfLines(pages: PdfPage[]): string[] {
  const perPage = dropPageFurniture(pages.map(pageLines));
  const all = perPage.flatMap((lines) => lines.map((l, i) => ({ ...l, gap: i === 0 ? 0 : lines[i - 1]!.y - l.y })));
  if (all.length === 0) return [];
  // The text block's margins: most lines start at the left one, full lines end at the right one.
  const left = quantile(
    all.map((l) => l.left),
    0.1,
  );
  const right = Math.max(...all.map((l) => l.right));
  // The usual distance between lines of a paragraph; a wider one is space between paragraphs.
  const pitch =
    quantile(
      all.filter((l) => l.gap > 0).map((l) => l.gap),
      0.5,
    ) || Infinity;
  // The text's usual font size, counted by characters (a title is set larger).
  const bySize = [...all].sort((a, b) => a.size - b.size);
  const half = bySize.reduce((n, l) => n + l.text.length, 0) / 2;
  let counted = 0;
  const textSize = bySize.find((l) => (counted += l.text.length) >= half)!.size;
  const out: string[] = [];
  let previous: Line | null = null;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const { end, columns } = tableAt(all, i);
    if (end > i + 1) {
      out.push(...tableLines(all.slice(i, end), columns));
      previous = null;
      i = end - 1;
      continue;
    }
    if (
      previous &&
      (continues(previous, line, left, right, pitch) || continuesTitle(previous, line, left, right, textSize))
    ) {
      out[out.length - 1] = join(out[out.length - 1]!, line.text);
      previous = { ...line, column: previous.column };
    } else {
      out.push(line.text);
      previous = line;
    }
  }
  return out;
}
