// Page fitting: one page when the smallest text stays readable, else tiles cut between
// boxes (never through one), each with the pages its lines continue on.
import { levelGapPx } from './layout.ts';
import type { ChartBox, ChartLayout, PaperSize, PrintPlan, PrintSetup, PrintTile, TileLink } from './types.ts';

export const PX_PER_MM = 96 / 25.4;
export const PX_PER_PT = 96 / 72;

const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** Page furniture shared by the planner and the print CSS, in mm. */
export const PAGE_MARGIN_MM = 10;
export const HEADER_MM = 14;
export const FOOTER_MM = 8;
/** The legend strip (solid box = 内设机构, dashed box = 直属单位) above the footer. */
export const LEGEND_MM = 6;
/** Printed charts grow at most this much on A4 (more on bigger paper, in proportion), so a
 *  3-box chart is not poster-sized: type of a few units stays at a modest 17 pt on A4, and
 *  such a chart fills its page by spreading its boxes apart (auto.ts). */
const MAX_SCALE_A4 = 1.6;
/** White space around the chart, relative to the base type size, so the outer lines are not
 *  clipped and the chart never touches the header rule. */
const PAD_RATIO = 0.5;
/** A tiled chart may print larger than the minimum type size as long as that costs no page;
 *  scales are tried in steps of this factor. */
const TILE_GROWTH = 1.05;
/** Room kept between a row cut and the boxes either side, relative to the base type size:
 *  a 接第 N 页 mark's height (link-marks.ts). */
const ROW_ROOM = 1.1;

/** Actual size gives way to this much shrinking when that saves tiling a chart. */
const NEAR_FIT = 0.95;

type Paper = Pick<PrintSetup, 'paper' | 'orientation'>;

/** The printed extent of a chart: its boxes plus padding on every side. */
export function printedBounds(layout: Pick<ChartLayout, 'width' | 'height' | 'options'>): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const pad = layout.options.fontPx * PAD_RATIO;
  return { x: -pad, y: -pad, width: layout.width + 2 * pad, height: layout.height + 2 * pad };
}

export function pageSizeMm(setup: Paper): [number, number] {
  const [short, long] = PAPER_MM[setup.paper];
  return setup.orientation === 'landscape' ? [long, short] : [short, long];
}

/** A legend is needed only where dashed (affiliated) boxes are drawn without group bars
 *  (内设机构, 直属单位) that say already which is which. */
export function hasLegend(layout: Pick<ChartLayout, 'boxes'>): boolean {
  return layout.boxes.some((b) => b.affiliated) && !layout.boxes.some((b) => b.group);
}

/** The chart's drawable area on one page, in CSS px; a legend takes its strip off it. */
export function chartAreaPx(setup: Paper, legend = false): [number, number] {
  const [w, h] = pageSizeMm(setup);
  const furniture = HEADER_MM + FOOTER_MM + (legend ? LEGEND_MM : 0);
  return [(w - 2 * PAGE_MARGIN_MM) * PX_PER_MM, (h - 2 * PAGE_MARGIN_MM - furniture) * PX_PER_MM];
}

export function maxScale(setup: Paper): number {
  return (MAX_SCALE_A4 * PAPER_MM[setup.paper][0]) / PAPER_MM.A4[0];
}

/** The scale that fits the whole chart on one page: as large as fits, capped (in proportion
 *  to the paper, so A3 never prints smaller than A4). */
export function fitScale(layout: Pick<ChartLayout, 'width' | 'height' | 'options' | 'boxes'>, setup: Paper): number {
  const [aw, ah] = chartAreaPx(setup, hasLegend(layout));
  const bounds = printedBounds(layout);
  return Math.min(aw / bounds.width, ah / bounds.height, maxScale(setup));
}

/** The share of the chart area a one-page chart covers at its fitted scale, in the
 *  direction it covers most. */
export function pageCoverage(
  layout: Pick<ChartLayout, 'width' | 'height' | 'options' | 'boxes'>,
  setup: Paper,
): number {
  const [aw, ah] = chartAreaPx(setup, hasLegend(layout));
  const bounds = printedBounds(layout);
  const scale = fitScale(layout, setup);
  return Math.max((bounds.width * scale) / aw, (bounds.height * scale) / ah);
}

