import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import { layoutChart } from '../../../shared/chart/layout.ts';
import { chartAreaPx, pageSizeMm, planPrint, printedBounds, tileLabel } from '../../../shared/chart/page.ts';
import type { ChartLayout, LayoutOptions, PrintPlan, PrintSetup } from '../../../shared/chart/types.ts';
import { flatOffice, measure, randomTree, seedTree } from './fixtures.ts';

const base: LayoutOptions = { textMode: 'horizontal', maxPerRow: Infinity, fontPx: 14, showPeople: true, collapsed: new Set() };
const a4Landscape: PrintSetup = { paper: 'A4', orientation: 'landscape', fitToPage: true, minFontPt: 8 };
const PX_PER_PT = 96 / 72;

/** Every box, scaled, inside the page area of the tile that shows it whole; tiles within
 *  the page area; the minimum printed type size respected. */
function checkPlan(layout: ChartLayout, plan: PrintPlan, setup: PrintSetup): void {
  expect(plan.minFontPt).toBeGreaterThanOrEqual(setup.minFontPt - 1e-9);
  expect(layout.minFontPx * plan.scale).toBeGreaterThanOrEqual(setup.minFontPt * PX_PER_PT - 1e-9);
  expect(plan.tiles).toHaveLength(plan.rows * plan.cols);
  // Tiles stay within the chart plus a margin of half the base type size on each side.
  const pad = layout.options.fontPx / 2;
  for (const t of plan.tiles) {
    expect(t.width * plan.scale).toBeLessThanOrEqual(plan.areaWidthPx + 1e-6);
    expect(t.height * plan.scale).toBeLessThanOrEqual(plan.areaHeightPx + 1e-6);
    expect(t.x).toBeGreaterThanOrEqual(-pad - 1e-6);
    expect(t.y).toBeGreaterThanOrEqual(-pad - 1e-6);
    expect(t.x + t.width).toBeLessThanOrEqual(layout.width + pad + 1e-6);
    expect(t.y + t.height).toBeLessThanOrEqual(layout.height + pad + 1e-6);
  }
  for (const b of layout.boxes) {
    const whole = plan.tiles.some(
      (t) => b.x >= t.x - 1e-6 && b.y >= t.y - 1e-6 && b.x + b.width <= t.x + t.width + 1e-6 && b.y + b.height <= t.y + t.height + 1e-6,
    );
    expect(whole, `box ${b.key} is whole on some tile`).toBe(true);
  }
}

describe('page sizes', () => {
  it('knows A4 and A3 in both orientations', () => {
    expect(pageSizeMm({ paper: 'A4', orientation: 'landscape' })).toEqual([297, 210]);
    expect(pageSizeMm({ paper: 'A4', orientation: 'portrait' })).toEqual([210, 297]);
    expect(pageSizeMm({ paper: 'A3', orientation: 'landscape' })).toEqual([420, 297]);
    const [w, h] = chartAreaPx({ paper: 'A4', orientation: 'landscape' });
    // 297 mm less two 10 mm margins, at 96 px per inch.
    expect(w).toBeCloseTo((277 / 25.4) * 96, 6);
    expect(h).toBeLessThan((190 / 25.4) * 96);
  });
});

