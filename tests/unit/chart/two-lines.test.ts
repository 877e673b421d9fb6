// One long name on a level would widen every box of it (boxes of one level share one size):
// the chooser (auto.ts) also tries each level's names on two lines of half the longest.
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import { planPrint } from '../../../shared/chart/page.ts';
import type { ChartNode, PrintSetup } from '../../../shared/chart/types.ts';
import { baseOptions, measure } from './fixtures.ts';

const LONG = '对外交流合作联络处';
const SHORT = [
  '综合处',
  '人事处',
  '财务处',
  '法规处',
  '规划处',
  '信息处',
  '宣传处',
  '审计处',
  '督查处',
  '安全处',
  '档案处',
];
/** Names of three to five characters, as most divisions' are. */
const MIXED = [
  ...SHORT,
  ...['综合事务处', '人事管理处', '财务资产处', '法规审查处', '规划发展处', '信息技术处', '宣传教育处', '审计监督处'],
  ...['督查科', '安全科', '档案科', '机要室', '保密室', '后勤科', '接待科', '统计科', '会计科'],
];

function office(names: string[]): ChartNode {
  return {
    key: 'office',
    unitId: null,
    name: '合成测试厅',
    aliases: [],
    people: [],
    children: names.map((name, i) => ({
      key: `u${i + 1}`,
      unitId: i + 1,
      name,
      aliases: [],
      people: [],
      children: [],
    })),
  };
}

const base = { ...baseOptions, showPeople: false };
const a4: PrintSetup = { paper: 'A4', orientation: 'landscape', fitToPage: true, minFontPt: 8 };

describe('two-line names', () => {
  it('set one 9-character name among names of 3 to 5 on two lines, its level narrower and its type larger', () => {
    const root = office([...MIXED.slice(0, 10), LONG, ...MIXED.slice(10)]);
    const a4Portrait: PrintSetup = { ...a4, orientation: 'portrait' };
    const layout = autoLayout(root, measure, base, a4Portrait, { textMode: 'horizontal' });
    const oneLine = autoLayout(root, measure, base, a4Portrait, { textMode: 'horizontal', twoLines: false });
    const units = layout.boxes.filter((b) => b.unitId !== null);
    const long = units.find((b) => b.unitId === 11)!;
    const lines = long.texts.filter((t) => t.kind === 'name').map((t) => t.text);
    // Two lines of at most five characters (half of nine, and one over for a break off the
    // middle), where one line took nine; the other names stay whole.
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(LONG);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(5);
    for (const b of units.filter((x) => x !== long)) expect(b.texts.filter((t) => t.kind === 'name')).toHaveLength(1);
    // One size for the level, about five ems of text and the padding, not nine.
    for (const b of units) expect([b.width, b.height]).toEqual([long.width, long.height]);
    expect(long.width).toBeLessThan(7 * base.fontPx);
    expect(planPrint(layout, a4Portrait).minFontPt).toBeGreaterThan(planPrint(oneLine, a4Portrait).minFontPt * 1.15);
  });

  it('leave a level of names of one length on one line where two lines print no larger', () => {
    // Twelve boxes of three characters: two lines would be no narrower (names of four
    // characters or fewer are not broken).
    const layout = autoLayout(office([...SHORT, '外事处']), measure, base, a4, { textMode: 'horizontal' });
    expect(layout.options.twoLines).toBeFalsy();
    for (const b of layout.boxes.filter((x) => x.unitId !== null))
      expect(b.texts.filter((t) => t.kind === 'name')).toHaveLength(1);
  });
});
