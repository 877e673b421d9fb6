// Where each 接第 N 页 mark of a tiled chart goes: beside the line it labels, just inside the
// tile's edge, but never over a box or another mark. Next to the edge the gap between the
// tile's edge and the nearest box is often less than a line of text high, so the mark tries
// each side of the line and then steps inward along it until it finds room.
import type { ChartEdge, ChartLayout, PrintTile, TileLink } from './types.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A mark's white ground (covering the line under the text) and where its text starts. */
export interface PlacedMark {
  link: TileLink;
  ground: Rect;
  textX: number;
  baseline: number;
}

/** Height of the ground relative to the type size, and where the baseline sits in it. */
const GROUND_EM = 1.1;
const BASELINE_EM = 0.9;
const SIDE_PAD_EM = 0.15;
/** Gap between a mark and its line: beside a vertical line, and above or below a horizontal
 *  one (a bus, which runs half a level gap, about one ground high, from the boxes). A mark
 *  on a vertical line may touch the tile's edge, as row cuts fall next to a bus. */
const INSET_EM = 0.3;
const BUS_INSET_EM = 0.05;
/** How far inward along the line a mark may move, as a share of the tile. */
const MAX_TRAVEL = 0.5;
/** Steps by which a mark finding no room beside its line moves further off it. */
const ASIDE_STEP_EM = 0.5;
/** How far off its line (in mark widths) a mark may move to clear a bus before it settles
 *  for covering one: a line entering a tile at its top meets the bus it leads to just
 *  below the cut, and beside the line there is only the bus. */
const BUS_ASIDE_WIDTHS = 3;

