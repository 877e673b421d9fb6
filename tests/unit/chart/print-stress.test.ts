// Print setups beyond the matrix, at the layout and paginator level (the e2e print-stress
// spec prints a sample of them through Chromium): offices of 0 to 150 units, 20–30
// character names, five levels, a unit with 30 sub-units, every text direction and
// units-per-row forced, fit on and off, on A4 and A3 in both orientations.
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import { layoutChart } from '../../../shared/chart/layout.ts';
import { planPrint } from '../../../shared/chart/page.ts';
import type { ChartNode, PrintSetup, TextMode } from '../../../shared/chart/types.ts';
import { verticalCentres, verticalCells, verticalLength } from '../../../shared/chart/vertical.ts';
import { baseOptions, flatOffice, measure } from './fixtures.ts';
import { checkPrint } from './plan-checks.ts';

const node = (key: string, name: string, children: ChartNode[] = []): ChartNode => ({
  key,
  unitId: Number(key.slice(1)),
  name,
  aliases: [],
  people: [],
  children,
});

const office = (name: string, children: ChartNode[]): ChartNode => ({
  ...node('o0', name, children),
  key: 'office',
  unitId: null,
});

/** Names of 20 to 30 characters mixed with 3-character ones. */
const LONG = [
  '江西省赣江新区临空组团开发建设管理委员会办公室',
  '省人民政府国有资产监督管理委员会产权管理与改革协调处',
  '全省农村集体经济组织产权制度改革工作领导小组办公室',
  '省数字经济和信息化产业高质量发展专项工作推进办公室',
];

function shapes(): Record<string, ChartNode> {
  let id = 1000;
  const chain = (depth: number): ChartNode => node(`u${id++}`, `第${depth}层单位`, depth < 5 ? [chain(depth + 1)] : []);
  return {
    'office only': flatOffice(0),
    '1 unit': flatOffice(1),
    '2 units': flatOffice(2),
    '3 units': flatOffice(3),
    '100 units': flatOffice(100),
    '150 units': flatOffice(150),
    '300 units': flatOffice(300),
    'long and short names': office(
      '长名称测试委员会',
      [...LONG, '办公室', '人事处', '财务处'].map((n, i) => node(`u${i + 1}`, n)),
    ),
    'five levels': office('五层测试局', [chain(1), chain(1), node('u1', '办公室')]),
    'latin, digits and a 34-character office name': office(
      '中共江西省赣江新区临空组团工作委员会江西省赣江新区临空组团管理委员会办公室',
      ['12345热线办公室', 'IT运维中心', '5G网络建设推进处', 'CBD建设管理办公室', ...LONG].map((n, i) =>
        node(`u${i + 1}`, n),
      ),
    ),
    'a unit with 40 sub-units': office('四十科测试局', [
      node('u1', '办公室'),
      node(
        'u2',
        '综合业务处',
        Array.from({ length: 40 }, (_, i) => node(`u${i + 100}`, `业务第${i + 1}科`)),
      ),
      node('u3', '人事处'),
    ]),
    'a unit with 30 sub-units': office('三十科测试局', [
      node(
        'u1',
        '综合业务处',
        Array.from({ length: 30 }, (_, i) => node(`u${i + 100}`, `业务第${i + 1}科`)),
      ),
      node('u2', '办公室'),
    ]),
  };
}

type Paper = Pick<PrintSetup, 'paper' | 'orientation'>;
const PAPERS: Paper[] = [
  { paper: 'A4', orientation: 'landscape' },
  { paper: 'A4', orientation: 'portrait' },
  { paper: 'A3', orientation: 'landscape' },
  { paper: 'A3', orientation: 'portrait' },
];

describe('printing offices of every shape', () => {
  const all = shapes();
  for (const [name, root] of Object.entries(all)) {
    it(`${name}: chosen layout on A4 and A3, both orientations, A3 never smaller`, () => {
      for (const orientation of ['landscape', 'portrait'] as const) {
        const pt: number[] = [];
        for (const paper of ['A4', 'A3'] as const) {
          const setup: PrintSetup = { paper, orientation, fitToPage: true, minFontPt: 8 };
          const layout = autoLayout(root, measure, baseOptions, setup);
          const plan = planPrint(layout, setup);
          checkPrint(layout, plan, setup);
          pt.push(plan.minFontPt);
        }
        expect(pt[1]!, `${name} ${orientation}`).toBeGreaterThanOrEqual(pt[0]! - 1e-9);
      }
    });
  }

  const forced: { textMode: TextMode; maxPerRow: number }[] = (['horizontal', 'vertical'] as const).flatMap(
    (textMode) => [1, 2, 7, 30, 100, Infinity].map((maxPerRow) => ({ textMode, maxPerRow })),
  );
  for (const name of ['100 units', 'long and short names', 'five levels', 'a unit with 30 sub-units']) {
    it(`${name}: every text direction and units per row, fit on and off, every paper`, () => {
      for (const f of forced) {
        const layout = layoutChart(all[name]!, measure, { ...baseOptions, ...f });
        for (const paper of name === '100 units' ? PAPERS.slice(0, 2) : PAPERS)
          for (const fitToPage of [true, false]) {
            const setup: PrintSetup = { ...paper, fitToPage, minFontPt: 8 };
            checkPrint(layout, planPrint(layout, setup), setup);
          }
      }
    });
  }

  it('a column of one unit per row hangs every unit under the one before it', () => {
    const layout = layoutChart(flatOffice(5), measure, { ...baseOptions, maxPerRow: 1 });
    const units = layout.boxes.filter((b) => b.key !== 'office').sort((a, b) => a.y - b.y);
    expect(new Set(units.map((u) => u.x)).size).toBe(1);
    expect(new Set(units.map((u) => u.y)).size).toBe(5);
  });
});

describe('vertical text', () => {
  it('sets one character per em, centred on the run, brackets turned', () => {
    expect(verticalCells('出国（境）管理处')).toEqual(['出', '国', '︵', '境', '︶', '管', '理', '处']);
    expect(verticalCentres('综合处', 10, 100)).toEqual([90, 100, 110]);
    expect(verticalCentres('办公', 12, 0)).toEqual([-6, 6]);
  });

  it('sets a short Latin or digit run across one cell, a long one in balanced cells of up to three', () => {
    expect(verticalCells('ICT处')).toEqual(['ICT', '处']);
    expect(verticalCells('12345热线')).toEqual(['123', '45', '热', '线']);
    expect(verticalCells('5G网络中心')).toEqual(['5G', '网', '络', '中', '心']);
    expect(verticalCells('CT室MRI室')).toEqual(['CT', '室', 'MRI', '室']);
    expect(verticalCells('ABCDEFG')).toEqual(['ABC', 'DE', 'FG']);
    // Half-width brackets still turn: they are not letters set across.
    expect(verticalCells('A(B)')).toEqual(['A', '︵', 'B', '︶']);
    expect(verticalLength('12345热线', 10)).toBe(40);
    expect(verticalCentres('IT科', 10, 0)).toEqual([-5, 5]);
  });
});
