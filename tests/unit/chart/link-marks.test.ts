import { describe, expect, it } from 'vitest';
import { placeLinkMarks } from '../../../shared/chart/link-marks.ts';
import type { ChartBox, PrintTile } from '../../../shared/chart/types.ts';

const FONT = 14;

const box = (key: string, x: number, y: number, width: number, height: number): ChartBox => ({
  key,
  unitId: null,
  depth: 0,
  x,
  y,
  width,
  height,
  vertical: false,
  texts: [],
  childCount: 3,
  collapsed: false,
  affiliated: false,
  group: false,
});

const overlaps = (a: ChartBox | { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLinkMarks', () => {
  it('gives a trunk leaving a tile for three sheets three marks apart, where beside it only two fit', () => {
    // The office box leaves one mark's height between it and the tile's bottom edge, which
    // its trunk crosses on its way to branches on pages 2, 3 and 4 (a case seed 11 found).
    const office = box('office', 270, 0, 150, 40);
    const tile: PrintTile = {
      index: 1,
      row: 0,
      col: 0,
      x: 0,
      y: 0,
      width: 700,
      height: 57,
      links: [2, 3, 4].map((to) => ({ x: 345, y: 57, side: 'bottom' as const, to })),
    };
    const marks = placeLinkMarks(tile, { boxes: [office], edges: [] }, FONT, (l) => l.to);
    expect(marks.map((m) => m.link.to)).toEqual([2, 3, 4]);
    marks.forEach((m, i) => {
      expect(overlaps(m.ground, office), `mark ${i + 1} over the office`).toBe(false);
      expect(m.ground.y + m.ground.height).toBeLessThanOrEqual(tile.height + 1e-6);
      for (const other of marks.slice(i + 1)) expect(overlaps(m.ground, other.ground)).toBe(false);
    });
  });
});
