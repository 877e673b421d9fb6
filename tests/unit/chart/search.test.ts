import { describe, expect, it } from 'vitest';
import { collapseAllKeys } from '../../../shared/chart/collapse.ts';
import { ancestorsOf, chartMatches } from '../../../shared/chart/search.ts';
import { officeToChartTree } from '../../../shared/chart/model.ts';
import type { UnitKind, UnitNode } from '../../../shared/types.ts';
import { seedTree } from './fixtures.ts';
import { zh } from '../../../renderer/locales/zh.ts';

const GROUPS = zh.printed.groups;

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

describe('chartMatches: the app search hits as chart boxes', () => {
  it('lights a unit found by a duty or a person, with the path from the root, best hit first and each unit once', () => {
    // 护照 is a duty of 出国(境)管理处 (u3); 顾健红 a person of 直属机关党委 (u8).
    const result = chartMatches(seedTree(), [
      { kind: 'duty', unitId: 3 },
      { kind: 'person', unitId: 8 },
      { kind: 'duty', unitId: 3 },
    ]);
    expect(result.matches).toEqual(['u3', 'u8']);
    expect(result.unitIds).toEqual([3, 8]);
    expect([...result.onPath].sort()).toEqual(['office', 'u3', 'u8']);
  });

  it('lights the office box for its own name or leader, not for office-level duties, honours or contacts', () => {
    const tree = seedTree();
    expect(chartMatches(tree, [{ kind: 'office', unitId: null }]).matches).toEqual(['office']);
    expect(chartMatches(tree, [{ kind: 'person', unitId: null }]).matches).toEqual(['office']);
    const officeLevel = chartMatches(tree, [
      { kind: 'duty', unitId: null },
      { kind: 'honor', unitId: null },
      { kind: 'contact', unitId: null },
    ]);
    expect(officeLevel.matches).toEqual([]);
    expect(officeLevel.onPath.size).toBe(0);
  });

  it('drops hits on units that are not in this chart (another office)', () => {
    expect(chartMatches(seedTree(), [{ kind: 'unit', unitId: 4242 }]).matches).toEqual([]);
  });

  it('finds ancestors that hide a match', () => {
    const root = seedTree();
    root.children[0]!.children.push({ key: 'u99', unitId: 99, name: '文电科', aliases: [], people: [], children: [] });
    const result = chartMatches(root, [{ kind: 'unit', unitId: 99 }]);
    expect([...result.onPath].sort()).toEqual(['office', 'u1', 'u99']);
    expect([...ancestorsOf(root, new Set(result.matches))].sort()).toEqual(['office', 'u1']);
  });
});

describe('collapseAllKeys', () => {
  it('folds every branch below the root, so the first level stays in view', () => {
    const root = seedTree();
    root.children[0]!.children.push({ key: 'u99', unitId: 99, name: '文电科', aliases: [], people: [], children: [] });
    root.children[2]!.children.push({
      key: 'u98',
      unitId: 98,
      name: '护照科',
      aliases: [],
      people: [],
      children: [{ key: 'u97', unitId: 97, name: '签证组', aliases: [], people: [], children: [] }],
    });
    expect([...collapseAllKeys(root)].sort()).toEqual(['u1', 'u3', 'u98']);
  });

  it('on a flat office folds the office itself instead of doing nothing', () => {
    expect([...collapseAllKeys(seedTree())]).toEqual(['office']);
  });

  it('with groups folds the groups, leaving 内设机构 and 直属单位 under the office', () => {
    const tree = officeToChartTree(
      {
        name: '某局',
        aliases: [],
        units: [unit(1, 0, '甲处'), unit(2, 1, '中心', [], 'affiliated')],
      },
      GROUPS,
    );
    expect([...collapseAllKeys(tree)].sort()).toEqual(['group-affiliated', 'group-internal']);
  });

  it('an office without units has nothing to fold', () => {
    expect(
      collapseAllKeys({ key: 'office', unitId: null, name: '某局', aliases: [], people: [], children: [] }).size,
    ).toBe(0);
  });
});

describe('officeToChartTree', () => {
  it('keeps source order and carries leaders and sub-units', () => {
    const tree = officeToChartTree(
      {
        name: '某办公室',
        aliases: ['某牌子'],
        units: [unit(2, 1, '乙处'), unit(1, 0, '甲处', [unit(3, 0, '丙科')])],
      },
      GROUPS,
    );
    expect(tree.children.map((c) => c.name)).toEqual(['甲处', '乙处']);
    expect(tree.children[0]!.children.map((c) => c.key)).toEqual(['u3']);
    expect(tree.children[1]!.people).toEqual(['处长：李四']);
    expect(tree.aliases).toEqual(['某牌子']);
  });

  it('puts the affiliated units after the internal ones, under labelled groups 内设机构 and 直属单位, each in source order', () => {
    const tree = officeToChartTree(
      {
        name: '某办公室',
        aliases: [],
        units: [
          unit(4, 0, '服务中心', [unit(6, 0, '接待科', [], 'affiliated')], 'affiliated'),
          unit(2, 2, '乙处'),
          unit(5, 3, '研究所', [], 'affiliated'),
          unit(1, 1, '甲处'),
        ],
      },
      GROUPS,
    );
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

  it('draws 派出机构 and 议事协调机构 as groups of their own, after 内设机构 and around 直属单位', () => {
    const tree = officeToChartTree(
      {
        name: '某县公安局',
        aliases: [],
        units: [
          unit(1, 0, '办公室'),
          unit(2, 1, '县禁毒委员会办公室', [], 'affiliated'),
          unit(3, 2, '城关派出所', [], 'affiliated'),
          unit(4, 3, '县看守所', [], 'affiliated'),
          unit(5, 4, '东乡派出所', [], 'affiliated'),
          unit(6, 5, '治安管理大队'),
        ],
      },
      GROUPS,
    );
    expect(tree.children.map((c) => [c.name, c.children.map((u) => u.name)])).toEqual([
      ['内设机构', ['办公室', '治安管理大队']],
      ['派出机构', ['城关派出所', '东乡派出所']],
      ['直属单位', ['县看守所']],
      ['议事协调机构', ['县禁毒委员会办公室']],
    ]);
    expect(tree.children.map((c) => c.key)).toEqual([
      'group-internal',
      'group-dispatched',
      'group-affiliated',
      'group-coordination',
    ]);
  });

  it('an office with only 派出机构 among its bodies under it gets no group label', () => {
    const tree = officeToChartTree(
      {
        name: '某局',
        aliases: [],
        units: [unit(1, 0, '甲分局', [], 'affiliated'), unit(2, 1, '乙分局', [], 'affiliated')],
      },
      GROUPS,
    );
    expect(tree.children.map((c) => [c.name, c.group, c.outside])).toEqual([
      ['甲分局', undefined, 'dispatched'],
      ['乙分局', undefined, 'dispatched'],
    ]);
  });

  it('an office with internal units only gets no group label', () => {
    const tree = officeToChartTree(
      { name: '某办公室', aliases: [], units: [unit(1, 0, '甲处'), unit(2, 1, '乙处')] },
      GROUPS,
    );
    expect(tree.children.map((c) => [c.name, c.group])).toEqual([
      ['甲处', undefined],
      ['乙处', undefined],
    ]);
  });
});
