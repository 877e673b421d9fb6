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
  it('moves a mark off the bus its line meets just below the top edge of a tile, rather than cover it', () => {
    // A line enters the tile at its top (x = 100), meets a bus 2 px below the cut running
    // from x = 60 to 140, which leads down to two boxes 14 px lower: beside the line there
    // is only the bus; past its right end there is room above the boxes, and none below
    // them (a case the print sweep's random tree of 60 units found on A4 landscape).
    const boxes = [box('a', 40, 16, 40, 60), box('b', 120, 16, 40, 60)];
    const edges = [
      {
        from: 'p',
        to: 'a',
        points: [
          [100, -30],
          [100, 2],
          [60, 2],
          [60, 16],
        ] as [number, number][],
      },
      {
        from: 'p',
        to: 'b',
        points: [
          [100, -30],
          [100, 2],
          [140, 2],
          [140, 16],
        ] as [number, number][],
      },
    ];
    const tile: PrintTile = {
      index: 2,
      row: 2,
      col: 1,
      x: 0,
      y: 0,
      width: 400,
      height: 80,
      links: [{ x: 100, y: 0, side: 'top', to: 1 }],
    };
    const [mark] = placeLinkMarks(tile, { boxes, edges }, FONT, (l) => l.to);
    const g = mark!.ground;
    expect(g.x >= 140 || g.x + g.width <= 60, `ground from x = ${g.x} to ${g.x + g.width}`).toBe(true);
    for (const b of boxes) expect(overlaps(g, b)).toBe(false);
    expect(g.y).toBeGreaterThanOrEqual(0);
  });

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

  it('sets two marks sharing the corner of a narrow tile flush side by side', () => {
    // A sheet at the end of a row (a case seed 73 found): a line leaves by its top and the
    // bus it meets by its left, both marks under the top edge and over tall 竖排 boxes, with
    // room for the two only when the second sits right against the first.
    const boxes = [10, 67, 124].map((x, i) => box(`u${i}`, x, 17.5, 46, 160));
    const tile: PrintTile = {
      index: 21,
      row: 1,
      col: 10,
      x: 0,
      y: 0,
      width: 173.6,
      height: 184,
      links: [
        { x: 28.7, y: 0, side: 'top', to: 10 },
        { x: 0, y: 0.7, side: 'left', to: 20 },
      ],
    };
    const marks = placeLinkMarks(tile, { boxes, edges: [] }, FONT, (l) => l.to);
    expect(marks.map((m) => m.link.to)).toEqual([10, 20]);
    for (const m of marks) {
      expect(boxes.filter((b) => overlaps(m.ground, b))).toEqual([]);
      expect(m.ground.x + m.ground.width).toBeLessThanOrEqual(tile.width + 1e-6);
    }
    expect(overlaps(marks[0]!.ground, marks[1]!.ground)).toBe(false);
  });
});