describe('planPrint', () => {
  it('fits the seed office on one A4 landscape page at 8 pt or more', () => {
    const layout = autoLayout(seedTree(), measure, base, a4Landscape);
    const plan = planPrint(layout, a4Landscape);
    expect(plan.tiles).toHaveLength(1);
    expect([plan.pageWidthMm, plan.pageHeightMm]).toEqual([297, 210]);
    expect(tileLabel(plan, plan.tiles[0]!)).toBeNull();
    checkPlan(layout, plan, a4Landscape);
  });

  it('a 30-unit office: one page at 8 pt or more, else labelled tiles', () => {
    const layout = autoLayout(flatOffice(30), measure, base, a4Landscape);
    const plan = planPrint(layout, a4Landscape);
    checkPlan(layout, plan, a4Landscape);
    if (plan.tiles.length > 1) {
      expect(plan.tiles.map((t) => tileLabel(plan, t))).toEqual(plan.tiles.map((_, i) => `续页 ${i + 1}/${plan.tiles.length}`));
    }
  });

  it('tiles a chart too wide for one page instead of shrinking text below 8 pt', () => {
    const layout = layoutChart(flatOffice(60), measure, base);
    const plan = planPrint(layout, a4Landscape);
    expect(plan.cols).toBeGreaterThan(1);
    expect(plan.rows).toBe(1);
    expect(plan.minFontPt).toBeCloseTo(8, 6);
    checkPlan(layout, plan, a4Landscape);
    expect(tileLabel(plan, plan.tiles[1]!)).toBe(`续页 2/${plan.tiles.length}`);
    // Consecutive tiles overlap by at least the widest box.
    const widest = Math.max(...layout.boxes.map((b) => b.width));
    for (let i = 1; i < plan.tiles.length; i++) {
      expect(plan.tiles[i - 1]!.x + plan.tiles[i - 1]!.width - plan.tiles[i]!.x).toBeGreaterThanOrEqual(widest);
    }
  });

  it('without fit-to-page prints 1:1 and tiles as needed', () => {
    const layout = layoutChart(seedTree(), measure, base);
    const setup: PrintSetup = { ...a4Landscape, paper: 'A4', orientation: 'portrait', fitToPage: false };
    const plan = planPrint(layout, setup);
    expect(plan.scale).toBe(1);
    expect(plan.cols).toBeGreaterThan(1);
    checkPlan(layout, plan, setup);
  });

  const setups: PrintSetup[] = [
    a4Landscape,
    { paper: 'A4', orientation: 'portrait', fitToPage: true, minFontPt: 8 },
    { paper: 'A3', orientation: 'landscape', fitToPage: true, minFontPt: 8 },
    { paper: 'A3', orientation: 'portrait', fitToPage: true, minFontPt: 10 },
  ];
  for (const size of [1, 2, 10, 30, 100, 300, 1000, 3000]) {
    for (const setup of setups) {
      it(`${size} boxes on ${setup.paper} ${setup.orientation}: boxes whole on some page, text ≥ ${setup.minFontPt} pt`, () => {
        const layout = autoLayout(randomTree(size, size + 17), measure, base, setup);
        const plan = planPrint(layout, setup);
        checkPlan(layout, plan, setup);
        if (plan.tiles.length === 1) {
          // One page shows the whole chart with a margin of half the base type size.
          const t = plan.tiles[0]!;
          const pad = layout.options.fontPx / 2;
          expect(t.width * plan.scale).toBeLessThanOrEqual(plan.areaWidthPx + 1e-6);
          expect(t.height * plan.scale).toBeLessThanOrEqual(plan.areaHeightPx + 1e-6);
          expect([t.x, t.y, t.width, t.height]).toEqual([-pad, -pad, layout.width + 2 * pad, layout.height + 2 * pad]);
          expect(printedBounds(layout)).toEqual({ x: t.x, y: t.y, width: t.width, height: t.height });
        }
      });
    }
  }
});

describe('autoLayout', () => {
  const setup = { paper: 'A4', orientation: 'landscape' } as const;
  it('keeps nine seed units on one row of horizontal text', () => {
    const layout = autoLayout(seedTree(), measure, base, setup);
    expect(layout.options.textMode).toBe('horizontal');
    expect(new Set(layout.boxes.filter((b) => b.key !== 'office').map((b) => b.y)).size).toBe(1);
  });

  it('honours a fixed choice: vertical text stays vertical', () => {
    const layout = autoLayout(flatOffice(30), measure, base, setup, { textMode: 'vertical' });
    expect(layout.options.textMode).toBe('vertical');
    expect(layout.boxes.filter((b) => b.key !== 'office').every((b) => b.vertical)).toBe(true);
  });

  it('does not keep 30 horizontal boxes on one row when that would print below 8 pt', () => {
    const layout = autoLayout(flatOffice(30), measure, base, setup, { textMode: 'horizontal' });
    expect(layout.options.maxPerRow).toBeLessThan(30);
    expect(planPrint(layout, a4Landscape).tiles).toHaveLength(1);
  });
});

describe('the contract: up to 12 units print on one A4 landscape page', () => {
  it('twelve units with long names and aliases', () => {
    const root = flatOffice(12);
    root.children.forEach((c, i) => {
      c.name = `第${i + 1}国际交流合作联络协调处`;
      c.aliases = [`省政府第${i + 1}港澳事务联络办公室`];
    });
    const layout = autoLayout(root, measure, base, a4Landscape);
    const plan = planPrint(layout, a4Landscape);
    expect(plan.tiles).toHaveLength(1);
    checkPlan(layout, plan, a4Landscape);
  });
});

describe('the legend strip', () => {
  it('takes its height off the chart area only when dashed (affiliated) boxes are drawn', () => {
    const seedLayout = autoLayout(seedTree(), measure, base, a4Landscape);
    const withAffiliated = seedTree();
    withAffiliated.children.push({ key: 'u20', unitId: 20, name: '省外事服务中心', aliases: [], people: [], affiliated: true, children: [] });
    const affiliatedLayout = autoLayout(withAffiliated, measure, base, a4Landscape);
    // 297 × 210 mm less 10 mm margins, a 14 mm header and an 8 mm footer; 6 mm more for the legend.
    expect(planPrint(seedLayout, a4Landscape).areaHeightPx).toBeCloseTo((168 / 25.4) * 96, 6);
    const plan = planPrint(affiliatedLayout, a4Landscape);
    expect(plan.areaHeightPx).toBeCloseTo((162 / 25.4) * 96, 6);
    expect(plan.tiles).toHaveLength(1);
    checkPlan(affiliatedLayout, plan, a4Landscape);
  });
});
