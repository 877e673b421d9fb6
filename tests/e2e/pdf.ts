// Printing a page as Chromium prints it (print-to-PDF honouring the CSS page size) and reading
// the PDF back with poppler-utils: page sizes, the title, fonts, and every word with its box
// (pdftotext -bbox-layout), from which the texts of horizontal lines and of vertical (竖排)
// columns are rebuilt.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The web font arrives in slices; on a busy CI machine that can take a while. */
export const FONT_TIMEOUT = 20_000;

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
  /** Texts of horizontal lines and of vertical columns of single characters, and of stacks
   *  of them (a long name set in several lines of one box). */
  strings: string[];
  /** All the page's text, spaces dropped. */
  flat: string;
  /** Words sharing a baseline, left to right, spaces dropped (a contents row and its page number). */
  rows: string[];
}

export interface Pdf {
  file: string;
  title: string;
  pages: PdfPage[];
  fonts: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** CJK ideographs and full-width forms: one em wide each, so a word of them gives its type size. */
const isWide = (ch: string) => ch.codePointAt(0)! >= 0x2e80;

/** The type size (pt) of a word made only of CJK characters, else null. */
export function typeSize(w: Word): number | null {
  const chars = [...w.text];
  if (!chars.length || !chars.every(isWide)) return null;
  // Horizontal runs advance one em per character; a vertical run's word is one character.
  return (w.xMax - w.xMin) / chars.length;
}

/** Vertical presentation forms a 竖排 column prints (︵ for （), read as the characters
 *  they stand for. */
const HORIZONTAL_FORM: Record<string, string> = {
  '︵': '（',
  '︶': '）',
  '︽': '《',
  '︾': '》',
  '﹁': '「',
  '﹂': '」',
  '︱': '—',
};

/** A run of text as set: a horizontal line, or a vertical column, with its box. */
type Run = Word;

const boxOf = (text: string, ws: Word[]): Run => ({
  text,
  xMin: Math.min(...ws.map((w) => w.xMin)),
  yMin: Math.min(...ws.map((w) => w.yMin)),
  xMax: Math.max(...ws.map((w) => w.xMax)),
  yMax: Math.max(...ws.map((w) => w.yMax)),
});

/** One cell of a 竖排 column: a character, or up to three Latin letters or digits set across
 *  the cell (纵中横, shared/chart/vertical.ts). */
const isCell = (w: Word) => [...w.text].length === 1 || /^[!-'*-~]{2,3}$/.test(w.text);

/** Vertical columns: cells whose centres line up (a sideways bracket included), top to
 *  bottom, split where the gap is wider than a character. */
function columns(words: Word[]): Run[] {
  const centre = (w: Word) => (w.xMin + w.xMax) / 2;
  const singles = words.filter(isCell).sort((a, b) => centre(a) - centre(b));
  const groups: Word[][] = [];
  for (const w of singles) {
    const last = groups.at(-1);
    if (last && centre(w) - centre(last[0]!) < 0.25 * (last[0]!.xMax - last[0]!.xMin)) last.push(w);
    else groups.push([w]);
  }
  const out: Run[] = [];
  for (const col of groups) {
    col.sort((a, b) => a.yMin - b.yMin);
    let run = [col[0]!];
    const flush = () => out.push(boxOf(run.map((w) => HORIZONTAL_FORM[w.text] ?? w.text).join(''), run));
    for (let i = 1; i < col.length; i++) {
      const size = col[i - 1]!.yMax - col[i - 1]!.yMin;
      if (col[i]!.yMin - col[i - 1]!.yMax > 0.6 * size) {
        flush();
        run = [];
      }
      run.push(col[i]!);
    }
    flush();
  }
  return out;
}

/**
 * A long name is set in several lines (or 竖排 columns) of one box: runs of the same type
 * size that follow each other at a line's pitch, lines centred on one axis and columns
 * starting level, read as one text: lines top to bottom, columns right to left. Every stack of such runs is returned.
 */
function stacks(runs: Run[], vertical: boolean): string[] {
  const em = (r: Run) => (vertical ? r.xMax - r.xMin : r.yMax - r.yMin);
  const follows = (a: Run, b: Run) => {
    const size = Math.min(em(a), em(b));
    if (Math.abs(em(a) - em(b)) > 0.15 * size) return false;
    if (vertical) {
      const gap = a.xMin - b.xMax;
      return gap > -0.2 * size && gap < 0.6 * size && Math.abs(a.yMin - b.yMin) < 0.5 * size;
    }
    const gap = b.yMin - a.yMax;
    return gap > -0.3 * size && gap < 0.5 * size && Math.abs(a.xMin + a.xMax - b.xMin - b.xMax) < size;
  };
  const out: string[] = [];
  for (const start of runs) {
    let text = start.text;
    let at = start;
    for (let next = runs.find((r) => follows(at, r)); next; next = runs.find((r) => follows(at, r))) {
      text += next.text;
      at = next;
      out.push(text);
    }
  }
  return out;
}

export function readPdf(file: string): Pdf {
  const info = run('pdfinfo', [file]);
  const xhtml = run('pdftotext', ['-bbox-layout', file, '-']);
  const pages = [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const lines = [...m[3]!.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((l) =>
      [...l[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (w) => ({
          xMin: Number(w[1]),
          yMin: Number(w[2]),
          xMax: Number(w[3]),
          yMax: Number(w[4]),
          text: decode(w[5]!),
        }),
      ),
    );
    const words = lines.flat();
    const lineRuns = lines.filter((l) => l.length).map((l) => boxOf(l.map((w) => w.text).join(''), l));
    const columnRuns = columns(words);
    const strings = [
      ...lineRuns.map((r) => r.text),
      ...columnRuns.map((r) => r.text),
      ...stacks(lineRuns, false),
      ...stacks(columnRuns, true),
    ];
    const byBaseline = new Map<number, Word[]>();
    for (const w of words) byBaseline.set(Math.round(w.yMax), [...(byBaseline.get(Math.round(w.yMax)) ?? []), w]);
    const rows = [...byBaseline.values()].map((r) =>
      r
        .sort((a, b) => a.xMin - b.xMin)
        .map((w) => w.text)
        .join(''),
    );
    return { width: Number(m[1]), height: Number(m[2]), words, strings, flat: words.map((w) => w.text).join(''), rows };
  });
  return { file, title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '', pages, fonts: run('pdffonts', [file]) };
}

/** Waits for the print layer and the fonts, prints to `file` and reads it back. */
export async function printToPdf(page: Page, file: string): Promise<Pdf> {
  await expect(page.getByTestId('print-root')).toHaveAttribute('data-ready', 'true', { timeout: FONT_TIMEOUT });
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  return readPdf(file);
}

/** pdffonts rows of embedded fonts whose name says Noto Sans SC (the shipped web font). */
export function embeddedNotoSansSc(fonts: string): string[] {
  return fonts
    .split('\n')
    .filter((row) => /NotoSansSC/i.test(row) && /\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(row));
}

/** Whether a name is on the page whole: in one line or column, or in the lines of one box. */
export function hasWhole(page: PdfPage, name: string): boolean {
  return page.strings.some((s) => s.includes(name));
}
