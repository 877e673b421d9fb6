// Test fixtures for the chart: a deterministic text measurer, the seed office typed by hand
// from data/000_8d796a1540accf81.txt, and generated trees.
import type { ChartNode, LayoutOptions, MeasureText } from '../../../shared/chart/types.ts';
import { mulberry32 } from '../../../shared/random.ts';
import { SEED_UNIT_NAMES } from '../../fixtures/seed-expected.ts';

export { SEED_UNIT_NAMES };

/** Layout options of the tests: one row of horizontal text at the screen's 14 px. */
export const baseOptions: LayoutOptions = {
  textMode: 'horizontal',
  maxPerRow: Infinity,
  fontPx: 14,
  showPeople: true,
  collapsed: new Set(),
};

/** CJK and full-width characters are one em; anything else half an em. Vertical columns
 *  are one em thick and one em per character long. */
export const measure: MeasureText = (text, fontPx, vertical) => {
  const chars = [...text];
  if (vertical) return { width: fontPx, height: chars.length * fontPx };
  const ems = chars.reduce((sum, ch) => sum + (ch.codePointAt(0)! > 0x2e80 ? 1 : 0.5), 0);
  return { width: ems * fontPx, height: fontPx };
};

function unit(
  id: number,
  name: string,
  aliases: string[] = [],
  people: string[] = [],
  children: ChartNode[] = [],
): ChartNode {
  return { key: `u${id}`, unitId: id, name, aliases, people, children };
}

export function seedTree(): ChartNode {
  return {
    key: 'office',
    unitId: null,
    name: '江西省人民政府外事办公室',
    aliases: ['省政府港澳事务办公室'],
    people: [],
    children: SEED_UNIT_NAMES.map((name, i) =>
      unit(
        i + 1,
        name,
        name === '亚洲处' ? ['省港澳事务处'] : [],
        name === '直属机关党委' ? ['专职副书记：顾健红'] : [],
      ),
    ),
  };
}

/** An office with `n` top-level units and no sub-units. */
export function flatOffice(n: number): ChartNode {
  const children = Array.from({ length: n }, (_, i) => unit(i + 1, `第${i + 1}业务处`));
  return { key: 'office', unitId: null, name: '合成测试办公室', aliases: [], people: [], children };
}

const SYLLABLES = '综合人事财务规划外事礼宾领事安全亚洲欧洲美大非后勤服务中心党委办公科技信息法规宣传'.split('');

/** A random tree of exactly `size` boxes: each new box hangs under a random earlier one,
 *  biased towards recent boxes so depth and fan-out both vary. */
export function randomTree(size: number, seed: number): ChartNode {
  const random = mulberry32(seed);
  const name = (): string => {
    const len = 2 + Math.floor(random() * 7);
    return Array.from({ length: len }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('') + '处';
  };
  const root: ChartNode = {
    key: 'office',
    unitId: null,
    name: '生成测试办公室',
    aliases: [],
    people: [],
    children: [],
  };
  const all = [root];
  for (let id = 1; id < size; id++) {
    const pick =
      random() < 0.5
        ? all[Math.floor(random() * all.length)]!
        : all[Math.max(0, all.length - 1 - Math.floor(random() * 5))]!;
    const node = unit(id, name(), random() < 0.15 ? [name()] : [], random() < 0.1 ? ['处长：张三'] : []);
    pick.children.push(node);
    all.push(node);
  }
  return root;
}
