import { describe, expect, it } from 'vitest';
import { fitView, keepInPlace, openingView, revealBox, zoomView } from '../../../renderer/chart/view-math.ts';

const stage = { width: 1000, height: 600 };

describe('the on-screen chart view', () => {
  it('fits a wide chart to the stage width inside a 24 px margin, centred', () => {
    // 2000 x 200 into 952 x 552: the width decides, k = 0.476.
    const v = fitView(stage, { width: 2000, height: 200 });
    expect(v.k).toBeCloseTo(0.476, 6);
    expect(v.x).toBeCloseTo(24, 6);
    expect(v.y).toBeCloseTo(24 + (552 - 200 * 0.476) / 2, 6);
  });

  it('never enlarges a small chart beyond twice its size', () => {
    expect(fitView(stage, { width: 100, height: 50 }).k).toBe(2);
  });

  it('opens fitted when the fitted text is readable, else at the readable size from the top, centred on the office', () => {
    expect(openingView(stage, { width: 800, height: 300 }, 1)).toEqual(fitView(stage, { width: 800, height: 300 }));
    // A small chart is drawn at most a quarter above the readable size, not blown up to fit.
    expect(openingView(stage, { width: 200, height: 100 }, 1).k).toBe(1.25);
    expect(openingView(stage, { width: 200, height: 100 }, 2).k).toBe(2.5);
    const big = openingView(stage, { width: 4000, height: 900 }, 1, 2000);
    expect(big).toEqual({ k: 1, x: 500 - 2000, y: 24 });
    // At twice the page's type size the same chart opens at twice the scale.
    expect(openingView(stage, { width: 4000, height: 900 }, 2, 2000).k).toBe(2);
    // Narrower than the stage at the readable size but too tall: centred across.
    expect(openingView(stage, { width: 400, height: 2000 }, 1)).toEqual({ k: 1, x: 300, y: 24 });
  });

  it('zooms about a stage point, which stays where it was', () => {
    const v = zoomView({ k: 1, x: 10, y: 20 }, 2, 110, 220);
    expect(v).toEqual({ k: 2, x: -90, y: -180 });
    // The chart point under (110, 220) was (100, 200); it still is.
    expect((110 - v.x) / v.k).toBe(100);
    expect((220 - v.y) / v.k).toBe(200);
  });

  it('keeps a box where it was drawn when the layout moves it', () => {
    // At k = 2 a box moved 30 chart px left and 5 down is panned 60 px right and 10 up.
    expect(keepInPlace({ k: 2, x: 0, y: 0 }, { x: 130, y: 40 }, { x: 100, y: 45 })).toEqual({ k: 2, x: 60, y: -10 });
  });

  it('centres a search match, and pans a focused box only as far as it takes to bring it inside', () => {
    const v = { k: 1, x: 0, y: 0 };
    expect(revealBox(v, stage, { x: 900, y: 500, width: 100, height: 50 }, true)).toEqual({ k: 1, x: -450, y: -225 });
    // Already inside the margins: no move.
    expect(revealBox(v, stage, { x: 100, y: 100, width: 100, height: 50 }, false)).toBe(v);
    // Off the right edge by 124 px (incl. the 24 px margin): pans left by that much only.
    expect(revealBox(v, stage, { x: 1000, y: 100, width: 100, height: 50 }, false)).toEqual({ k: 1, x: -124, y: 0 });
  });
});
