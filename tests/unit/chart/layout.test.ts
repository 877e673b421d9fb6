import { describe, expect, it } from 'vitest';
import { layoutChart, levelGapPx } from '../../../shared/chart/layout.ts';
import type { LayoutOptions } from '../../../shared/chart/types.ts';
import { baseOptions, flatOffice, measure, randomTree, SEED_UNIT_NAMES, seedTree } from './fixtures.ts';
import { edgeProblems, overlappingPairs } from './geometry.ts';
import { officeOf, u } from './print-cases.ts';

const base = baseOptions;

describe('layoutChart on the seed office', () => {
  it('puts the office on top and the nine units on one row below, in source order', () => {
    const layout = layoutChart(seedTree(), measure, base);
    expect(layout.boxes).toHaveLength(10);
    const office = layout.boxes.find((b) => b.key === 'office')!;
    expect(office.y).toBe(0);
    expect(office.texts.map((t) => t.text)).toEqual(['江西省人民政府外事办公室', '（省政府港澳事务办公室）']);
    const units = layout.boxes.filter((b) => b.key !== 'office').sort((a, b) => a.x - b.x);
    expect(units.map((b) => b.texts[0]!.text)).toEqual(SEED_UNIT_NAMES);
    for (const u of units) expect(u.y).toBeGreaterThan(office.y + office.height);
    expect(new Set(units.map((u) => u.y)).size).toBe(1);
    // The office is centred between the centres of its first and last unit (tidy tree).
    const centre = (b: (typeof units)[number]) => b.x + b.width / 2;
    const mid = (centre(units[0]!) + centre(units.at(-1)!)) / 2;
    expect(office.x + office.width / 2).toBeCloseTo(mid, 6);
  });

  it('sizes boxes to their text, and boxes of one level share the size of the largest', () => {
    const layout = layoutChart(seedTree(), measure, base);
    const box = (name: string) => layout.boxes.find((b) => b.texts[0]!.text === name)!;
    // 8 CJK characters at 14 px plus padding on both sides.
    expect(box('机关后勤服务中心').width).toBeGreaterThan(8 * 14);
    expect(box('综合处').width).toBe(box('机关后勤服务中心').width);
    // 亚洲处 has an alias line, so every unit box is two lines tall.
    expect(box('综合处').height).toBe(box('亚洲处').height);
    expect(box('综合处').height).toBeGreaterThan(2 * 14);
    // The short name stays centred in its wider box.
    expect(box('综合处').texts[0]!.x).toBeCloseTo(box('综合处').width / 2, 6);
  });

  it('draws a group label as a bar spanning its units', () => {
    const root = seedTree();
    const units = root.children;
    root.children = [
      { key: 'group-internal', unitId: null, name: '内设机构', aliases: [], people: [], group: true, children: units },
      {
        key: 'group-affiliated',
        unitId: null,
        name: '直属单位',
        aliases: [],
        people: [],
        group: true,
        children: [
          { key: 'u20', unitId: 20, name: '省外事服务中心', aliases: [], people: [], affiliated: true, children: [] },
        ],
      },
    ];
    const layout = layoutChart(root, measure, base);
    const bar = layout.boxes.find((b) => b.key === 'group-internal')!;
    expect(bar.group).toBe(true);
    expect(bar.vertical).toBe(false);
    const kids = layout.boxes.filter((b) => b.depth === 2 && !b.affiliated);
    expect(kids).toHaveLength(9);
    expect(bar.x).toBeCloseTo(Math.min(...kids.map((k) => k.x)), 6);
    expect(bar.x + bar.width).toBeCloseTo(Math.max(...kids.map((k) => k.x + k.width)), 6);
    expect(overlappingPairs(layout.boxes)).toEqual([]);
    expect(edgeProblems(layout, root, true)).toEqual([]);
  });

  it('shows aliases and, when asked, leaders', () => {
    const withPeople = layoutChart(seedTree(), measure, base);
    const texts = (l: typeof withPeople, name: string) =>
      l.boxes.find((b) => b.texts[0]!.text === name)!.texts.map((t) => t.text);
    expect(texts(withPeople, '亚洲处')).toEqual(['亚洲处', '（省港澳事务处）']);
    expect(texts(withPeople, '直属机关党委')).toEqual(['直属机关党委', '专职副书记：顾健红']);
    const without = layoutChart(seedTree(), measure, { ...base, showPeople: false });
    expect(texts(without, '直属机关党委')).toEqual(['直属机关党委']);
  });

  it('vertical text makes unit boxes taller than wide and the chart narrower', () => {
    const h = layoutChart(seedTree(), measure, base);
    const v = layoutChart(seedTree(), measure, { ...base, textMode: 'vertical' });
    const box = v.boxes.find((b) => b.texts[0]!.text === '机关后勤服务中心')!;
    expect(box.vertical).toBe(true);
    expect(box.height).toBeGreaterThan(box.width);
    expect(v.boxes.find((b) => b.key === 'office')!.vertical).toBe(false);
    expect(v.width).toBeLessThan(h.width);
    // Name column right of the alias column (vertical-rl reads right to left).
    const asia = v.boxes.find((b) => b.texts[0]!.text === '亚洲处')!;
    expect(asia.texts[0]!.x).toBeGreaterThan(asia.texts[1]!.x);
  });

  it('wraps nine units into rows of four and five around a trunk', () => {
    const layout = layoutChart(seedTree(), measure, { ...base, maxPerRow: 5 });
    const units = layout.boxes.filter((b) => b.key !== 'office');
    const rows = [...new Set(units.map((u) => u.y))].sort((a, b) => a - b);
    // Five in the first row would put three on one side of the trunk and two on the other.
    expect(rows).toHaveLength(2);
    expect(units.filter((u) => u.y === rows[0]).length).toBe(4);
    expect(units.filter((u) => u.y === rows[1]).length).toBe(5);
    expect(layout.width).toBeLessThan(layoutChart(seedTree(), measure, base).width);
    expect(edgeProblems(layout, seedTree(), true)).toEqual([]);
    // Reading order: first row left to right is the first four units.
    const firstRow = units.filter((u) => u.y === rows[0]).sort((a, b) => a.x - b.x);
    expect(firstRow.map((b) => b.texts[0]!.text)).toEqual(SEED_UNIT_NAMES.slice(0, 4));
  });

  it('two per row gives two columns flanking the trunk', () => {
    const layout = layoutChart(seedTree(), measure, { ...base, maxPerRow: 2 });
    const office = layout.boxes.find((b) => b.key === 'office')!;
    const trunk = office.x + office.width / 2;
    const units = layout.boxes.filter((b) => b.key !== 'office');
    const lastY = Math.max(...units.map((u) => u.y));
    expect(new Set(units.map((u) => u.y)).size).toBe(5);
    for (const u of units.filter((b) => b.y < lastY)) expect(u.x + u.width < trunk || u.x > trunk).toBe(true);
    // The ninth, alone on the last row, hangs centred on the trunk's end.
    const [last, ...more] = units.filter((b) => b.y === lastY);
    expect(more).toEqual([]);
    expect(last!.x + last!.width / 2).toBeCloseTo(trunk, 6);
    expect(edgeProblems(layout, seedTree(), true)).toEqual([]);
  });

  it('marks the boxes of affiliated units, laid out after the internal ones without overlap', () => {
    const root = seedTree();
    root.children.push(
      { key: 'u20', unitId: 20, name: '省外事服务中心', aliases: [], people: [], affiliated: true, children: [] },
      { key: 'u21', unitId: 21, name: '省国际交流中心', aliases: [], people: [], affiliated: true, children: [] },
    );
    const layout = layoutChart(root, measure, base);
    const units = layout.boxes.filter((b) => b.key !== 'office').sort((a, b) => a.x - b.x);
    expect(units.map((b) => [b.texts[0]!.text, b.affiliated])).toEqual([
      ...SEED_UNIT_NAMES.map((name) => [name, false]),
      ['省外事服务中心', true],
      ['省国际交流中心', true],
    ]);
    expect(layout.boxes.find((b) => b.key === 'office')!.affiliated).toBe(false);
    expect(overlappingPairs(layout.boxes)).toEqual([]);
    expect(edgeProblems(layout, root, true)).toEqual([]);
  });

  it('collapsing a branch hides its descendants and marks the box', () => {
    const root = randomTree(40, 7);
    const branch = root.children.find((c) => c.children.length > 0)!;
    const collapsed = new Set([branch.key]);
    const layout = layoutChart(root, measure, { ...base, collapsed });
    const hidden = new Set<string>();
    const walk = (n: typeof root) => n.children.forEach((c) => (hidden.add(c.key), walk(c)));
    walk(branch);
    expect(layout.boxes.some((b) => hidden.has(b.key))).toBe(false);
    const box = layout.boxes.find((b) => b.key === branch.key)!;
    expect(box.collapsed).toBe(true);
    expect(box.childCount).toBe(branch.children.length);
    expect(edgeProblems(layout, root, true, collapsed)).toEqual([]);
  });
});

