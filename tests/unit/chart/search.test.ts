import { describe, expect, it } from 'vitest';
import { ancestorsOf, searchChart } from '../../../shared/chart/search.ts';
import { officeToChartTree } from '../../../shared/chart/model.ts';
import type { UnitKind, UnitNode } from '../../../shared/types.ts';
import { seedTree } from './fixtures.ts';

describe('searchChart', () => {
  it('highlights the path from the root to a unit matched by its alias', () => {
    const result = searchChart(seedTree(), '港澳事务处');
    expect(result.matches).toEqual(['u5']);
    expect(result.unitIds).toEqual([5]);
    expect([...result.onPath].sort()).toEqual(['office', 'u5']);
  });

  it('matches several units and nothing for a blank query', () => {
    expect(searchChart(seedTree(), '洲处').matches).toEqual(['u5', 'u6']);
    expect(searchChart(seedTree(), '  ').matches).toEqual([]);
  });

  it('finds ancestors that hide a match', () => {
    const root = seedTree();
    root.children[0]!.children.push({ key: 'u99', unitId: 99, name: '文电科', aliases: [], people: [], children: [] });
    const result = searchChart(root, '文电');
    expect([...result.onPath].sort()).toEqual(['office', 'u1', 'u99']);
    expect([...ancestorsOf(root, new Set(result.matches))].sort()).toEqual(['office', 'u1']);
  });
});

describe('officeToChartTree', () => {
  const unit = (
    id: number,
    order: number,
    name: string,
    units: UnitNode[] = [],
    kind: UnitKind = 'internal',
  ): UnitNode => ({
    id,
    officeId: 1,
    parentId: null,
    order,
    name,
    kind,
    aliases: [],
    formerNames: [],
    label: null,
    line: id,
    duties: [],
    people: [{ id, title: '处长', name: '李四', line: id }],
    units,
  });
  it('keeps source order and carries leaders and sub-units', () => {
    const tree = officeToChartTree({
      name: '某办公室',
      aliases: ['某牌子'],
      units: [unit(2, 1, '乙处'), unit(1, 0, '甲处', [unit(3, 0, '丙科')])],
    });
    expect(tree.children.map((c) => c.name)).toEqual(['甲处', '乙处']);
    expect(tree.children[0]!.children.map((c) => c.key)).toEqual(['u3']);
    expect(tree.children[1]!.people).toEqual(['处长：李四']);
    expect(tree.aliases).toEqual(['某牌子']);
  });

  it('puts the affiliated units after the internal ones, under labelled groups 内设机构 and 直属单位, each in source order', () => {
    const tree = officeToChartTree({
      name: '某办公室',
      aliases: [],
      units: [
        unit(4, 0, '服务中心', [unit(6, 0, '接待科', [], 'affiliated')], 'affiliated'),
        unit(2, 2, '乙处'),
        unit(5, 3, '研究所', [], 'affiliated'),
        unit(1, 1, '甲处'),
      ],
    });
    expect(tree.children.map((c) => [c.name, c.group, c.unitId])).toEqual([
      ['内设机构', true, null],
      ['直属单位', true, null],
    ]);
    expect(tree.children[0]!.children.map((c) => [c.name, c.affiliated])).toEqual([
      ['甲处', false],
      ['乙处', false],
    ]);
    expect(tree.children[1]!.children.map((c) => [c.name, c.affiliated])).toEqual([
      ['服务中心', true],
      ['研究所', true],
    ]);
    expect(tree.children[1]!.children[0]!.children.map((c) => [c.name, c.affiliated])).toEqual([['接待科', true]]);
  });

  it('an office with internal units only gets no group label', () => {
    const tree = officeToChartTree({ name: '某办公室', aliases: [], units: [unit(1, 0, '甲处'), unit(2, 1, '乙处')] });
    expect(tree.children.map((c) => [c.name, c.group])).toEqual([
      ['甲处', undefined],
      ['乙处', undefined],
    ]);
  });
});
