// A PDF's text layer (positioned runs of text) -> the lines a reader sees: runs on one
// baseline become a line, page headers, footers and page numbers go, and the lines that the
// page width broke are joined back into their paragraphs.
import { parseLabel } from '../parser/index.ts';
import { unifyRadicals } from './radicals.ts';

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
  /** Distance from the previous line's baseline on the page, furniture left out (0 for a page's first line). */
  gap: number;
  /** Where a table row's second column starts (its text after `名称：`), if the line is one. */
  column: number | null;
  left: number;
  right: number;
  y: number;
  size: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

const SENTENCE = /[。；，,;]/;

/**
 * Runs sharing a baseline (within half a font size), left to right; a gap wider than a
 * character becomes a space. A line of two columns far apart whose first is a short name
 * (a table row: 办公室 … 负责机关…) becomes `名称：内容`, as tables on web pages do.
 */
function pageLines({ runs, width }: PdfPage): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const current = lines[lines.length - 1];
    if (current && Math.abs(current[0]!.y - run.y) <= Math.max(current[0]!.size, run.size) * 0.5) current.push(run);
    else lines.push([run]);
  }
  return lines.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const columns: { x: number; text: string }[] = [];
    let end = group[0]!.x;
    for (const run of group) {
      const gap = run.x - end;
      const current = columns[columns.length - 1];
      if (!current || gap > run.size * 2) columns.push({ x: run.x, text: run.text });
      // Spaced-out words sit apart; glyph runs of one word touch.
      else if (
        gap > run.size * 0.8 ||
        (gap > run.size * 0.15 && isWordChar(current.text.at(-1)) && isWordChar(run.text[0]))
      )
        current.text += ' ' + run.text;
      else current.text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    const [first, ...rest] = columns.map((c) => ({ ...c, text: c.text.trim() }));
    const row =
      rest.length === 1 && first!.text.length <= 20 && !SENTENCE.test(first!.text) && !/[:：]$/.test(first!.text);
    const text = row ? `${first!.text}：${rest[0]!.text}` : columns.map((c) => c.text.trim()).join(' ');
    const size = Math.max(...group.map((r) => r.size));
    return {
      text: unifyRadicals(text),
      pageWidth: width,
      gap: 0,
      column: row ? rest[0]!.x : null,
      left: group[0]!.x,
      right: end,
      y: group[0]!.y,
      size,
    };
  });
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
function continues(line: Line, next: Line, left: number, right: number, pitch: number): boolean {
  const full = line.right - left >= (line.pageWidth - 2 * left) * 0.7;
  const reachesMargin = full && line.right >= right - line.size * 1.5;
  // A table cell's text carries on under its own column.
  const margin = line.column ?? left;
  const atLeftMargin =
    next.column === null && Math.abs(next.left - margin) <= next.size * 0.9 && next.left >= left - next.size * 0.9;
  const spaced = next.gap > pitch * 1.4;
  // A heading set larger (or a footnote smaller) is no line of the paragraph beside it.
  const sameSize = Math.abs(next.size - line.size) <= Math.max(next.size, line.size) * 0.15;
  return reachesMargin && atLeftMargin && !spaced && sameSize && parseLabel(next.text) === null;
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
  for (const line of all) {
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