describe('layoutChart geometry on generated trees', () => {
  const sizes = [1, 2, 3, 10, 30, 100, 300, 1000, 3000];
  const variants: Partial<LayoutOptions>[] = [
    {},
    { textMode: 'vertical' },
    { maxPerRow: 4 },
    { textMode: 'vertical', maxPerRow: 6 },
    { maxPerRow: 2 },
  ];
  for (const size of sizes) {
    for (const variant of variants) {
      it(`${size} boxes, ${JSON.stringify(variant)}: no overlaps, every edge parent bottom → child top`, () => {
        const root = randomTree(size, size * 31 + 1);
        const layout = layoutChart(root, measure, { ...base, ...variant });
        expect(layout.boxes).toHaveLength(size);
        expect(overlappingPairs(layout.boxes)).toEqual([]);
        expect(edgeProblems(layout, root, size <= 300)).toEqual([]);
        for (const b of layout.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(-1e-6);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 1e-6);
          expect(b.y + b.height).toBeLessThanOrEqual(layout.height + 1e-6);
        }
      });
    }
  }

  it('a flat office of 30 units wrapped into rows keeps all boxes apart', () => {
    const root = flatOffice(30);
    for (const maxPerRow of [15, 10, 8, 3]) {
      const layout = layoutChart(root, measure, { ...base, maxPerRow });
      expect(overlappingPairs(layout.boxes)).toEqual([]);
      expect(edgeProblems(layout, root, true)).toEqual([]);
      const ys = layout.boxes.filter((b) => b.key !== 'office').map((b) => b.y);
      const perRow = [...new Set(ys)].sort((a, b) => a - b).map((y) => ys.filter((v) => v === y).length);
      // Rows the trunk passes through are even (a box each side), so an odd limit holds
      // no more rows than the even one below it.
      for (const count of perRow) expect(count).toBeLessThanOrEqual(maxPerRow);
      for (const count of perRow.slice(0, -1)) expect(count % 2).toBe(0);
      expect(perRow.length).toBeLessThanOrEqual(Math.ceil(30 / (maxPerRow - (maxPerRow % 2))));
    }
  });
});

