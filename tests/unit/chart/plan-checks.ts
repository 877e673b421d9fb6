// The printed plan's promises, checked by the print tests of the layout and the stress shapes.
import { expect } from 'vitest';
import type { ChartLayout, PrintPlan, PrintSetup } from '../../../shared/chart/types.ts';

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
      layout.boxes.some((b) => inside(b, t)),
      `tile ${t.index} holds a box`,
    ).toBe(true);
    for (const l of t.links) {
      expect(l.to).not.toBe(t.index);
      expect(l.to).toBeGreaterThanOrEqual(1);
      expect(l.to).toBeLessThanOrEqual(plan.tiles.length);
    }
  }
  for (const b of layout.boxes) {
    expect(plan.tiles.filter((t) => inside(b, t)).length, `box ${b.key} is whole on exactly one tile`).toBe(1);
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
