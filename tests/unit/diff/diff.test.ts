// The office diff on small offices written by hand: renames (by name and by work), moves,
// reorders, duty changes and the one-line summary.
import { describe, expect, it } from 'vitest';
import { diffOffices, type DiffOffice, type DiffUnit } from '../../../shared/diff/index.ts';

let line = 1;
function unit(name: string, duties: string[] = [], units: DiffUnit[] = [], extra: Partial<DiffUnit> = {}): DiffUnit {
  return {
    name,
    kind: 'internal',
    aliases: [],
    formerNames: [],
    line: line++,
    duties: duties.map((text) => ({ text, line: line++ })),
    units,
    ...extra,
  };
}
const office = (units: DiffUnit[], duties: string[] = [], name = '样例市外事办公室'): DiffOffice => ({
  name,
  units,
  duties: duties.map((text) => ({ text, line: line++ })),
});

const secretary = () => unit('秘书处', ['负责文电、会务、机要、档案等机关日常运转工作。']);
const asia = () => unit('亚洲处', ['负责与亚洲国家的交往事务，承办有关外事活动。']);
const europe = () => unit('欧洲处', ['负责与欧洲国家的交往事务，承办有关外事活动。']);
const consular = () => unit('领事处', ['负责领事保护和协助工作，办理外国人案件通报。']);

