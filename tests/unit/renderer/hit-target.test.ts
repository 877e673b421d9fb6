import { describe, expect, it } from 'vitest';
import { dutyItemCount } from '../../../shared/duty-items.ts';
import { isTarget, targetClause } from '../../../renderer/hit-target.ts';
import { repeatedLabelLines } from '../../../shared/repeated-labels.ts';
import { href, parseRoute } from '../../../renderer/routes.ts';

describe('a search hit opens its item', () => {
  it('carries the item in the address and reads it back', () => {
    const to = href.unit(5, { kind: 'duty', line: 23, text: '负责因公出国护照、赴港澳通行证颁发和管理工作' });
    expect(parseRoute(to)).toEqual({
      name: 'unit',
      id: 5,
      target: { kind: 'duty', line: 23, text: '负责因公出国护照、赴港澳通行证颁发和管理工作' },
    });
    expect(parseRoute(href.office(2, { kind: 'honor', line: 40 }))).toEqual({
      name: 'office',
      id: 2,
      target: { kind: 'honor', line: 40 },
    });
    expect(href.unit(5)).toBe('#/unit/5');
  });

  it('drops a malformed target, keeping the page', () => {
    expect(parseRoute('#/unit/5?kind=nonsense&line=3')).toEqual({ name: 'unit', id: 5 });
    expect(parseRoute('#/unit/5?kind=duty&line=0')).toEqual({ name: 'unit', id: 5 });
    expect(parseRoute('#/office/5?kind=duty')).toEqual({ name: 'office', id: 5 });
  });

  it('cuts a long clause in the address and still finds it', () => {
    const clause =
      '归口管理外国驻华使领馆在赣活动负责协调我省参加各国驻华使领馆举办的活动负责我国驻外国使领馆的工作联络';
    const back = parseRoute(href.unit(1, { kind: 'duty', line: 9, text: clause }));
    const target = back.name === 'unit' ? back.target : undefined;
    expect(target?.text?.length).toBe(40);
    expect(targetClause(target, 9, ['承担其他工作', clause])).toBe(1);
    expect(targetClause(target, 10, ['承担其他工作', clause])).toBe(-1);
  });

  it('matches by kind and line', () => {
    expect(isTarget({ kind: 'person', line: 4 }, ['person'], 4)).toBe(true);
    expect(isTarget({ kind: 'person', line: 4 }, ['duty'], 4)).toBe(false);
    expect(isTarget(undefined, ['duty'], 4)).toBe(false);
  });
});

describe('repeatedLabelLines', () => {
  it('takes the lines of duplicate-label diagnostics only', () => {
    const lines = repeatedLabelLines([
      { code: 'duplicate-label', line: 23 },
      { code: 'skipped-label', line: 30 },
      { code: 'duplicate-label', line: 41 },
    ]);
    expect([...lines].sort((a, b) => a - b)).toEqual([23, 41]);
  });
});

describe('dutyItemCount', () => {
  it('counts a duty of several clauses as its clauses, any other duty as one', () => {
    expect(dutyItemCount([{ clauses: ['a', 'b', 'c'] }, { clauses: ['d'] }, { clauses: [] }])).toBe(5);
    expect(dutyItemCount([])).toBe(0);
  });
});