describe('a block of rows beside a branch with sub-units', () => {
  // 内设机构 with sub-units under two divisions, and three 直属单位 wrapped two a row.
  const root = officeOf([
    u('综合处', [u('秘书科'), u('档案科')]),
    u('财务处'),
    u('规划处'),
    u('监测处', [u('监测一科')]),
    u('第一服务中心', [], 'affiliated'),
    u('第二服务中心', [], 'affiliated'),
    u('第三服务中心', [], 'affiliated'),
  ]);
  for (const textMode of ['horizontal', 'vertical'] as const) {
    it(`${textMode}: sub-units hang one level gap below their division, not below the block's last row`, () => {
      const options = { ...base, textMode, maxPerRow: 2 };
      const layout = layoutChart(root, measure, options);
      const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
      const name = (key: string) => byKey.get(key)!.texts[0]!.text;
      const drops = layout.edges
        .filter((e) => ['综合处', '监测处'].includes(name(e.from)))
        .map((e) => byKey.get(e.to)!.y - (byKey.get(e.from)!.y + byKey.get(e.from)!.height));
      expect(drops).toHaveLength(3);
      for (const d of drops) expect(d).toBeCloseTo(levelGapPx(options), 6);
      // The block still holds two rows, and nothing overlaps.
      const affiliated = layout.boxes.filter((b) => b.affiliated && !b.group);
      expect(new Set(affiliated.map((b) => b.y)).size).toBe(2);
      expect(overlappingPairs(layout.boxes)).toEqual([]);
      expect(edgeProblems(layout, root, true)).toEqual([]);
    });
  }
});

describe('a block of rows beside a branch spreading under it', () => {
  // One division over five sections that each have a team: the sections spread wider than
  // their division, sideways under the wrapped block of the neighbouring division.
  const sections = ['甲', '乙', '丙', '丁', '戊'].map((c) => u(`${c}业务科`, [u(`${c}业务组`)]));
  const root = officeOf([u('左处', [u('左办', sections)]), u('右处', [u('右一科'), u('右二科'), u('右三科')])]);
  it('the block waits for the levels below when its lower rows would run into them', () => {
    const layout = layoutChart(root, measure, { ...base, maxPerRow: 2 });
    expect(overlappingPairs(layout.boxes)).toEqual([]);
    expect(edgeProblems(layout, root, true)).toEqual([]);
  });
});
