// Picks the layout that prints most legibly: of horizontal and 竖排 text, one row or rows of
// several sizes (two per row is two columns flanking the trunk), the one whose smallest text
// prints largest on one page of the chosen paper.
import { layoutChart } from './layout.ts';
import { fitScale, maxScale, pageCoverage, planPrint, PX_PER_PT } from './page.ts';
import { rowCounts } from './rows.ts';
import type { ChartLayout, ChartNode, LayoutOptions, MeasureText, PrintSetup, TextMode } from './types.ts';

/** Type sizes this close (relative) count as equal; the earlier, more conventional
 *  arrangement then wins. */
const TIE = 0.01;
/** Wrapping into more rows than this reads as a list, not a chart. */
const MAX_ROWS = 8;
const DEFAULT_MIN_PT = 8;
/** A one-page chart covers at least this share of its page one way or the other: a few
 *  units at the type size cap are spread apart (in steps, sideways up to the most, and
 *  between levels less; enough that a column of two or three boxes, which only the levels'
 *  gaps can spread, still spans half a page) until it does. */
const MIN_COVER = 0.7;
const SPREAD_STEP = 1.25;
const MAX_SPREAD = { x: 30, y: 5 };

/** 竖排 sets a run of Latin letters or digits across cells of up to three (纵中横, vertical.ts),
 *  squeezed to fit a cell and cut into pieces when long (12345 as 123 / 45), which reads
 *  worse than the same type set across a line: a chart holding such a run ranks its
 *  vertical candidates as if their type were this much smaller. */
const UPRIGHT_LATIN_DISCOUNT = 0.75;
const LATIN_RUN = /[\p{Script=Latin}\p{Nd}]{2,}/u;

function hasLatinRun(root: ChartNode): boolean {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node !== root && [node.name, ...node.aliases].some((t) => LATIN_RUN.test(t))) return true;
    stack.push(...node.children);
  }
  return false;
}

/** A group wrapped so that one box is left alone under a fuller row (three at two a row as
 *  2+1: the box reads as a level of its own, or an afterthought) reads worse than its type
 *  size says: such a candidate ranks as if its type were this much smaller, so it wins only
 *  when wrapping buys clearly larger type. */
const LONE_BOX_DISCOUNT = 0.9;

/** Whether some group `maxPerRow` wraps (leaf siblings, or groups set in rows; layout.ts)
 *  ends in a lone box under a row of several. */
function leavesLoneBox(root: ChartNode, collapsed: ReadonlySet<string>, maxPerRow: number): boolean {
  const shown = (node: ChartNode) => (collapsed.has(node.key) ? [] : node.children);
  const stack = [root];
  while (stack.length) {
    const kids = shown(stack.pop()!);
    const wraps = kids.length > maxPerRow && (kids.every((k) => shown(k).length === 0) || kids.every((k) => k.group));
    if (wraps) {
      const rows = rowCounts(kids.length, maxPerRow);
      if (rows.at(-1) === 1 && rows.at(-2)! > 1) return true;
    }
    stack.push(...kids);
  }
  return false;
}

export type Arrangement = Pick<LayoutOptions, 'textMode' | 'maxPerRow' | 'twoLines'>;

/** Size of the largest group of leaf siblings, the group wrapping acts on. */
function largestLeafGroup(root: ChartNode, collapsed: ReadonlySet<string>): number {
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = collapsed.has(node.key) ? [] : node.children;
    if (kids.length && kids.every((k) => k.children.length === 0 || collapsed.has(k.key))) {
      largest = Math.max(largest, kids.length);
    }
    stack.push(...kids);
  }
  return largest;
}

/** Candidates in order of preference (which wins a tie): horizontal before vertical text,
 *  one row before fewer per row, a column (one per row) last; then each again with every
 *  level's names on two lines (layout.ts), which wins only on larger type or fewer sheets. */
export function arrangements(root: ChartNode, collapsed: ReadonlySet<string>): Arrangement[] {
  const n = largestLeafGroup(root, collapsed);
  const perRow = [Infinity];
  for (let rows = 2; rows <= MAX_ROWS; rows++) {
    // Rows the trunk passes through hold an even number (rows.ts): an odd count per row
    // fills these rows only at one more.
    const k = Math.ceil(n / rows);
    for (const c of k % 2 ? [k, k + 1] : [k]) if (c >= 2 && c < n && !perRow.includes(c)) perRow.push(c);
  }
  // Every group of leaves as a column beside its parent's stem: a deep office whose lowest
  // units come in twos and threes is half as wide so (four levels on A3 landscape: one page
  // instead of two).
  if (n >= 2) perRow.push(1);
  const modes: TextMode[] = ['horizontal', 'vertical'];
  const plain = modes.flatMap((textMode) => perRow.map((maxPerRow) => ({ textMode, maxPerRow })));
  return [...plain, ...plain.map((a) => ({ ...a, twoLines: true }))];
}

