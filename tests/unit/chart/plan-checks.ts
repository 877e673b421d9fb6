// The printed plan's promises, checked by the print tests of the layout and the stress shapes.
import { expect } from 'vitest';
import { placeLinkMarks } from '../../../shared/chart/link-marks.ts';
import { clipBars, pageSizeMm, printedBounds, PX_PER_MM } from '../../../shared/chart/page.ts';
import type { ChartLayout, PrintPlan, PrintSetup } from '../../../shared/chart/types.ts';
import { measure } from './fixtures.ts';
import { overlappingPairs } from './geometry.ts';

const PX_PER_PT = 96 / 72;
const EPS = 1e-6;

export const inside = (
  b: { x: number; y: number; width: number; height: number },
  t: { x: number; y: number; width: number; height: number },
) =>
  b.x >= t.x - EPS &&
  b.y >= t.y - EPS &&
  b.x + b.width <= t.x + t.width + EPS &&
  b.y + b.height <= t.y + t.height + EPS;

/** The printed plan's promises: type at or above the minimum, every tile within the page
 *  area, every box whole on exactly one tile (tiles never overlap, so never twice), no tile
 *  without a box, no two tiles alike, links between existing tiles. */
export function checkPlan(layout: ChartLayout, plan: PrintPlan, setup: PrintSetup): void {
  expect(plan.minFontPt).toBeGreaterThanOrEqual(setup.minFontPt - 1e-9);
  expect(layout.minFontPx * plan.scale).toBeGreaterThanOrEqual(setup.minFontPt * PX_PER_PT - 1e-9);
  expect(plan.tiles.map((t) => t.index)).toEqual(plan.tiles.map((_, i) => i + 1));
  for (const t of plan.tiles) {
    expect(t.width * plan.scale).toBeLessThanOrEqual(plan.areaWidthPx + EPS);
    expect(t.height * plan.scale).toBeLessThanOrEqual(plan.areaHeightPx + EPS);
    expect(
      layout.boxes.some((b) => !b.group && inside(b, t)),
      `tile ${t.index} holds a box`,
    ).toBe(true);
    for (const l of t.links) {
      expect(l.to).not.toBe(t.index);
      expect(l.to).toBeGreaterThanOrEqual(1);
      expect(l.to).toBeLessThanOrEqual(plan.tiles.length);
    }
  }
  for (const b of layout.boxes.filter((x) => !x.group)) {
    expect(plan.tiles.filter((t) => inside(b, t)).length, `box ${b.key} is whole on exactly one tile`).toBe(1);
  }
  // A group bar may be cut between its units: every tile showing a piece shows its label whole.
  for (const t of plan.tiles) {
    const clipped = clipBars(layout, t);
    clipped.boxes.forEach((b, i) => {
      if (!b.group || b === layout.boxes[i] || b.y >= t.y + t.height || b.y + b.height <= t.y) return;
      for (const text of b.texts) {
        const half = measure(text.text, text.fontPx, false).width / 2;
        expect(text.x - half, `${b.key} label on tile ${t.index}`).toBeGreaterThanOrEqual(-EPS);
        expect(text.x + half, `${b.key} label on tile ${t.index}`).toBeLessThanOrEqual(b.width + EPS);
      }
    });
  }
  for (let i = 0; i < plan.tiles.length; i++) {
    for (let j = i + 1; j < plan.tiles.length; j++) {
      const [a, b] = [plan.tiles[i]!, plan.tiles[j]!];
      const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      expect(overlapX > EPS && overlapY > EPS, `tiles ${a.index} and ${b.index} overlap`).toBe(false);
    }
  }
}

/** Merged [start, end] runs of the boxes along x. */
function runs(boxes: { x: number; width: number }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const b of [...boxes].sort((p, q) => p.x - q.x)) {
    const last = out.at(-1);
    if (last && b.x < last[1]) last[1] = Math.max(last[1], b.x + b.width);
    else out.push([b.x, b.x + b.width]);
  }
  return out;
}

/** Two rows of tiles, one above the other, are one row when they can be: together no taller
 *  than a page, their boxes (group bars whole, as wide as they can block) could be cut into
 *  columns without cutting a box. So a chart whose levels overlap sideways into a run wider
 *  than a page is not printed one page per level. */
