// Long names wrap inside chart boxes: at natural breaks, never inside a Latin word or a
// number, never leaving a bracket apart from what it encloses; boxes of a row share one size.
import { describe, expect, it } from 'vitest';
import { spokenLines } from '../../../shared/chart/box.ts';
import { layoutChart } from '../../../shared/chart/layout.ts';
import type { ChartNode } from '../../../shared/chart/types.ts';
import { wrapText } from '../../../shared/chart/wrap.ts';
import { baseOptions, measure } from './fixtures.ts';

/** Width in ems by the fixtures' measurer: CJK one em, anything else half. */
const ems = (s: string) => measure(s, 1, false).width;
const wrap = (text: string, measureEms: number) => wrapText(text, measureEms, 1, ems);

const LONG = [
  '中共江西省委机构编制委员会办公室',
  '江西省赣江新区临空组团开发建设管理委员会办公室',
  '省人民政府国有资产监督管理委员会产权管理与改革协调处',
  '市城市管理综合行政执法大队城区中队',
  '省推进长江经济带生态环境保护修复工作协调小组办公室',
  '国家税务总局江西省税务局第一稽查局',
  '市12345政务服务便民热线管理中心',
  'IT基础设施运维与信息安全保障中心',
  '省人民政府驻北京联络处综合协调与经济信息服务处',
];

describe('wrapText', () => {
  it('leaves a name that fits alone', () => {
    expect(wrap('综合处', 10)).toEqual(['综合处']);
    expect(wrap('中共江西省委机构编制委员会办公室', 16)).toEqual(['中共江西省委机构编制委员会办公室']);
  });

  it('never breaks inside a number or a Latin word', () => {
    expect(wrap('12345热线办公室', 6)).toEqual(['12345热线', '办公室']);
    // Even when the number alone is wider than the measure: it overflows, whole.
    expect(wrap('12345678热线', 3)).toEqual(['12345678', '热线']);
    expect(wrap('InformationTechnology中心', 5)).toEqual(['InformationTechnology', '中心']);
    for (const measureEms of [2, 3, 4]) {
      expect(wrap('IT运维中心', measureEms).join('|'), `${measureEms}`).not.toMatch(/[A-Z]\|[A-Z]/);
      expect(wrap('CBD建设管理办公室', measureEms).join('|'), `${measureEms}`).not.toMatch(/[A-Z]\|[A-Z]/);
    }
  });

  it('keeps brackets with what they enclose', () => {
    expect(wrap('出国（境）管理处', 4)).toEqual(['出国', '（境）', '管理处']);
  });

  it('breaks after a complete body rather than inside a word', () => {
    expect(wrap('国家税务总局江西省税务局第一稽查局', 7)).toEqual(['国家税务总局', '江西省税务局', '第一稽查局']);
  });

  it('wraps long names into balanced lines within the measure, losing no character', () => {
    for (const measureEms of [6, 8, 10, 12]) {
      for (const name of LONG) {
        const lines = wrap(name, measureEms);
        expect(lines.join(''), name).toBe(name);
        if (ems(name) > measureEms) expect(lines.length, name).toBeGreaterThan(1);
        for (const line of lines)
          expect(ems(line), `${line} of ${name} at ${measureEms}`).toBeLessThanOrEqual(measureEms);
        // Balanced: no line shorter than half the longest (a lone 室 on its own line is not).
        const widths = lines.map(ems);
        if (lines.length > 1) expect(Math.min(...widths) * 2.2, name).toBeGreaterThanOrEqual(Math.max(...widths));
        for (let i = 1; i < lines.length; i++) {
          expect(/[\dA-Za-z]$/.test(lines[i - 1]!) && /^[\dA-Za-z]/.test(lines[i]!), `${name}: split a number`).toBe(
            false,
          );
        }
      }
    }
  });
});

const unit = (id: number, name: string, aliases: string[] = []): ChartNode => ({
  key: `u${id}`,
  unitId: id,
  name,
  aliases,
  people: [],
  children: [],
});

describe('long names in the chart', () => {
  const root: ChartNode = {
    key: 'office',
    unitId: null,
    name: '中共江西省临空组团工作委员会江西省临空组团管理委员会',
    aliases: [],
    people: [],
    children: [
      unit(1, '办公室'),
      unit(2, '省人民政府国有资产监督管理委员会产权管理与改革协调处'),
      unit(3, '人事处', ['省推进长江经济带生态环境保护修复工作协调小组办公室']),
      unit(4, '12345热线办公室'),
    ],
  };

  for (const textMode of ['horizontal', 'vertical'] as const) {
    it(`${textMode}: boxes of a row share one size, no line past the measure, names whole`, () => {
      const layout = layoutChart(root, measure, { ...baseOptions, textMode });
      const units = layout.boxes.filter((b) => b.unitId !== null);
      expect(new Set(units.map((b) => b.width)).size).toBe(1);
      expect(new Set(units.map((b) => b.height)).size).toBe(1);
      const long = units.find((b) => b.key === 'u2')!;
      const nameLines = long.texts.filter((t) => t.kind === 'name');
      expect(nameLines.length).toBeGreaterThan(1);
      expect(nameLines.map((t) => t.text).join('')).toBe('省人民政府国有资产监督管理委员会产权管理与改革协调处');
      // A screen reader hears the name whole, then the alias.
      const withAlias = spokenLines(units.find((b) => b.key === 'u3')!);
      expect(withAlias.name).toBe('人事处');
      expect(withAlias.rest.join('')).toBe('（省推进长江经济带生态环境保护修复工作协调小组办公室）');
      expect(spokenLines(long).name).toBe('省人民政府国有资产监督管理委员会产权管理与改革协调处');
      // A unit's line is at most 10 ems of the 14 px type, whichever way it runs.
      for (const b of units)
        for (const t of b.texts) {
          const size = measure(t.text, t.fontPx, t.vertical);
          expect(t.vertical ? size.height : size.width, t.text).toBeLessThanOrEqual(10 * 14 + 1e-9);
        }
      // 竖排 columns start level at the top, as vertical text is set, however long each is.
      if (textMode === 'vertical') {
        const tops = long.texts.map((t) => t.y - measure(t.text, t.fontPx, true).height / 2);
        for (const top of tops) expect(top).toBeCloseTo(tops[0]!, 9);
      }
      // The office's name, alone on its level, takes a longer measure: two lines here, each
      // a whole body.
      const office = layout.boxes.find((b) => b.key === 'office')!;
      expect(office.texts.map((t) => t.text)).toEqual(['中共江西省临空组团工作委员会', '江西省临空组团管理委员会']);
      expect(units.find((b) => b.key === 'u4')!.texts.map((t) => t.text)).toEqual(['12345热线办公室']);
      // Wrapping keeps the smallest type the leader and alias size, not smaller.
      expect(layout.minFontPx).toBeCloseTo(14 * 0.8, 9);
    });
  }
});
