// The office box sits centred over each row of its units, whatever the row count or the
// units per row, as on a printed 机构设置图 (a row balanced to an odd number, split around
// the trunk, aside); the row split behind it (rows.ts) keeps its promises.
import { describe, expect, it } from 'vitest';
import { arrangements, autoLayout } from '../../../shared/chart/auto.ts';
import { layoutChart } from '../../../shared/chart/layout.ts';
import { rowCounts } from '../../../shared/chart/rows.ts';
import type { ChartLayout } from '../../../shared/chart/types.ts';
import { baseOptions, flatOffice, measure } from './fixtures.ts';
import { officeOf, u } from './print-cases.ts';

/** The rows of units, top to bottom. */
function unitRows(layout: ChartLayout): ChartLayout['boxes'][] {
  const units = layout.boxes.filter((b) => b.key !== 'office');
  return [...new Set(units.map((b) => b.y))].sort((a, b) => a - b).map((y) => units.filter((b) => b.y === y));
}

/** How far the office box's centre lies from the middle of each row of units set
 *  symmetrically (an even number, or an odd last row under even ones), in px. */
function offCentre(layout: ChartLayout): number[] {
  const office = layout.boxes.find((b) => b.key === 'office')!;
  const centre = office.x + office.width / 2;
  const rows = unitRows(layout);
  const evenAbove = rows.slice(0, -1).every((r) => r.length % 2 === 0);
  return rows
    .filter((row, i) => row.length % 2 === 0 || (i === rows.length - 1 && evenAbove))
    .map((row) => {
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

describe('rows balanced to odd numbers', () => {
  it('13 at four a row: a grid of 4+3+3+3, its columns lined up, the office over the full row', () => {
    const layout = layoutChart(flatOffice(13), measure, { ...baseOptions, maxPerRow: 4 });
    const rows = unitRows(layout);
    expect(rows.map((r) => r.length)).toEqual([4, 3, 3, 3]);
    const columns = rows[0]!.map((b) => b.x);
    for (const row of rows.slice(1)) expect(row.map((b) => b.x)).toEqual(columns.slice(0, 3));
    expect(offCentre(layout)).toHaveLength(1);
    expect(offCentre(layout)[0]!).toBeLessThan(0.01);
  });
});

describe('rowCounts', () => {
  it('holds every unit, at most the limit a row, few rows; even rows above the last, or balanced', () => {
    const broken: string[] = [];
    for (let n = 1; n <= 60; n++)
      for (let max = 2; max <= 20; max++) {
        const rows = rowCounts(n, max);
        const symmetric = rows.slice(0, -1).every((r) => r % 2 === 0);
        // Balanced: rows differing by one at most, the fuller ones first.
        const balanced = rows.every((r, i) => r <= rows[0]! && r >= rows[0]! - 1 && (i === 0 || r <= rows[i - 1]!));
        const [above, last] = rows.length > 1 ? rows.slice(-2) : [0, rows[0]!];
        const ok =
          rows.reduce((a, b) => a + b, 0) === n &&
          rows.every((r) => r >= 1 && r <= max) &&
          (symmetric || balanced) &&
          // Nothing left over under a fuller row: a last row at most half the one above
          // only as the last of a column of pairs.
          (last! * 2 > above! || above! - last! <= 1) &&
          // An odd limit costs at most the rows of the even one below it.
          rows.length <= Math.ceil(n / (max - (max % 2)));
        if (!ok) broken.push(`${n} by ${max}: ${rows.join(',')}`);
      }
    expect(broken).toEqual([]);
  });

  it('balances what a symmetric split would leave over, and keeps symmetric splits that are even enough', () => {
    expect(rowCounts(13, 4)).toEqual([4, 3, 3, 3]);
    expect(rowCounts(9, 4)).toEqual([3, 3, 3]);
    expect(rowCounts(6, 4)).toEqual([3, 3]);
    expect(rowCounts(19, 6)).toEqual([5, 5, 5, 4]);
    expect(rowCounts(13, 5)).toEqual([4, 4, 5]);
    expect(rowCounts(11, 4)).toEqual([4, 4, 3]);
    expect(rowCounts(7, 2)).toEqual([2, 2, 2, 1]);
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