/** Width of `接第 N 页`: three ideographs, two thin spaces, the digits (about half an em each). */
function textWidth(fontPx: number, page: number): number {
  return fontPx * (3 + 0.3 * 2 + 0.56 * String(page).length);
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Within the tile, give or take float noise. */
const inside = (r: Rect, t: Rect) => {
  const e = 1e-6 * (t.width + t.height);
  return r.x >= t.x - e && r.y >= t.y - e && r.x + r.width <= t.x + t.width + e && r.y + r.height <= t.y + t.height + e;
};

/** Grounds to try for one link, best first; `aside` moves them that much further off the
 *  line. */
function candidates(
  link: TileLink,
  tile: PrintTile,
  width: number,
  height: number,
  fontPx: number,
  reach = MAX_TRAVEL,
  aside = 0,
): Rect[] {
  const inset = fontPx * INSET_EM + aside;
  const step = fontPx * 0.1;
  const out: Rect[] = [];
  if (link.side === 'left' || link.side === 'right') {
    // A horizontal line: above or below it, moving inward from the edge.
    const travel = tile.width * reach;
    for (let d = 0; d <= travel; d += step) {
      const x = link.side === 'left' ? tile.x + inset + d : tile.x + tile.width - inset - width - d;
      const gap = fontPx * BUS_INSET_EM + aside;
      out.push({ x, y: link.y - gap - height, width, height }, { x, y: link.y + gap, width, height });
    }
  } else {
    // A vertical line: right or left of it, moving inward from the edge.
    const travel = tile.height * reach;
    for (let d = 0; d <= travel; d += step) {
      const y = link.side === 'top' ? tile.y + d : tile.y + tile.height - height - d;
      out.push({ x: link.x + inset, y, width, height }, { x: link.x - inset - width, y, width, height });
    }
  }
  return out;
}

/** The grounds moved along their line to sit flush against a mark placed already: where two
 *  marks share a corner of a tile, steps of a tenth of an em can miss the one place left. */
function flushBeside(marks: Rect[], grounds: Rect[], link: TileLink): Rect[] {
  const alongX = link.side === 'left' || link.side === 'right';
  return marks.flatMap((m) =>
    grounds.flatMap((r) =>
      alongX
        ? [
            { ...r, x: m.x + m.width },
            { ...r, x: m.x - r.width },
          ]
        : [
            { ...r, y: m.y + m.height },
            { ...r, y: m.y - r.height },
          ],
    ),
  );
}

/** Failing room beside its line, a ground further off it, the nearest first: a line that
 *  continues on several pages (a trunk leaving a tile to branches on three sheets) needs a
 *  mark for each, side by side, where beside the line only two fit. */
function besideOthers(
  link: TileLink,
  tile: PrintTile,
  width: number,
  height: number,
  fontPx: number,
  free: (r: Rect) => boolean,
  most = Infinity,
): Rect | undefined {
  const across = Math.min(most, link.side === 'left' || link.side === 'right' ? tile.height : tile.width);
  for (let aside = fontPx * ASIDE_STEP_EM; aside <= across; aside += fontPx * ASIDE_STEP_EM) {
    const found = candidates(link, tile, width, height, fontPx, MAX_TRAVEL, aside).find(
      (r) => inside(r, tile) && free(r),
    );
    if (found) return found;
  }
  return undefined;
}

/** The horizontal runs of the chart's lines, as thin rects: a mark should not hide a bus. */
function busRects(edges: readonly ChartEdge[], tile: PrintTile): Rect[] {
  const out: Rect[] = [];
  for (const e of edges)
    for (let i = 1; i < e.points.length; i++) {
      const [[ax, ay], [bx, by]] = [e.points[i - 1]!, e.points[i]!];
      const r = { x: Math.min(ax, bx), y: ay - 0.5, width: Math.abs(bx - ax), height: 1 };
      if (ay === by && overlaps(r, tile)) out.push(r);
    }
  return out;
}

/** The marks of one tile, each where it covers neither a box, an earlier mark nor (where
 *  there is room) a bus line; if the tile has no such place, at the edge, unless an earlier
 *  mark names the same page. `page` gives the printed page a link leads to. */
export function placeLinkMarks(
  tile: PrintTile,
  layout: Pick<ChartLayout, 'boxes' | 'edges'>,
  fontPx: number,
  page: (link: TileLink) => number,
): PlacedMark[] {
  const boxes: Rect[] = layout.boxes.filter((b) => overlaps(b, tile));
  const buses = busRects(layout.edges, tile);
  const placed: PlacedMark[] = [];
  for (const link of tile.links) {
    const width = textWidth(fontPx, page(link)) + 2 * fontPx * SIDE_PAD_EM;
    const height = fontPx * GROUND_EM;
    const all = candidates(link, tile, width, height, fontPx);
    const tries = all.filter((r) => inside(r, tile));
    const free = (r: Rect, avoid: Rect[]) =>
      !avoid.some((b) => overlaps(r, b)) && !placed.some((m) => overlaps(r, m.ground));
    // Failing that, anywhere along the line's run across the tile: a crowded edge (many lines
    // leaving one tile) has no room near it for every mark.
    const found =
      tries.find((r) => free(r, [...boxes, ...buses])) ??
      besideOthers(link, tile, width, height, fontPx, (r) => free(r, [...boxes, ...buses]), width * BUS_ASIDE_WIDTHS) ??
      tries.find((r) => free(r, boxes)) ??
      candidates(link, tile, width, height, fontPx, 1)
        .filter((r) => inside(r, tile))
        .find((r) => free(r, boxes)) ??
      flushBeside(
        placed.map((m) => m.ground),
        candidates(link, tile, width, height, fontPx, 1),
        link,
      ).find((r) => inside(r, tile) && free(r, boxes)) ??
      besideOthers(link, tile, width, height, fontPx, (r) => free(r, boxes));
    // No room, and another mark of the tile names the same page already: that one says it.
    if (!found && placed.some((m) => page(m.link) === page(link))) continue;
    const ground = found ?? tries[0] ?? all[0]!;
    placed.push({ link, ground, textX: ground.x + fontPx * SIDE_PAD_EM, baseline: ground.y + fontPx * BASELINE_EM });
  }
  return placed;
}
