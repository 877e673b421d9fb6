import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import { layoutChart, levelGapPx } from '../../../shared/chart/layout.ts';
import { chartAreaPx, cutsBetween, pageSizeMm, planPrint, printedBounds } from '../../../shared/chart/page.ts';
import type { ChartNode, PrintSetup } from '../../../shared/chart/types.ts';
import { baseOptions, flatOffice, measure, randomTree, seedTree } from './fixtures.ts';
import { checkPlan, inside } from './plan-checks.ts';

const base = baseOptions;
const a4Landscape: PrintSetup = { paper: 'A4', orientation: 'landscape', fitToPage: true, minFontPt: 8 };
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

describe('cutsBetween', () => {
  it('cuts in the gaps between spans, never through one', () => {
    // Boxes 0–90, 100–190, 200–290, …: a window of 250 must cut before 200, at 195.
    const spans: [number, number][] = Array.from({ length: 10 }, (_, i) => [i * 100, i * 100 + 90]);
    const cuts = cutsBetween(0, 990, 250, spans, 5);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(990);
    expect(cuts[1]).toBe(195);
    for (const c of cuts) expect(spans.some(([a, b]) => a < c && c < b)).toBe(false);
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]! - cuts[i - 1]!).toBeLessThanOrEqual(250);
  });

  it('gives one piece when the length fits, however the floats fall', () => {
    // The defect of old: 0.1 + 0.2 style remainders made a second, identical tile.
    expect(cutsBetween(-7, -7 + 1047.5590551181103, 1047.5590551181103, [], 7)).toEqual([-7, -7 + 1047.5590551181103]);
    expect(cutsBetween(0, 0.30000000000000004, 0.1 + 0.2, [], 0)).toHaveLength(2);
  });

  it('cuts through a span only when it is longer than the window', () => {
    expect(cutsBetween(0, 500, 100, [[10, 400]], 5)).toEqual([0, 100, 200, 300, 400, 500]);
    // A span that fits a window goes whole onto the next piece.
    expect(cutsBetween(0, 300, 100, [[50, 140]], 5)).toEqual([0, 45, 145, 245, 300]);
  });
});