export function printedMinFontPt(layout: ChartLayout, setup: Pick<PrintSetup, 'paper' | 'orientation'>): number {
  return (layout.minFontPx * fitScale(layout, setup)) / PX_PER_PT;
}

/** The candidate whose smallest text prints largest on one page (upright Latin and lone
 *  boxes discounted);
 *  when even that is below the minimum type size, the candidate needing the fewest tiles
 *  at that size. */
export function autoLayout(
  root: ChartNode,
  measure: MeasureText,
  base: Omit<LayoutOptions, 'textMode' | 'maxPerRow'>,
  setup: Pick<PrintSetup, 'paper' | 'orientation'> & Partial<Pick<PrintSetup, 'minFontPt'>>,
  fixed: Partial<Arrangement> = {},
): ChartLayout {
  // A choice the user fixed (say, vertical text) narrows the candidates to those honouring it.
  const seen = new Set<string>();
  const candidates = arrangements(root, base.collapsed)
    .map((a) => ({ ...a, ...fixed }))
    .filter((a) => {
      const key = `${a.textMode}|${a.maxPerRow}|${a.twoLines ?? false}`;
      return !seen.has(key) && seen.add(key);
    });
  const minFontPt = setup.minFontPt ?? DEFAULT_MIN_PT;
  const latin = hasLatinRun(root);
  const laidOut = candidates.map((a) => {
    const layout = layoutChart(root, measure, { ...base, ...a });
    // Type beyond what the size cap gives reads no better: such candidates tie.
    const enough = (layout.minFontPx * maxScale(setup)) / PX_PER_PT;
    const pt = Math.min(printedMinFontPt(layout, setup), enough);
    const upright = a.textMode === 'vertical' && latin ? UPRIGHT_LATIN_DISCOUNT : 1;
    const lone = leavesLoneBox(root, base.collapsed, a.maxPerRow) ? LONE_BOX_DISCOUNT : 1;
    return { layout, pt, rank: pt * upright * lone };
  });
  // The most legible of those reaching the minimum type size (else of all, to be tiled).
  const legible = laidOut.filter((c) => c.pt >= minFontPt);
  let best = (legible.length ? legible : laidOut)[0]!;
  for (const c of legible.length ? legible : laidOut) if (c.rank > best.rank * (1 + TIE)) best = c;
  if (best.pt >= minFontPt)
    return spreadToFill(best.layout, setup, (spread) => layoutChart(root, measure, { ...best.layout.options, spread }));
  const print = { ...setup, fitToPage: true, minFontPt };
  let fewest = { layout: best.layout, pages: planPrint(best.layout, print).tiles.length };
  for (const c of laidOut) {
    const pages = planPrint(c.layout, print).tiles.length;
    if (pages < fewest.pages) fewest = { layout: c.layout, pages };
  }
  return tightenToSave(fewest.layout, fewest.pages, print, (spread) =>
    layoutChart(root, measure, { ...fewest.layout.options, spread }),
  );
}

/** Gaps a tiled chart may tighten to (relative to the plain ones): between levels only a
 *  little, as a row cut keeps room for a 接第 N 页 mark either side of it (page.ts). */
const TIGHTEST = { x: 0.6, y: 0.92 };

/** A tiled chart overflowing its pages by a sliver (a last row of sheets holding a few boxes
 *  of its lowest level) with its gaps tightened, when that saves a page: a page for a
 *  sliver reads worse than gaps a little narrower than usual. */
function tightenToSave(
  layout: ChartLayout,
  pages: number,
  print: PrintSetup,
  relayout: (spread: { x: number; y: number }) => ChartLayout,
): ChartLayout {
  for (const spread of [{ x: 1, y: TIGHTEST.y }, { x: TIGHTEST.x, y: 1 }, TIGHTEST]) {
    const tighter = relayout(spread);
    if (planPrint(tighter, print).tiles.length < pages) return tighter;
  }
  return layout;
}

/** A chart too small to fill its page at the capped type size, its gaps widened until it
 *  covers MIN_COVER of the page, as long as that costs no type size. A chart of one unit has
 *  nothing to spread apart: widening its one gap would hang the unit on a long stem. */
function spreadToFill(
  layout: ChartLayout,
  setup: Pick<PrintSetup, 'paper' | 'orientation'>,
  relayout: (spread: { x: number; y: number }) => ChartLayout,
): ChartLayout {
  if (layout.boxes.filter((b) => b.unitId !== null).length < 2) return layout;
  let current = layout;
  const pt = printedMinFontPt(layout, setup);
  let spread = { x: 1, y: 1 };
  while (pageCoverage(current, setup) < MIN_COVER) {
    const next = {
      x: Math.min(spread.x * SPREAD_STEP, MAX_SPREAD.x),
      y: Math.min(spread.y * SPREAD_STEP, MAX_SPREAD.y),
    };
    if (next.x === spread.x && next.y === spread.y) break;
    const wider = relayout(next);
    if (printedMinFontPt(wider, setup) < pt * (1 - TIE)) break;
    [current, spread] = [wider, next];
  }
  return current;
}
