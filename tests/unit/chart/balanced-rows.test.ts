// The chooser (auto.ts) does not wrap a group so that one box is left alone under a fuller
// row when the unwrapped layout prints nearly as large: a county court (its 执行局 with three
// sections, three 人民法庭) on portrait paper was set two a row, each three as 2+1.
import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/chart/auto.ts';
import type { ChartLayout } from '../../../shared/chart/types.ts';
import { baseOptions, measure } from './fixtures.ts';
import { officeOf, u } from './print-cases.ts';

/** For each parent, how many of its children sit on each row, top to bottom. */
function rowsUnder(layout: ChartLayout): number[][] {
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const kids = new Map<string, number[]>();
  for (const e of layout.edges) kids.set(e.from, [...(kids.get(e.from) ?? []), byKey.get(e.to)!.y]);
  return [...kids.values()].map((ys) =>
    [...new Set(ys)].sort((a, b) => a - b).map((y) => ys.filter((v) => v === y).length),
  );
}

const court = officeOf([
  ...['立案庭', '刑事审判庭', '民事审判庭', '行政审判庭', '审判管理办公室'].map((n) => u(n)),
  u(
    '执行局',
    ['执行指挥中心', '执行实施科', '执行裁决庭'].map((n) => u(n)),
  ),
  ...['政治部', '办公室', '司法警察大队'].map((n) => u(n)),
  ...['城关人民法庭', '高家堡人民法庭', '沙河人民法庭'].map((n) => u(n, [], 'affiliated')),
]);

describe('no lone box under a fuller row', () => {
  for (const paper of ['A4', 'A3'] as const)
    for (const orientation of ['portrait', 'landscape'] as const)
      it(`a county court on ${paper} ${orientation}`, () => {
        const layout = autoLayout(court, measure, { ...baseOptions, showPeople: false }, { paper, orientation });
        for (const rows of rowsUnder(layout))
          expect(rows.length > 1 && rows.at(-1) === 1 && rows.at(-2)! > 1, rows.join('+')).toBe(false);
      });

  it('unless the user asks for two a row', () => {
    const layout = autoLayout(court, measure, baseOptions, { paper: 'A4', orientation: 'portrait' }, { maxPerRow: 2 });
    expect(rowsUnder(layout).some((rows) => rows.join('+') === '2+1')).toBe(true);
  });
});