describe('planPrint', () => {
  it('fits the seed office on one A4 landscape page at 8 pt or more, the whole chart on it', () => {
    const layout = autoLayout(seedTree(), measure, base, a4Landscape);
    const plan = planPrint(layout, a4Landscape);
    expect(plan.tiles).toHaveLength(1);
    expect([plan.pageWidthMm, plan.pageHeightMm]).toEqual([297, 210]);
    const b = printedBounds(layout);
    expect(plan.tiles[0]).toMatchObject({ x: b.x, y: b.y, width: b.width, height: b.height, links: [] });
    checkPlan(layout, plan, a4Landscape);
  });

  it('tiles a single row of 60 boxes at 8 pt or more, cut between boxes, lines marked with the next page', () => {
    const layout = layoutChart(flatOffice(60), measure, base);
    const plan = planPrint(layout, a4Landscape);
    expect(plan.rows).toBe(1);
    expect(plan.cols).toBeGreaterThan(2);
    expect(plan.minFontPt).toBeGreaterThanOrEqual(8);
    checkPlan(layout, plan, a4Landscape);
    expect(plan.tiles.map((t) => [t.row, t.col])).toEqual(plan.tiles.map((_, i) => [0, i]));
    // The bus line runs across every cut: each tile links to its neighbours, left and right.
    plan.tiles.forEach((t, i) => {
      const to = t.links.map((l) => [l.side, l.to]);
      if (i > 0) expect(to).toContainEqual(['left', i]);
      if (i < plan.tiles.length - 1) expect(to).toContainEqual(['right', i + 2]);
    });
  });

  it('a tiled chart prints larger than the minimum when that costs no extra page', () => {
    const layout = layoutChart(flatOffice(60), measure, base);
    const plan = planPrint(layout, a4Landscape);
    const atMinimum = planPrint(layout, { ...a4Landscape, minFontPt: 8 });
    expect(plan.tiles).toHaveLength(atMinimum.tiles.length);
    // Grown until one more step would cost a page: the chart's width nearly fills the pages.
    const printedWidth = printedBounds(layout).width * plan.scale;
    expect(printedWidth).toBeGreaterThan(0.8 * plan.tiles.length * plan.areaWidthPx);
  });

  it('without fit-to-page prints 1:1 and tiles as needed', () => {
    const layout = layoutChart(seedTree(), measure, base);
    const setup: PrintSetup = { ...a4Landscape, paper: 'A4', orientation: 'portrait', fitToPage: false };
    const plan = planPrint(layout, setup);
    expect(plan.scale).toBe(1);
    expect(plan.cols).toBeGreaterThan(1);
    checkPlan(layout, plan, setup);
  });

  it('marks two branches running on to the same sheet across one cut once there, not side by side', () => {
    // Two divisions, each over two sections, in 竖排 type so large that a page holds one level:
    // both divisions' stems cross the cut under them to the one sheet holding the sections.
    const section = (id: number): ChartNode => ({
      key: `s${id}`,
      unitId: id,
      name: '综合业务管理科',
      aliases: [],
      people: [],
      children: [],
    });
    const division = (id: number): ChartNode => ({
      key: `d${id}`,
      unitId: id,
      name: '综合业务管理处',
      aliases: [],
      people: [],
      children: [section(id * 10 + 1), section(id * 10 + 2)],
    });
    const tree: ChartNode = {
      key: 'office',
      unitId: null,
      name: '合成测试局',
      aliases: [],
      people: [],
      children: [division(1), division(2)],
    };
    const layout = layoutChart(tree, measure, { ...base, textMode: 'vertical', fontPx: 60, showPeople: false });
    const setup: PrintSetup = { ...a4Landscape, fitToPage: false };
    const plan = planPrint(layout, setup);
    checkPlan(layout, plan, setup);
    const tileOf = (key: string) =>
      plan.tiles.find((t) =>
        inside(
          layout.boxes.find((b) => b.key === key)!,
          t,
        ),
      )!;
    const [divisions, sections] = [tileOf('d1'), tileOf('s11')];
    expect(tileOf('d2')).toBe(divisions);
    expect(tileOf('s21')).toBe(sections);
    expect(divisions.links.filter((l) => l.to === sections.index)).toHaveLength(1);
    expect(sections.links.filter((l) => l.to === divisions.index)).toHaveLength(1);
  });

  describe('at actual size, a chart a little wider than the page', () => {
    const actual: PrintSetup = { ...a4Landscape, fitToPage: false };
    const [aw, ah] = chartAreaPx(actual);
    /** A row of eight units at the type size (above 14 px) that makes its printed width
     *  `share` of the page's. */
    const sized = (share: number) => {
      const plain = printedBounds(layoutChart(flatOffice(8), measure, base)).width;
      // The width grows in proportion to the type size (gaps, boxes and padding alike).
      return layoutChart(flatOffice(8), measure, { ...base, fontPx: (base.fontPx * share * aw) / plain });
    };

    it('is shrunk onto one page when 2 % too wide, rather than tiled with a sliver', () => {
      const layout = sized(1.02);
      expect(printedBounds(layout).height).toBeLessThan(ah);
      const plan = planPrint(layout, actual);
      expect(plan.tiles).toHaveLength(1);
      expect(plan.scale).toBeCloseTo(1 / 1.02, 6);
    });

    it('is tiled at 1:1 when a fifth too wide', () => {
      const plan = planPrint(sized(1.2), actual);
      expect(plan.scale).toBe(1);
      expect(plan.tiles.length).toBeGreaterThan(1);
    });
  });

  it('cuts a row into columns of even width, so the last is no sliver of a sheet', () => {
    // A row of units at 1:1 a tenth wider than two pages: three columns.
    const setup: PrintSetup = { ...a4Landscape, fitToPage: false };
    const [aw] = chartAreaPx(setup);
    const pitch =
      (layoutChart(flatOffice(20), measure, base).width - layoutChart(flatOffice(10), measure, base).width) / 10;
    const layout = layoutChart(flatOffice(Math.ceil((2.1 * aw) / pitch)), measure, base);
    const plan = planPrint(layout, setup);
    const row = plan.tiles.filter((t) => t.row === plan.tiles.at(-1)!.row).map((t) => t.width);
    expect(row).toHaveLength(3);
    // Even within one box's pitch and the padding either side.
    expect(Math.max(...row) - Math.min(...row)).toBeLessThanOrEqual(pitch + base.fontPx);
    checkPlan(layout, plan, setup);
  });

  it('a row whose boxes fit a page but whose padding does not prints on one column', () => {
    // Rows of five boxes, taller than the page: tiled in rows at 1:1, each row as wide as the
    // page less half a type size (its padding of a whole one does not fit).
    const rows = { ...base, maxPerRow: 5 };
    const setup: PrintSetup = { ...a4Landscape, fitToPage: false };
    const [aw, ah] = chartAreaPx(setup);
    const plain = layoutChart(flatOffice(40), measure, rows).width / base.fontPx;
    const layout = layoutChart(flatOffice(40), measure, { ...rows, fontPx: aw / (plain + 0.5) });
    expect(printedBounds(layout).width).toBeGreaterThan(aw);
    expect(layout.height).toBeGreaterThan(ah);
    const plan = planPrint(layout, setup);
    expect(plan.rows).toBeGreaterThan(1);
    expect(plan.cols).toBe(1);
    checkPlan(layout, plan, setup);
  });

  const setups: PrintSetup[] = [
    a4Landscape,
    { paper: 'A4', orientation: 'portrait', fitToPage: true, minFontPt: 8 },
    { paper: 'A3', orientation: 'landscape', fitToPage: true, minFontPt: 8 },
    { paper: 'A3', orientation: 'portrait', fitToPage: true, minFontPt: 10 },
  ];
  for (const size of [1, 2, 10, 30, 100, 300]) {
    for (const setup of setups) {
      it(`${size} boxes on ${setup.paper} ${setup.orientation}: every box whole on exactly one page, text ≥ ${setup.minFontPt} pt`, () => {
        const layout = autoLayout(randomTree(size, size + 17), measure, base, setup);
        checkPlan(layout, planPrint(layout, setup), setup);
      });
    }
  }

  it('property: any tree, arrangement and paper — boxes on exactly one tile, no identical or overlapping tiles', () => {
    const arbitrary = fc.record({
      size: fc.integer({ min: 1, max: 160 }),
      seed: fc.integer({ min: 1, max: 1e6 }),
      textMode: fc.constantFrom('horizontal' as const, 'vertical' as const),
      maxPerRow: fc.constantFrom(Infinity, 2, 3, 5, 8, 20),
      paper: fc.constantFrom('A4' as const, 'A3' as const),
      orientation: fc.constantFrom('landscape' as const, 'portrait' as const),
      minFontPt: fc.constantFrom(8, 10, 14),
      fitToPage: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, ({ size, seed, textMode, maxPerRow, ...setup }) => {
        const layout = layoutChart(randomTree(size, seed), measure, { ...base, textMode, maxPerRow });
        checkPlan(layout, planPrint(layout, setup), setup);
      }),
      { numRuns: 60 },
    );
  });
});