export function checkRowsMerged(layout: ChartLayout, plan: PrintPlan): void {
  const rows = [...new Set(plan.tiles.map((t) => t.row))].map((r) => plan.tiles.filter((t) => t.row === r)[0]!);
  const [ww, wh] = [plan.areaWidthPx / plan.scale, plan.areaHeightPx / plan.scale];
  const margin = layout.options.fontPx;
  for (let r = 0; r + 1 < rows.length; r++) {
    const [a, b] = [rows[r]!, rows[r + 1]!];
    const [y0, y1] = [a.y, b.y + b.height];
    if (y1 - y0 > wh - EPS) continue;
    const inBoth = layout.boxes.filter((x) => x.y < y1 && x.y + x.height > y0);
    const fits = runs(inBoth).every(([s, e]) => e - s + margin <= ww);
    expect(fits, `rows ${r + 1} and ${r + 2} could be one`).toBe(false);
  }
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What every printed chart promises beyond checkPlan: boxes apart, each text inside its
 *  box, marks over no box and no other mark, a one-page chart of two or more units filling
 *  half its page. */
export function checkPrint(layout: ChartLayout, plan: PrintPlan, setup: PrintSetup): void {
  checkPlan(layout, plan, setup);
  checkRowsMerged(layout, plan);
  expect(overlappingPairs(layout.boxes)).toEqual([]);
  for (const b of layout.boxes)
    for (const t of b.texts) {
      const { width, height } = measure(t.text, t.fontPx, t.vertical);
      expect(t.x - width / 2, `${t.text} inside its box`).toBeGreaterThanOrEqual(-1e-6);
      expect(t.x + width / 2).toBeLessThanOrEqual(b.width + 1e-6);
      expect(t.y - height / 2).toBeGreaterThanOrEqual(-1e-6);
      expect(t.y + height / 2).toBeLessThanOrEqual(b.height + 1e-6);
    }
  for (const tile of plan.tiles) {
    const marks = placeLinkMarks(tile, layout, layout.minFontPx, (l) => l.to);
    // A link without a mark of its own continues on a page another mark names.
    for (const l of tile.links) expect(marks.some((m) => m.link === l || m.link.to === l.to)).toBe(true);
    // One mark per cut edge and page: never the same 接第 N 页 twice along one edge.
    const edges = tile.links.map((l) => `${l.side} ${l.to}`);
    expect(new Set(edges).size, `tile ${tile.index} marks ${edges.join(', ')}`).toBe(edges.length);
    marks.forEach((m, i) => {
      const over = layout.boxes.filter((b) => overlaps(m.ground, b)).map((b) => b.key);
      expect(over, `mark ${i + 1} of tile ${tile.index} over a box`).toEqual([]);
      for (const other of marks.slice(i + 1)) expect(overlaps(m.ground, other.ground)).toBe(false);
    });
  }
  // Boxes of one level share one size (the office and the group bars keep their own).
  const sizes = new Map<number, string>();
  for (const b of layout.boxes.filter((x) => x.depth > 0 && !x.group)) {
    const size = `${b.width.toFixed(6)}x${b.height.toFixed(6)}`;
    expect(sizes.get(b.depth) ?? size, `level ${b.depth} boxes share one size`).toBe(size);
    sizes.set(b.depth, size);
  }
  // A line from a box on one sheet to a box on another is marked on both sheets.
  // (A group bar cut between its units is on several sheets: its lines are not counted.)
  const tileOf = new Map(layout.boxes.map((b) => [b.key, plan.tiles.find((t) => inside(b, t))]));
  for (const e of layout.edges) {
    const [from, to] = [tileOf.get(e.from), tileOf.get(e.to)];
    if (!from || !to || from === to) continue;
    expect(from.links.length, `${e.from}→${e.to} marked where it leaves`).toBeGreaterThan(0);
    expect(to.links.length, `${e.from}→${e.to} marked where it arrives`).toBeGreaterThan(0);
  }
  // A sheet showing a group bar shows boxes below it (its units, or theirs where the bar
  // spans units far apart): never the bar alone at a sheet's foot, its units on the next.
  for (const bar of layout.boxes.filter((b) => b.group)) {
    for (const t of plan.tiles.filter((x) => bar.y >= x.y - EPS && bar.y + bar.height <= x.y + x.height + EPS)) {
      const piece = clipBars(layout, t).boxes.find((b) => b.key === bar.key)!;
      if (piece.x >= t.x + t.width || piece.x + piece.width <= t.x) continue;
      const below = layout.boxes.some(
        (b) =>
          !b.group &&
          inside(b, t) &&
          b.y >= bar.y + bar.height &&
          b.x < piece.x + piece.width &&
          b.x + b.width > piece.x,
      );
      expect(below, `${bar.key} on tile ${t.index} with boxes below it`).toBe(true);
    }
  }
  // Rows are balanced: a parent's children wrapped into rows never leave a last row at most
  // half as full as the row above it (rows.ts), but for the last of a column of pairs.
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const rowsOf = new Map<string, number[]>();
  for (const e of layout.edges) rowsOf.set(e.from, [...(rowsOf.get(e.from) ?? []), byKey.get(e.to)!.y]);
  for (const [parent, ys] of rowsOf) {
    const counts = [...new Set(ys)].sort((a, b) => a - b).map((y) => ys.filter((v) => v === y).length);
    if (counts.length < 2) continue;
    const [above, last] = counts.slice(-2) as [number, number];
    expect(last * 2 > above || above - last <= 1, `rows under ${parent}: ${counts.join('+')}`).toBe(true);
  }
  // An office of no unit or one unit prints at the modest size cap (page.test.ts): such a
  // chart is small on its page by design.
  const units = layout.boxes.filter((b) => b.unitId !== null).length;
  if (plan.tiles.length === 1 && setup.fitToPage && units >= 2) {
    const b = printedBounds(layout);
    const [w, h] = pageSizeMm(setup).map((mm) => mm * PX_PER_MM) as [number, number];
    expect(Math.max((b.width * plan.scale) / w, (b.height * plan.scale) / h), 'fills its page').toBeGreaterThanOrEqual(
      0.5,
    );
  }
}
