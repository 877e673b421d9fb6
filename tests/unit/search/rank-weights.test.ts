// The ranking table applied record by record (survivors of the mutation run): which kind
// cost each record gets, how the pre-alignment key falls with kind and length, the cost of
// not being the kind of unit asked for, and which records may follow as the next few units.
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../shared/search/rank.ts';
import { kindPenalty, preScore, rank, score, WEIGHTS } from '../../../shared/search/rank.ts';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { recText } from '../../../shared/search/record.ts';
import { makeOffice } from './make-office.ts';

const LONG = '负责'.repeat(70);
const office = makeOffice({
  name: '测试局',
  aliases: ['测局'],
  formerNames: ['旧测试局'],
  duties: ['负责全局的统筹'],
  people: [['局长', '张三丰']],
  honors: ['先进单位'],
  units: [
    { name: '规划处', aliases: ['规处'], formerNames: ['计划处'], duties: ['负责规划编制', LONG] },
    { name: '审批科', duties: ['负责审批事项'], people: [['科长', '李四光']] },
  ],
});
const index = loadSearchIndex(buildSearchIndex([office]));
const rec = (text: string) => {
  for (let r = 0; r < index.recCount; r++) if (recText(index, r, 'orig') === text) return r;
  // A person's record reads title and name (局长 张三丰).
  for (let r = 0; r < index.recCount; r++) if (recText(index, r, 'orig').endsWith(text)) return r;
  throw new Error(`no record ${text}`);
};
const evidence = (text: string, e: Partial<Evidence> = {}): Evidence => ({
  rec: rec(text),
  quality: 1,
  found: 1,
  coverage: 1,
  positions: [],
  ...e,
});

describe('kind of record', () => {
  it('costs each kind and name role what the table says', () => {
    const k = WEIGHTS.kind;
    expect(kindPenalty(index, rec('规划处'))).toBe(k.unitName);
    expect(kindPenalty(index, rec('规处'))).toBe(k.unitAlias);
    expect(kindPenalty(index, rec('计划处'))).toBe(k.unitFormer);
    expect(kindPenalty(index, rec('测试局'))).toBe(k.officeName);
    expect(kindPenalty(index, rec('测局'))).toBe(k.officeAlias);
    expect(kindPenalty(index, rec('旧测试局'))).toBe(k.officeFormer);
    expect(kindPenalty(index, rec('张三丰'))).toBe(k.officePerson);
    expect(kindPenalty(index, rec('李四光'))).toBe(k.person);
    expect(kindPenalty(index, rec('负责规划编制'))).toBe(k.unitDuty);
    expect(kindPenalty(index, rec('负责全局的统筹'))).toBe(k.officeDuty);
    expect(kindPenalty(index, rec('先进单位'))).toBe(k.other);
  });

  it('orders names before people (an office leader before a unit head) before own duties before office-level duties', () => {
    const k = WEIGHTS.kind;
    expect(k.unitName).toBeLessThan(k.unitAlias);
    expect(k.unitAlias).toBeLessThan(k.unitFormer);
    expect(k.officeAlias).toBeLessThan(k.officeFormer);
    expect(k.officePerson).toBeLessThan(k.person);
    expect(k.person).toBeLessThan(k.unitDuty);
    expect(k.unitDuty).toBeLessThan(k.other);
    expect(k.other).toBeLessThan(k.officeDuty);
  });
});

describe('the key before alignment', () => {
  it('is the coverage less the kind cost and the length cost, the length capped', () => {
    // 规划处: a unit name of 3 characters; 负责规划编制: a unit duty of 6; LONG: 140, capped at 100.
    expect(preScore(index, rec('规划处'), 0.5)).toBeCloseTo(0.5 - 0.002 * 3, 9);
    expect(preScore(index, rec('负责规划编制'), 0.5)).toBeCloseTo(0.5 - 2 * 0.04 - 0.002 * 6, 9);
    expect(preScore(index, rec(LONG), 0.5)).toBeCloseTo(0.5 - 2 * 0.04 - 0.002 * 100, 9);
  });
});

describe('the kind of unit asked for', () => {
  it('costs a hit outside a unit of that kind, and nothing when none is asked for', () => {
    const name = evidence('规划处');
    expect(score(index, name, '处')).toBe(score(index, name, null));
    expect(score(index, evidence('审批科'), '处')).toBeCloseTo(
      score(index, evidence('审批科'), null) + WEIGHTS.otherUnitKind,
      9,
    );
    // An office-level record belongs to no unit: not the kind asked for either.
    const own = evidence('负责全局的统筹');
    expect(score(index, own, '处')).toBeCloseTo(score(index, own, null) + WEIGHTS.otherUnitKind, 9);
  });
});

describe('a question that names a kind of office and more', () => {
  it("costs the office's name per share of the query it misses, and no other record", () => {
    const partial = { quality: 0.6, kindAndMore: true };
    expect(score(index, evidence('测试局', partial))).toBeCloseTo(
      score(index, evidence('测试局', { quality: 0.6 })) + WEIGHTS.officeNameShortfall * 0.4,
      9,
    );
    expect(score(index, evidence('测试局', { quality: 1, kindAndMore: true }))).toBeCloseTo(
      score(index, evidence('测试局')),
      9,
    );
    expect(score(index, evidence('负责审批事项', partial))).toBeCloseTo(
      score(index, evidence('负责审批事项', { quality: 0.6 })),
      9,
    );
  });
});