/** Merged [start, end] spans of the boxes along one axis, sorted. */
function blockedSpans(boxes: Pick<ChartBox, 'x' | 'y' | 'width' | 'height'>[], axis: 'x' | 'y'): [number, number][] {
  const spans = boxes
    .map((b) => (axis === 'x' ? [b.x, b.x + b.width] : [b.y, b.y + b.height]) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged;
}

/** The x-spans a row's boxes block: a group bar (内设机构 over its units) blocks only where
 *  its units stand, and its label's width at either end, so a page may be cut through the
 *  bar between two units with room for the label on each piece (clipBars); a bar wider than
 *  a page would else be cut anywhere. */
function xSpans(layout: ChartLayout, boxes: ChartBox[]): [number, number][] {
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const blocking = boxes.flatMap((b) => {
    if (!b.group || b.labelWidth === undefined) return [b];
    const ends = [b.x, b.x + b.width - b.labelWidth].map((x) => ({ ...b, x, width: b.labelWidth! }));
    return [...ends, ...layout.edges.filter((e) => e.from === b.key).map((e) => byKey.get(e.to)!)];
  });
  return blockedSpans(blocking, 'x');
}

/** The layout as one tile shows it: each group bar cut by the tile's sides is drawn only
 *  over the part the tile shows, its label centred on that part. */
export function clipBars(layout: ChartLayout, tile: Pick<PrintTile, 'x' | 'width'>): ChartLayout {
  const [lo, hi] = [tile.x, tile.x + tile.width];
  const cut = (b: ChartBox) => b.group && (b.x < lo || b.x + b.width > hi) && b.x < hi && b.x + b.width > lo;
  if (!layout.boxes.some(cut)) return layout;
  const boxes = layout.boxes.map((b) => {
    if (!cut(b)) return b;
    const [x0, x1] = [Math.max(lo, b.x), Math.min(hi, b.x + b.width)];
    const shift = (x0 + x1) / 2 - (b.x + b.width / 2);
    return { ...b, x: x0, width: x1 - x0, texts: b.texts.map((t) => ({ ...t, x: t.x + shift - (x0 - b.x) })) };
  });
  return { ...layout, boxes };
}

/** The y-spans the boxes block: a group bar reaches down to the bottom of its units, so no
 *  row is cut between a bar and the units it labels (a sheet would show the bar alone).
 *  Bar and units too tall for a page (`window`, with `margin`: a column of units, one a
 *  row) are cut between the units, not through one: the bar then reaches down to its
 *  first unit only. */
function ySpans(layout: ChartLayout, boxes: ChartBox[], window: number, margin: number): [number, number][] {
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const spans = boxes.map((b) => {
    if (!b.group) return b;
    const units = layout.edges.filter((e) => e.from === b.key).map((e) => byKey.get(e.to)!);
    const bottom = Math.max(b.y + b.height, ...units.map((u) => u.y + u.height));
    if (bottom - b.y + margin <= window) return { ...b, height: bottom - b.y };
    const first = Math.min(...units.map((u) => u.y));
    const firstBottom = Math.max(b.y + b.height, ...units.filter((u) => u.y === first).map((u) => u.y + u.height));
    return firstBottom - b.y + margin <= window ? { ...b, height: firstBottom - b.y } : b;
  });
  return blockedSpans(spans, 'y');
}

/** Whether some span is too long to go whole into a piece of `window` (with `margin`). */
function tooLong(spans: [number, number][], window: number, margin: number): boolean {
  return spans.some(([a, b]) => b - a + margin > window);
}

/**
 * Cut positions along one axis from `start` to `end`, each piece at most `window` long,
 * every cut in a gap between boxes: half way, or `margin` before the next box when the gap
 * is wide, but never past the window. So both sides of a cut keep room (for a 接第 N 页
 * mark) even where the window happens to end just below a box. Only a span too long for a
 * piece (see tooLong) gets cut.
 */
export function cutsBetween(
  start: number,
  end: number,
  window: number,
  spans: [number, number][],
  margin: number,
  /** Where a gap longer than this is cut: this far before its next box (rows: just above
   *  the bus line, which goes with the boxes it leads to). */
  lead?: number,
): number[] {
  const cuts = [start];
  let at = start;
  // Float noise must not make a last sliver of a piece: compare with a tolerance.
  const eps = window * 1e-9;
  while (end - at > window + eps) {
    const limit = at + window;
    let cut = limit;
    // The first span not wholly before the window's end: the one it cuts, or the next one.
    const found = spans.findIndex(([, b]) => b > limit);
    const i = found < 0 ? spans.length : found;
    const span = spans[i];
    const fits = !span || span[0] >= limit || (span[0] > at + eps && span[1] - span[0] + margin <= window);
    if (fits) {
      const gapCut = (k: number) => {
        const next = spans[k]?.[0] ?? end;
        const gapStart = Math.max(at, spans[k - 1]?.[1] ?? at);
        const placed =
          lead !== undefined && next - gapStart > lead ? next - lead : Math.max((gapStart + next) / 2, next - margin);
        return { gapStart, cut: Math.min(limit, placed) };
      };
      let gap = gapCut(i);
      // The window ends just past a box: cut before that box instead (when the piece keeps
      // another box), so the cut has room on both sides.
      const keeps = spans[i - 2];
      if (gap.cut - gap.gapStart < margin && keeps && keeps[1] > at + eps) gap = gapCut(i - 1);
      cut = gap.cut;
    }
    cuts.push(cut);
    at = cut;
  }
  cuts.push(end);
  return cuts;
}

/** Halvings of the window in the search for even pieces. */
const EVEN_STEPS = 12;

/**
 * Cuts as cutsBetween makes them, the pieces as even as their number allows: the smallest
 * window (no shorter than a span that fits whole) giving no more pieces. So the last piece
 * of a row is not a sliver of a sheet, too narrow for its 接第 N 页 marks.
 */
function evenCuts(start: number, end: number, window: number, spans: [number, number][], margin: number): number[] {
  const cuts = cutsBetween(start, end, window, spans, margin);
  const pieces = cuts.length - 1;
  if (pieces < 2) return cuts;
  const whole = spans.map(([a, b]) => b - a + margin).filter((length) => length <= window);
  let [lo, hi, best] = [Math.max((end - start) / pieces, ...whole), window, cuts];
  for (let i = 0; i < EVEN_STEPS && lo < hi; i++) {
    const mid = (lo + hi) / 2;
    const tried = cutsBetween(start, end, mid, spans, margin);
    if (tried.length - 1 <= pieces) [best, hi] = [tried, mid];
    else lo = mid;
  }
  return best;
}

/** Cut positions in every gap between spans, `lead` before the next span where the gap is
 *  longer (as cutsBetween places them), else half way; `start` and `end` included. */
function everyGap(start: number, end: number, spans: [number, number][], lead: number): number[] {
  const cut = (prevEnd: number, next: number) => (next - prevEnd > lead ? next - lead : (prevEnd + next) / 2);
  return [start, ...spans.slice(1).map(([a], i) => cut(spans[i]![1], a)), end];
}

/**
 * Row cuts from `start` to `end` at the `gaps` between levels (start and end included): each
 * row as many levels as go on one page (`fits`: no taller than a page, and narrow enough to
 * be cut into columns between boxes, which a parent above its children spanning more than a
 * page is not). Taking levels while they fit gives the fewest rows, as a row only shrinks
 * when a level leaves it. A single level too tall is cut by `split`; one too wide is a row
 * of its own (its columns cut a run).
 */
function rowsAtGaps(
  gaps: number[],
  fits: (y0: number, y1: number) => boolean,
  split: (y0: number, y1: number) => number[],
): number[] {
  const out = [gaps[0]!];
  for (let k = 1; k < gaps.length; k++) {
    const at = out.at(-1)!;
    if (!fits(at, gaps[k]!)) {
      // Too tall: cut, and the last piece may take the levels below it (tried again).
      const cuts = split(at, gaps[k]!).slice(1, -1);
      out.push(...(cuts.length ? cuts : [gaps[k]!]));
      if (cuts.length) k--;
      continue;
    }
    while (k + 1 < gaps.length && fits(at, gaps[k + 1]!)) k++;
    out.push(gaps[k]!);
  }
  return out;
}

/** The stretch to cut along one axis: the chart's padded extent [start, end], the padding
 *  narrowed (evenly) where the boxes alone fit one piece and with it they would not, else
 *  the second piece would hold a sliver of the chart. */
function padded(start: number, end: number, window: number, spans: [number, number][]): [number, number] {
  const [first, last] = [spans[0]?.[0], spans.at(-1)?.[1]];
  if (end - start <= window || first === undefined || last === undefined || last - first > window) return [start, end];
  const pad = (window - (last - first)) / 2;
  return [Math.max(start, first - pad), Math.min(end, last + pad)];
}

type Region = Omit<PrintTile, 'index' | 'links'>;

/** Rows cut between levels of boxes, then each row cut into columns between the boxes it
 *  holds; regions holding no box are left out. */
function regions(layout: ChartLayout, ww: number, wh: number): Region[] {
  const bounds = printedBounds(layout);
  const margin = layout.options.fontPx * PAD_RATIO;
  const boxesIn = (y0: number, y1: number) => layout.boxes.filter((b) => b.y < y1 && b.y + b.height > y0);
  const tooWide = (y0: number, y1: number) => tooLong(xSpans(layout, boxesIn(y0, y1)), ww, margin);
  // Rows are cut in the gap between levels just above its middle, where the bus lines run:
  // a bus goes with the boxes it leads to, and a 接第 N 页 mark (ROW_ROOM) fits either side.
  const rowRoom = layout.options.fontPx * ROW_ROOM;
  const rowLead = levelGapPx(layout.options) / 2 + layout.options.fontPx * 0.05;
  const allY = ySpans(layout, layout.boxes, wh, rowRoom);
  const [top, bottom] = padded(bounds.y, bounds.y + bounds.height, wh, allY);
  const ys = rowsAtGaps(
    everyGap(top, bottom, allY, rowLead),
    (y0, y1) => y1 - y0 <= wh * (1 + 1e-9) && !tooWide(y0, y1),
    (y0, y1) => cutsBetween(y0, y1, wh, allY, rowRoom, rowLead),
  );
  const out: Region[] = [];
  let row = 0;
  for (let r = 0; r + 1 < ys.length; r++) {
    const [y0, y1] = [ys[r]!, ys[r + 1]!];
    const inRow = boxesIn(y0, y1);
    if (!inRow.length) continue;
    const spans = xSpans(layout, inRow);
    const xs = evenCuts(...padded(bounds.x, bounds.x + bounds.width, ww, spans), ww, spans, margin);
    let col = 0;
    for (let c = 0; c + 1 < xs.length; c++) {
      const [x0, x1] = [xs[c]!, xs[c + 1]!];
      // A column showing only pieces of group bars over units printed elsewhere is left out.
      const shown = inRow.filter((b) => b.x < x1 && b.x + b.width > x0);
      if (!shown.length || (shown.every((b) => b.group) && inRow.some((b) => !b.group))) continue;
      out.push({ row, col: col++, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
    }
    row++;
  }
  return out;
}

function contains(t: Pick<Region, 'x' | 'y' | 'width' | 'height'>, x: number, y: number): boolean {
  return x >= t.x && x <= t.x + t.width && y >= t.y && y <= t.y + t.height;
}

/**
 * Where each tile's lines leave it for another tile: one mark per cut edge and neighbour
 * page, at the first place a line crosses that edge for that page. Two branches running on
 * to the same page across one edge would otherwise print the same 接第 N 页 side by side.
 */
function tileLinks(layout: ChartLayout, tiles: Region[]): TileLink[][] {
  const links: TileLink[][] = tiles.map(() => []);
  const seen = tiles.map(() => new Set<string>());
  const step = layout.options.fontPx * 0.01;
  for (const edge of layout.edges) {
    for (let i = 1; i < edge.points.length; i++) {
      const [ax, ay] = edge.points[i - 1]!;
      const [bx, by] = edge.points[i]!;
      tiles.forEach((t, ti) => {
        // Segments are axis-parallel: each crosses a tile edge at most at two places.
        const crossings: { x: number; y: number; side: TileLink['side'] }[] = [];
        if (ay === by && ay >= t.y && ay <= t.y + t.height) {
          for (const [x, side] of [
            [t.x, 'left'],
            [t.x + t.width, 'right'],
          ] as const) {
            if (Math.min(ax, bx) < x && x < Math.max(ax, bx)) crossings.push({ x, y: ay, side });
          }
        } else if (ax === bx && ax >= t.x && ax <= t.x + t.width) {
          for (const [y, side] of [
            [t.y, 'top'],
            [t.y + t.height, 'bottom'],
          ] as const) {
            if (Math.min(ay, by) < y && y < Math.max(ay, by)) crossings.push({ x: ax, y, side });
          }
        }
        for (const c of crossings) {
          const out = { left: [-step, 0], right: [step, 0], top: [0, -step], bottom: [0, step] }[c.side];
          const beyond = nextTile(edge.points, i, [c.x + out[0]!, c.y + out[1]!], tiles, ti);
          if (beyond < 0 || beyond === ti) continue;
          const key = `${c.side}|${beyond}`;
          if (seen[ti]!.has(key)) continue;
          seen[ti]!.add(key);
          links[ti]!.push({ x: c.x, y: c.y, side: c.side, to: beyond + 1 });
        }
      });
    }
  }
  return links;
}

/** The first tile other than `from` that the line reaches from `start` (just outside
 *  `from`, on segment `seg` ending at points[seg]), following it away from `from`: a line
 *  may run through a stretch no page prints (no box there) before it reaches its page. */
function nextTile(
  points: [number, number][],
  seg: number,
  start: [number, number],
  tiles: Region[],
  from: number,
): number {
  const at = (x: number, y: number) => tiles.findIndex((t, k) => k !== from && contains(t, x, y));
  const direct = at(start[0], start[1]);
  if (direct >= 0 || contains(tiles[from]!, start[0], start[1])) return direct;
  // Away from `from` is towards the segment's end when that end lies outside `from`, else
  // back towards the line's start.
  const [ex, ey] = points[seg]!;
  const forward = !contains(tiles[from]!, ex, ey) || (ex === start[0] && ey === start[1]);
  const path = forward ? [start, ...points.slice(seg)] : [start, ...points.slice(0, seg).reverse()];
  let best = -1;
  let bestDist = Infinity;
  let walked = 0;
  for (let k = 1; k < path.length && best < 0; k++) {
    const [[ax, ay], [bx, by]] = [path[k - 1]!, path[k]!];
    tiles.forEach((t, ti) => {
      if (ti === from) return;
      // Where the axis-parallel segment first enters the tile, as a distance along it.
      const lo = (a: number, b: number, min: number, max: number) =>
        a === b
          ? a >= min && a <= max
            ? 0
            : Infinity
          : a < b
            ? b < min || a > max
              ? Infinity
              : Math.max(0, min - a)
            : b > max || a < min
              ? Infinity
              : Math.max(0, a - max);
      const d = Math.max(lo(ax, bx, t.x, t.x + t.width), lo(ay, by, t.y, t.y + t.height));
      if (d <= Math.abs(bx - ax) + Math.abs(by - ay) && walked + d < bestDist) [best, bestDist] = [ti, walked + d];
    });
    walked += Math.abs(bx - ax) + Math.abs(by - ay);
  }
  return best;
}

function tilesAt(layout: ChartLayout, setup: Paper, scale: number): PrintTile[] {
  const [aw, ah] = chartAreaPx(setup, hasLegend(layout));
  const found = regions(layout, aw / scale, ah / scale);
  const links = tileLinks(layout, found);
  return found.map((r, i) => ({ index: i + 1, ...r, links: links[i]! }));
}

/**
 * Plans the printed pages. With fitToPage and a one-page scale keeping the smallest text at
 * or above minFontPt, that is one page (without fitToPage, when that scale is at least
 * NEAR_FIT); otherwise the chart is tiled at the minimum type size (or 1:1 when not
 * fitting, if larger), grown while that costs no extra page. Tiles
 * are cut between boxes, so every box is whole on exactly one tile.
 */
export function planPrint(layout: ChartLayout, setup: PrintSetup): PrintPlan {
  const [pageWidthMm, pageHeightMm] = pageSizeMm(setup);
  const [aw, ah] = chartAreaPx(setup, hasLegend(layout));
  const minScale = (setup.minFontPt * PX_PER_PT) / layout.minFontPx;
  const oneFit = fitScale(layout, setup);
  let scale: number;
  let tiles: PrintTile[];
  // Actual size (not fitting) still prints on one page a chart a little larger than it:
  // cut into two, it would print a sliver of a sheet.
  const onePage = setup.fitToPage ? oneFit >= minScale : oneFit >= Math.max(minScale, NEAR_FIT);
  if (onePage) {
    scale = setup.fitToPage ? oneFit : Math.max(minScale, Math.min(oneFit, 1));
    const b = printedBounds(layout);
    tiles = [{ index: 1, row: 0, col: 0, ...b, links: [] }];
  } else {
    // Not fitting means actual size (1:1), never below the minimum type size.
    scale = Math.max(minScale, setup.fitToPage ? 0 : 1);
    // Bigger paper never prints smaller type: A3 starts from the scale A4 tiles at (which
    // grew as far as it cost A4 no page; the same growth could cost A3 one).
    if (setup.fitToPage && setup.paper === 'A3')
      scale = Math.max(scale, planPrint(layout, { ...setup, paper: 'A4' }).scale);
    tiles = tilesAt(layout, setup, scale);
    if (setup.fitToPage) {
      for (let grown = scale * TILE_GROWTH; grown <= maxScale(setup); grown *= TILE_GROWTH) {
        const more = tilesAt(layout, setup, grown);
        if (more.length > tiles.length) break;
        [scale, tiles] = [grown, more];
      }
    }
  }
  return {
    pageWidthMm,
    pageHeightMm,
    scale,
    minFontPt: (layout.minFontPx * scale) / PX_PER_PT,
    areaWidthPx: aw,
    areaHeightPx: ah,
    rows: new Set(tiles.map((t) => t.row)).size,
    cols: Math.max(...tiles.map((t) => t.col + 1)),
    tiles,
  };
}