describe('diffOffices', () => {
  it('finds nothing between equal offices', () => {
    const d = diffOffices(office([secretary(), asia()]), office([secretary(), asia()]));
    expect(d.unitsAdded).toEqual([]);
    expect(d.unitsRemoved).toEqual([]);
    expect(d.unitsRenamed).toEqual([]);
    expect(d.duties).toEqual([]);
    expect(d.summary).toBe('无变化');
  });

  it('counts added and removed units and changed duties in one line', () => {
    const before = office([secretary(), asia(), consular()]);
    const after = office([
      unit('秘书处', ['负责文电、会务、机要、档案、保密等机关日常运转工作。']),
      asia(),
      unit('国际合作处', ['负责对外友好城市工作，承办国际会议的组织协调。']),
      unit('新闻处', ['负责外事新闻发布工作。']),
    ]);
    const d = diffOffices(before, after);
    expect(d.unitsAdded.map((u) => u.name)).toEqual(['国际合作处', '新闻处']);
    expect(d.unitsRemoved.map((u) => u.name)).toEqual(['领事处']);
    expect(d.duties.map((c) => [c.kind, c.unit])).toEqual([['changed', '秘书处']]);
    expect(d.summary).toBe('新增 2 个处室，撤销 1 个，1 项职责有变化');
  });

  it('sees a unit whose name gained characters as renamed, not removed and added', () => {
    const d = diffOffices(
      office([secretary(), asia(), europe()]),
      office([
        secretary(),
        unit(
          '亚洲事务处',
          asia().duties.map((x) => x.text),
        ),
        europe(),
      ]),
    );
    expect(d.unitsAdded).toEqual([]);
    expect(d.unitsRemoved).toEqual([]);
    expect(d.unitsRenamed.map((r) => [r.before.name, r.after.name])).toEqual([['亚洲处', '亚洲事务处']]);
    expect(d.unitsRenamed[0]!.similarity).toBeGreaterThan(0.5);
    expect(d.summary).toBe('更名 1 个处室');
  });

  it('sees a unit renamed outright as renamed when its duties and place stayed', () => {
    const work = ['负责机关政务综合协调，起草重要文稿，承担信息、督查工作。'];
    const d = diffOffices(
      office([unit('综合处', work), asia(), europe()]),
      office([unit('办公室', work), asia(), europe()]),
    );
    expect(d.unitsRenamed.map((r) => [r.before.name, r.after.name])).toEqual([['综合处', '办公室']]);
    expect(d.unitsAdded).toEqual([]);
  });

  it('does not pair two different units that only share the generic 处', () => {
    const d = diffOffices(
      office([secretary(), asia()]),
      office([secretary(), unit('法规处', ['负责外事法律法规的起草和审核。'])]),
    );
    expect(d.unitsRenamed).toEqual([]);
    expect(d.unitsRemoved.map((u) => u.name)).toEqual(['亚洲处']);
    expect(d.unitsAdded.map((u) => u.name)).toEqual(['法规处']);
  });

  it('matches a unit by the alias or former name the newer version lists for it', () => {
    const d = diffOffices(
      office([unit('港澳处')]),
      office([unit('港澳台事务处', [], [], { formerNames: ['港澳处'] })]),
    );
    expect(d.unitsRenamed.map((r) => [r.before.name, r.after.name])).toEqual([['港澳处', '港澳台事务处']]);
    expect(d.unitsRenamed[0]!.similarity).toBe(1);
  });

  it('reports a unit put under another parent as moved', () => {
    const before = office([unit('办公室', [], [unit('档案室', ['管理机关档案。'])]), unit('人事处')]);
    const after = office([unit('办公室'), unit('人事处', [], [unit('档案室', ['管理机关档案。'])])]);
    const d = diffOffices(before, after);
    expect(d.unitsMoved.map((m) => [m.before.path, m.after.path, m.after.name])).toEqual([
      [['办公室'], ['人事处'], '档案室'],
    ]);
    expect(d.unitsAdded).toEqual([]);
    expect(d.unitsRemoved).toEqual([]);
    expect(d.summary).toBe('调整隶属 1 个处室');
  });

  it('reports a unit moving from the internal list to the affiliated one as moved', () => {
    const d = diffOffices(office([unit('信息中心')]), office([unit('信息中心', [], [], { kind: 'affiliated' })]));
    expect(d.unitsMoved.map((m) => m.after.name)).toEqual(['信息中心']);
  });

  it('reports the one unit that changed place among its siblings as reordered', () => {
    const d = diffOffices(
      office([secretary(), asia(), europe(), consular()]),
      office([secretary(), europe(), consular(), asia()]),
    );
    expect(d.unitsReordered.map((r) => r.after.name)).toEqual(['亚洲处']);
    expect(d.unitsMoved).toEqual([]);
    expect(d.summary).toBe('调整顺序 1 个处室');
  });

  it('does not call units reordered when an addition or a removal only shifts them', () => {
    const d = diffOffices(office([secretary(), asia(), europe()]), office([unit('新闻处'), secretary(), europe()]));
    expect(d.unitsReordered).toEqual([]);
    expect(d.unitsRemoved.map((u) => u.name)).toEqual(['亚洲处']);
  });

  it('pairs same-named units under different parents with their own parent', () => {
    const before = office([
      unit('一部', [], [unit('综合科', ['一部的综合工作。'])]),
      unit('二部', [], [unit('综合科', ['二部的综合工作。'])]),
    ]);
    const after = office([
      unit('一部', [], [unit('综合科', ['一部的综合工作。'])]),
      unit('二部', [], [unit('综合科', ['二部的综合工作，含统计。'])]),
    ]);
    const d = diffOffices(before, after);
    expect(d.unitsMoved).toEqual([]);
    expect(d.duties.map((c) => [c.kind, c.unit, c.after?.text])).toEqual([
      ['changed', '综合科', '二部的综合工作，含统计。'],
    ]);
  });

  it('tells duties added, removed and changed apart and ignores a reordered duty list', () => {
    const before = office(
      [],
      ['贯彻执行国家外事工作方针政策。', '负责全市因公出国审批。', '承办市政府交办的其他事项。'],
    );
    const after = office(
      [],
      ['负责全市因公出国（境）审批管理。', '贯彻执行国家外事工作方针政策。', '指导全市外事翻译工作。'],
    );
    const d = diffOffices(before, after);
    const byKind = d.duties.map((c) => [c.kind, c.before?.text ?? null, c.after?.text ?? null]).sort();
    expect(byKind).toEqual([
      ['added', null, '指导全市外事翻译工作。'],
      ['changed', '负责全市因公出国审批。', '负责全市因公出国（境）审批管理。'],
      ['removed', '承办市政府交办的其他事项。', null],
    ]);
    expect(d.summary).toBe('3 项职责有变化');
  });

  it('against no earlier version adds every unit', () => {
    const d = diffOffices(null, office([secretary(), asia()]));
    expect(d.unitsAdded.map((u) => u.name)).toEqual(['秘书处', '亚洲处']);
    expect(d.officeName).toEqual({ before: null, after: '样例市外事办公室' });
  });

  it('names an office renamed', () => {
    const d = diffOffices(office([secretary()], [], '甲市外事办'), office([secretary()], [], '甲市人民政府外事办公室'));
    expect(d.summary).toBe('机构名称改为“甲市人民政府外事办公室”');
  });
});