describe('the next few units', () => {
  it('lists each next unit once, never an office-level record, and only what holds enough of the query', () => {
    const best = evidence('负责审批事项');
    const ranked = rank(index, [
      best,
      // Two partial records of one unit: the unit follows once, with its better record.
      evidence('负责规划编制', { found: 0.5, quality: 0.3 }),
      evidence(LONG, { found: 0.5, quality: 0.25 }),
      // An office-level record holding part of the query is not a next unit.
      evidence('负责全局的统筹', { found: 0.5, quality: 0.3 }),
      // Too little of the query (under a quarter of the best), or too poor a match.
      evidence('张三丰', { found: 0.2, quality: 0.3 }),
      evidence('先进单位', { found: 0.5, quality: 0.1 }),
    ]);
    expect(ranked.map((r) => recText(index, r.evidence.rec, 'orig'))).toEqual(['负责审批事项', '负责规划编制']);
    expect(ranked[1].score).toBeCloseTo(score(index, ranked[1].evidence) + WEIGHTS.nextFew.cost, 9);
  });

  it('takes a record exactly at the thresholds', () => {
    const { relativeCover, minQuality } = WEIGHTS.nextFew;
    const ranked = rank(index, [
      evidence('负责审批事项'),
      evidence('负责规划编制', { found: relativeCover, quality: minQuality * WEIGHTS.minQuality }),
    ]);
    expect(ranked).toHaveLength(2);
  });
});

describe('which records stand next to the best (survivors of the mutation run)', () => {
  const names = (ranked: ReturnType<typeof rank>) => ranked.map((r) => recText(index, r.evidence.rec, 'orig'));
  const plain = (ranked: ReturnType<typeof rank>, text: string) => {
    const r = ranked.find((x) => recText(index, x.evidence.rec, 'orig') === text);
    return r !== undefined && Math.abs(r.score - score(index, r.evidence)) < 1e-9;
  };

  it('orders equal scores by record, whatever order they come in', () => {
    expect(names(rank(index, [evidence('审批科'), evidence('规划处')]))).toEqual(['规划处', '审批科']);
  });

  it('measures the query share only on records good enough to be hits', () => {
    // The poor match holds all of the query; the hit holds half, which is all any hit holds.
    const ranked = rank(index, [
      evidence('负责审批事项', { found: 1, quality: 0.1 }),
      evidence('规划处', { found: 0.5 }),
    ]);
    expect(plain(ranked, '规划处')).toBe(true);
  });

  it('takes a hit exactly at the minimum quality and at the share of the best', () => {
    const at = rank(index, [
      evidence('规划处', { quality: WEIGHTS.minQuality }),
      evidence('审批科', { found: WEIGHTS.relativeCover }),
    ]);
    expect(plain(at, '规划处')).toBe(true);
    expect(plain(at, '审批科')).toBe(true);
    // The share is of what the best holds, not of the whole query.
    const half = rank(index, [evidence('规划处', { found: 0.5 }), evidence('审批科', { found: 0.4 })]);
    expect(plain(half, '规划处')).toBe(true);
    expect(plain(half, '审批科')).toBe(true);
  });

  it('lists a poor match only as a next unit, below the hits', () => {
    const ranked = rank(index, [evidence('规划处', { found: 0.5 }), evidence('审批科', { found: 1, quality: 0.2 })]);
    expect(names(ranked)).toEqual(['规划处', '审批科']);
    expect(plain(ranked, '审批科')).toBe(false);
  });

  it('puts every unit before office-level records, even a better office-level one', () => {
    const ranked = rank(index, [evidence('负责全局的统筹'), evidence('负责审批事项', { quality: 0.5 })]);
    expect(names(ranked)).toEqual(['负责审批事项', '负责全局的统筹']);
  });

  it("keeps the office's own name among the units: its owner is no unit's", () => {
    const ranked = rank(index, [evidence('审批科'), evidence('测试局'), evidence('负责规划编制')]);
    expect(names(ranked)).toEqual(['审批科', '测试局', '负责规划编制']);
    const two = makeOffice({ name: '测试二局', units: [{ name: '综合科' }] });
    const both = loadSearchIndex(buildSearchIndex([office, two]));
    const at = (text: string): Evidence => {
      for (let r = 0; r < both.recCount; r++)
        if (recText(both, r, 'orig') === text) return { rec: r, quality: 1, found: 1, coverage: 1, positions: [] };
      throw new Error(text);
    };
    const order = rank(both, [at('规划处'), at('测试二局'), at('负责审批事项')]);
    expect(order.map((r) => recText(both, r.evidence.rec, 'orig'))).toEqual(['规划处', '测试二局', '负责审批事项']);
  });

  it('measures the best share on a record exactly at the minimum quality too', () => {
    const ranked = rank(index, [
      evidence('规划处', { quality: WEIGHTS.minQuality }),
      evidence('审批科', { found: 0.5 }),
    ]);
    expect(plain(ranked, '审批科')).toBe(false);
  });

  it('lists the next units best first, whatever order they come in', () => {
    const ranked = rank(index, [
      evidence('测试局'),
      evidence('负责审批事项', { found: 0.5, quality: 0.2 }),
      evidence('负责规划编制', { found: 0.5, quality: 0.3 }),
    ]);
    expect(names(ranked)).toEqual(['测试局', '负责规划编制', '负责审批事项']);
  });

  it('lists no next unit that holds nothing of the query, too little of it or too poor a match', () => {
    // No hit at all: nothing of the query is nothing.
    expect(names(rank(index, [evidence('审批科', { found: 0, quality: 0.3 })]))).toEqual([]);
    const best = evidence('规划处', { found: 0.5 });
    // A quarter of what the best holds (0.125) is enough; a poor match is not.
    expect(names(rank(index, [best, evidence('审批科', { found: 0.2, quality: 0.3 })]))).toEqual(['规划处', '审批科']);
    expect(names(rank(index, [best, evidence('审批科', { found: 0.5, quality: 0.1 })]))).toEqual(['规划处']);
  });
});
