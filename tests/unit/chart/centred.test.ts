// The office box sits centred over each row of its units, whatever the row count or the
// units per row, as on a printed 机构设置图; the row split behind it (rows.ts) keeps its promises.
import { describe, expect, it } from 'vitest';
import { arrangements, autoLayout } from '../../../shared/chart/auto.ts';
import { layoutChart } from '../../../shared/chart/layout.ts';
import { rowCounts } from '../../../shared/chart/rows.ts';
import type { ChartLayout } from '../../../shared/chart/types.ts';
import { baseOptions, flatOffice, measure } from './fixtures.ts';
import { officeOf, u } from './print-cases.ts';

/** How far the office box's centre lies from the middle of each row of units, in px. */
function offCentre(layout: ChartLayout): number[] {
  const office = layout.boxes.find((b) => b.key === 'office')!;
  const centre = office.x + office.width / 2;
  const units = layout.boxes.filter((b) => b.key !== 'office');
  return [...new Set(units.map((b) => b.y))].map((y) => {
    const row = units.filter((b) => b.y === y);
    const lo = Math.min(...row.map((b) => b.x));
    const hi = Math.max(...row.map((b) => b.x + b.width));
    return Math.abs(centre - (lo + hi) / 2);
  });
}

describe('the office centred over its units', () => {
  for (const n of [7, 11, 13]) {
    it(`${n} units: on every paper the chosen layout, and every candidate, is centred`, () => {
      const root = flatOffice(n);
      for (const paper of ['A4', 'A3'] as const)
        for (const orientation of ['landscape', 'portrait'] as const) {
          const chosen = autoLayout(root, measure, baseOptions, { paper, orientation });
          for (const d of offCentre(chosen)) expect(d, `${paper} ${orientation}`).toBeLessThan(0.01);
        }
      for (const a of arrangements(root, new Set()))
        for (const d of offCentre(layoutChart(root, measure, { ...baseOptions, ...a })))
          expect(d, JSON.stringify(a)).toBeLessThan(0.01);
    });
  }
});

describe('rowCounts', () => {
  it('holds every unit, at most the limit a row, even rows above the last, few rows', () => {
    const broken: string[] = [];
    for (let n = 1; n <= 60; n++)
      for (let max = 2; max <= 20; max++) {
        const rows = rowCounts(n, max);
        const ok =
          rows.reduce((a, b) => a + b, 0) === n &&
          rows.every((r) => r >= 1 && r <= max) &&
          rows.slice(0, -1).every((r) => r % 2 === 0) &&
          // An odd limit costs at most the rows of the even one below it.
          rows.length <= Math.ceil(n / (max - (max % 2)));
        if (!ok) broken.push(`${n} by ${max}: ${rows.join(',')}`);
      }
    expect(broken).toEqual([]);
  });

  it('one per row is one column', () => {
    expect(rowCounts(4, 1)).toEqual([1, 1, 1, 1]);
  });
});

describe('the office centred over unequal groups', () => {
  it('stands over the middle of the bars, not between their centres', () => {
    const root = officeOf([
      ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((c) => u(`第${c}业务庭`)),
      ...['东', '西', '南'].map((c) => u(`城${c}人民法庭`, [], 'affiliated')),
    ]);
    for (const textMode of ['horizontal', 'vertical'] as const) {
      const layout = layoutChart(root, measure, { ...baseOptions, textMode });
      const bars = layout.boxes.filter((b) => b.group);
      expect(bars).toHaveLength(2);
      const office = layout.boxes.find((b) => b.key === 'office')!;
      const lo = Math.min(...bars.map((b) => b.x));
      const hi = Math.max(...bars.map((b) => b.x + b.width));
      expect(office.x + office.width / 2, textMode).toBeCloseTo((lo + hi) / 2, 6);
    }
  });
});
