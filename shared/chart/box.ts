// Sizes one box to its measured text and places the text runs inside it.
import type { ChartBox, ChartNode, LineKind, MeasureText, PlacedText } from './types.ts';
import { wrapText } from './wrap.ts';

/** Type sizes relative to the base size of unit names. */
export const OFFICE_FONT_RATIO = 1.25;
export const SMALL_FONT_RATIO = 0.8;

/** Line pitch of horizontal text and gap between vertical columns, relative to type size. */
const LINE_HEIGHT = 1.35;
const COLUMN_GAP = 0.3;
/** Padding relative to the base type size: along the text, and across it. */
const PAD_ALONG = 0.7;
const PAD_ACROSS = 0.5;
/** Longest line (or 竖排 column) of a name, in ems of the base type size: longer names wrap,
 *  so one 25-character name does not make every box of its row wide and the type small.
 *  The office, alone on its level, gets a longer measure. */
const UNIT_MEASURE = 10;
const OFFICE_MEASURE = 24;
/** The narrowest measure a level's names are wrapped to for two lines (layout.ts): a name
 *  of four characters or fewer is not broken. */
const SHORT_MEASURE = 4;

/** The measure (px) that sets a level's longest name, `longest` px on one line, on two
 *  lines: half of it, a character's slack for a break off the middle, never under
 *  SHORT_MEASURE nor over the usual measure. */
export function twoLineMeasure(longest: number, baseFontPx: number): number {
  const half = longest / 2 + baseFontPx;
  return Math.min(baseFontPx * UNIT_MEASURE, Math.max(baseFontPx * SHORT_MEASURE, half));
}

export interface SizedBox {
  width: number;
  height: number;
  texts: PlacedText[];
}

interface Run {
  text: string;
  kind: LineKind;
  fontPx: number;
  bold: boolean;
}

/** Wrapped lines by measurer (a new font gives a new measurer) and text, size and measure. */
const wrapCache = new WeakMap<MeasureText, Map<string, string[]>>();

/** The text runs of a box: its name (wrapped into lines when long, at `nameMeasure` px
 *  when given), its aliases, and its leaders when shown. `vertical` measures lines as 竖排
 *  columns. */
export function boxRuns(
  node: ChartNode,
  baseFontPx: number,
  isRoot: boolean,
  showPeople: boolean,
  vertical: boolean,
  measure: MeasureText,
  nameMeasure?: number,
): Run[] {
  const small = baseFontPx * SMALL_FONT_RATIO;
  const limit = nameMeasure ?? baseFontPx * (isRoot ? OFFICE_MEASURE : UNIT_MEASURE);
  const wrapped = (text: string, fontPx: number) => {
    // The chooser lays a chart out many times over (auto.ts): each name is wrapped once.
    let cache = wrapCache.get(measure);
    if (!cache) wrapCache.set(measure, (cache = new Map()));
    const key = `${vertical ? 'v' : 'h'}|${fontPx}|${limit}|${text}`;
    let lines = cache.get(key);
    if (!lines) {
      lines = wrapText(text, limit, fontPx, (s) => {
        const size = measure(s, fontPx, vertical);
        return vertical ? size.height : size.width;
      });
      cache.set(key, lines);
    }
    return lines;
  };
  const nameFont = isRoot ? baseFontPx * OFFICE_FONT_RATIO : baseFontPx;
  const runs: Run[] = wrapped(node.name, nameFont).map((text) => ({
    text,
    kind: 'name',
    fontPx: nameFont,
    bold: true,
  }));
  for (const alias of node.aliases)
    for (const text of wrapped(`（${alias}）`, small)) runs.push({ text, kind: 'alias', fontPx: small, bold: false });
  if (showPeople)
    for (const person of node.people) runs.push({ text: person, kind: 'person', fontPx: small, bold: false });
  return runs;
}

/** Horizontal: runs stacked top to bottom, centred. Vertical: columns from right to left,
 *  top-aligned. */
export function sizeBox(runs: Run[], baseFontPx: number, vertical: boolean, measure: MeasureText): SizedBox {
  const along = baseFontPx * PAD_ALONG;
  const across = baseFontPx * PAD_ACROSS;
  const sizes = runs.map((r) => measure(r.text, r.fontPx, vertical));
  if (!vertical) {
    // Plain loops: this runs for every box of the chart, thousands of times per layout.
    const pitches: number[] = [];
    let widest = -Infinity;
    let stacked = 0;
    for (let i = 0; i < runs.length; i++) {
      pitches.push(Math.max(runs[i]!.fontPx * LINE_HEIGHT, sizes[i]!.height));
      widest = Math.max(widest, sizes[i]!.width);
      stacked += pitches[i]!;
    }
    const width = widest + 2 * along;
    const height = stacked + 2 * across;
    let y = across;
    const texts = runs.map((r, i) => {
      const placed = { ...r, vertical, x: width / 2, y: y + pitches[i]! / 2 };
      y += pitches[i]!;
      return placed;
    });
    return { width, height, texts };
  }
  const thickness = runs.map((r, i) => Math.max(r.fontPx, sizes[i]!.width));
  const gaps = runs.slice(1).map((r) => r.fontPx * COLUMN_GAP);
  const width = thickness.reduce((a, b) => a + b, 0) + gaps.reduce((a, b) => a + b, 0) + 2 * across;
  const height = Math.max(...sizes.map((s) => s.height)) + 2 * along;
  let x = width - across;
  const texts = runs.map((r, i) => {
    if (i > 0) x -= gaps[i - 1]!;
    // Columns start at the top, as vertical text is set: a name's second column and an
    // alias begin level with the first.
    const placed = { ...r, vertical, x: x - thickness[i]! / 2, y: along + sizes[i]!.height / 2 };
    x -= thickness[i]!;
    return placed;
  });
  return { width, height, texts };
}

/** A box's name as one string (a long one is set in several lines), and its other lines
 *  (aliases, leaders): what a screen reader says for it. */
export function spokenLines(box: Pick<ChartBox, 'texts'>): { name: string; rest: string[] } {
  return {
    name: box.texts
      .filter((t) => t.kind === 'name')
      .map((t) => t.text)
      .join(''),
    rest: box.texts.filter((t) => t.kind !== 'name').map((t) => t.text),
  };
}