describe('autoLayout: the most legible layout', () => {
  const sizes = [5, 9, 14, 22, 35, 60];
  const papers = ['landscape', 'portrait'] as const;

  it('picks the candidate with the largest smallest type, so 竖排 or rows win where they print larger', () => {
    // The seed on A4 landscape: the chooser's pick prints larger than one row of horizontal
    // text, the arrangement it used to keep, and at least as large as any candidate tried here.
    const chosen = planPrint(autoLayout(seedTree(), measure, base, a4Landscape), a4Landscape);
    const oneRow = planPrint(layoutChart(seedTree(), measure, base), a4Landscape);
    expect(chosen.minFontPt).toBeGreaterThan(oneRow.minFontPt * 1.2);
    for (const textMode of ['horizontal', 'vertical'] as const) {
      for (const maxPerRow of [Infinity, 5, 3, 2]) {
        const other = planPrint(layoutChart(seedTree(), measure, { ...base, textMode, maxPerRow }), a4Landscape);
        expect(chosen.minFontPt).toBeGreaterThanOrEqual(other.minFontPt * 0.99);
      }
    }
  });

  for (const n of sizes) {
    for (const orientation of papers) {
      it(`${n} units, ${orientation}: one page at 8 pt or more, and A3 type at least as large as A4`, () => {
        const a4 = { paper: 'A4', orientation, fitToPage: true, minFontPt: 8 } as const;
        const a3 = { ...a4, paper: 'A3' } as const;
        const p4 = planPrint(autoLayout(flatOffice(n), measure, base, a4), a4);
        const p3 = planPrint(autoLayout(flatOffice(n), measure, base, a3), a3);
        expect(p4.tiles).toHaveLength(1);
        expect(p4.minFontPt).toBeGreaterThanOrEqual(8);
        expect(p3.minFontPt).toBeGreaterThanOrEqual(p4.minFontPt - 1e-9);
      });
    }
  }

  it('a one-page chart of two or more units fills its page: at least half its width or height', () => {
    for (const n of [2, 3, ...sizes]) {
      for (const setup of [a4Landscape, { ...a4Landscape, paper: 'A3' as const, orientation: 'portrait' as const }]) {
        const layout = autoLayout(flatOffice(n), measure, base, setup);
        const plan = planPrint(layout, setup);
        const b = printedBounds(layout);
        const spanW = (b.width * plan.scale) / ((plan.pageWidthMm * 96) / 25.4);
        const spanH = (b.height * plan.scale) / ((plan.pageHeightMm * 96) / 25.4);
        expect(Math.max(spanW, spanH), `${n} units on ${setup.paper}`).toBeGreaterThanOrEqual(0.5);
      }
    }
  });

  it('an office of no unit or one unit prints at a modest size, not as a poster', () => {
    for (const n of [0, 1]) {
      const layout = autoLayout(flatOffice(n), measure, base, a4Landscape);
      const plan = planPrint(layout, a4Landscape);
      expect(plan.tiles).toHaveLength(1);
      // The size cap: 14 px names × 1.6 on A4 = 22.4 px = 16.8 pt (the office's name larger).
      const unitPt = n === 0 ? 16.8 * 1.25 : 16.8;
      expect(plan.minFontPt, `${n} units`).toBeCloseTo(unitPt, 6);
    }
  });

  it('hangs a lone unit a plain level gap below the office, not on a stem stretched to fill the page', () => {
    for (const setup of [a4Landscape, { ...a4Landscape, orientation: 'portrait' as const }]) {
      const layout = autoLayout(flatOffice(1), measure, base, setup);
      const [office, unit] = [layout.boxes.find((b) => b.unitId === null)!, layout.boxes.find((b) => b.unitId)!];
      expect(unit.y - (office.y + office.height), setup.orientation).toBeCloseTo(levelGapPx(base), 6);
    }
  });

  it('spreads two units apart across the page instead of printing them large', () => {
    const layout = autoLayout(flatOffice(2), measure, base, a4Landscape);
    const plan = planPrint(layout, a4Landscape);
    expect(plan.minFontPt).toBeCloseTo(16.8, 6);
    const [a, b] = layout.boxes.filter((x) => x.key !== 'office').sort((p, q) => p.x - q.x);
    // Far more than the 0.8 em a plain layout leaves between siblings: several box widths.
    expect(b!.x - (a!.x + a!.width)).toBeGreaterThan(2 * a!.width);
    expect(a!.y).toBe(b!.y);
  });

  it('prefers text set across when names hold Latin letters or digits, which 竖排 stacks upright', () => {
    const common = ['出国（境）管理处', '政策法规处', '综合业务处', '办公室', '人事教育处', '财务审计处', '安全监管处'];
    const more = ['信息宣传处', '规划发展处', '科技装备处', '应急管理处', '督查督办处', '信访接待处', '档案保密处'];
    const rest = ['老干部处', '机关党委', '离退休干部处', '交流合作处', '统计分析处'];
    const office = (first: string[]): ChartNode => ({
      key: 'office',
      unitId: null,
      name: '测试局',
      aliases: [],
      people: [],
      children: [...first, ...common, ...more, ...rest].map((name, i) => ({
        key: `u${i + 1}`,
        unitId: i + 1,
        name,
        aliases: [],
        people: [],
        children: [],
      })),
    });
    // Names one line each, so the two directions of the same boxes are compared (two-line
    // names set across print larger still, for both spellings).
    const chosen = (first: string[]) =>
      autoLayout(office(first), measure, base, a4Landscape, { twoLines: false }).options.textMode;
    // Spelled in Chinese, 竖排 prints a little larger and wins...
    expect(chosen(['一二三四五热线办公室', '信息运维中心', '五代网络建设推进处'])).toBe('vertical');
    // ...and would with 12, IT and 5G too (16.3 pt against 15.1 pt across), but not by enough
    // to set them letter by letter down a column.
    expect(chosen(['12热线办公室', 'IT运维中心处', '5G网络建设推进处'])).toBe('horizontal');
  });

  it('honours a fixed choice: vertical text stays vertical', () => {
    const layout = autoLayout(flatOffice(30), measure, base, a4Landscape, { textMode: 'vertical' });
    expect(layout.options.textMode).toBe('vertical');
    expect(layout.boxes.filter((b) => b.key !== 'office').every((b) => b.vertical)).toBe(true);
  });

  it('does not keep 30 horizontal boxes on one row when that would print below 8 pt', () => {
    const layout = autoLayout(flatOffice(30), measure, base, a4Landscape, { textMode: 'horizontal' });
    expect(layout.options.maxPerRow).toBeLessThan(30);
    expect(planPrint(layout, a4Landscape).tiles).toHaveLength(1);
  });

  it('when nothing fits one page at 8 pt, picks the arrangement needing the fewest tiles', () => {
    const root = randomTree(300, 5);
    const chosen = planPrint(autoLayout(root, measure, base, a4Landscape), a4Landscape).tiles.length;
    for (const textMode of ['horizontal', 'vertical'] as const) {
      for (const maxPerRow of [Infinity, 3]) {
        const other = planPrint(layoutChart(root, measure, { ...base, textMode, maxPerRow }), a4Landscape).tiles.length;
        expect(chosen).toBeLessThanOrEqual(other);
      }
    }
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
  it('takes its height off the chart area only when dashed boxes are drawn without group bars', () => {
    const seedLayout = autoLayout(seedTree(), measure, base, a4Landscape);
    const withAffiliated = seedTree();
    withAffiliated.children.push({
      key: 'u20',
      unitId: 20,
      name: '省外事服务中心',
      aliases: [],
      people: [],
      affiliated: true,
      children: [],
    });
    const affiliatedLayout = autoLayout(withAffiliated, measure, base, a4Landscape);
    // 297 × 210 mm less 10 mm margins, a 14 mm header and an 8 mm footer; 6 mm more for the legend.
    expect(planPrint(seedLayout, a4Landscape).areaHeightPx).toBeCloseTo((168 / 25.4) * 96, 6);
    const plan = planPrint(affiliatedLayout, a4Landscape);
    expect(plan.areaHeightPx).toBeCloseTo((162 / 25.4) * 96, 6);
    expect(plan.tiles).toHaveLength(1);
    checkPlan(affiliatedLayout, plan, a4Landscape);
    // With the groups labelled (内设机构, 直属单位) the legend says nothing more.
    const grouped = seedTree();
    grouped.children = [
      {
        key: 'group-internal',
        unitId: null,
        name: '内设机构',
        aliases: [],
        people: [],
        group: true,
        children: grouped.children,
      },
      {
        key: 'group-affiliated',
        unitId: null,
        name: '直属单位',
        aliases: [],
        people: [],
        group: true,
        children: [withAffiliated.children.at(-1)!],
      },
    ];
    expect(planPrint(autoLayout(grouped, measure, base, a4Landscape), a4Landscape).areaHeightPx).toBeCloseTo(
      (168 / 25.4) * 96,
      6,
    );
  });
});
