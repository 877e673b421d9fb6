// The booklet's table of contents: each row's text wrapped to the room its indent, the
// dotted leader and the page number leave (a long unit name at depth 3 no longer runs under
// the page number and is clipped), its page number on the last line, and the rows set on
// pages of a fixed number of lines, a row never split between two pages. Counted before
// anything is printed, so the contents' page count is known when the page numbers are.
import { wrapText } from './wrap.ts';

/** Lines of one contents page (fixed-height lines, Booklet.tsx and chart.css). */
export const CONTENTS_LINES_PER_PAGE = 30;

export interface ContentsEntry {
  text: string;
  depth: number;
}

/** The contents page's geometry, in px at the contents' type size `emPx`. */
export interface ContentsMeasure {
  /** The width of a contents line, indent and page number included. */
  lineWidth: number;
  emPx: number;
  /** Indent per level of nesting, in ems. */
  indentEms: number;
  /** Room kept on every line for the leader and the page number, in ems. */
  numberEms: number;
  /** Measures a run of text at the contents' type size. */
  width: (text: string) => number;
}

/** The lines of each entry: its text wrapped (wrap.ts) to what its indent and the page
 *  number leave. */
export function contentsLines(entries: ContentsEntry[], m: ContentsMeasure): string[][] {
  return entries.map((e) => {
    const room = m.lineWidth - (e.depth * m.indentEms + m.numberEms) * m.emPx;
    return wrapText(e.text, Math.max(room, m.emPx), m.emPx, m.width);
  });
}

/** The entries of each contents page, in order: as many whole entries as its lines hold
 *  (an entry longer than a page alone on one). */
export function contentsPages(lineCounts: number[], linesPerPage = CONTENTS_LINES_PER_PAGE): number[][] {
  const pages: number[][] = [];
  let used = linesPerPage;
  lineCounts.forEach((lines, i) => {
    if (used + lines > linesPerPage && used > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(i);
    used += lines;
  });
  return pages;
}
