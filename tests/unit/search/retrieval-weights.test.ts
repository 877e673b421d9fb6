// A term weighs by how rare it is over the records that hold it (at least WEIGHTS.termFound of
// it), not over every record that shares some of its character pairs (规划验证 with 规划验收), and with
// more than one term each has its own rarity (a lone term's walk is the only one weighed 1).
import { describe, expect, it } from 'vitest';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const times = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i + 1));
const office = makeOffice(
  {
    name: '测试市自然资源局',
    units: [
      // 规划验收 whole in two records, and two of its three pairs (规划验证) in twenty more.
      { name: '验收科', duties: ['负责规划验收', '组织竣工规划验收'] },
      { name: '编制科', duties: times(20, (i) => `承担第${i}片区规划验证`) },
      { name: '监测科', duties: ['负责环境监测', '指导环境监测站'] },
      { name: '档案科', duties: times(20, (i) => `做好第${i}类档案管理`) },
    ],
  },
  idCounter(),
);
const index = loadSearchIndex(buildSearchIndex([office]));
const all = { lo: 0, hi: index.recCount };

function weights(query: string): number[] {
  const plans = planTerms(index, queryTerms(query, index.t2s));
  expect(plans.map((p) => p.term.text)).toEqual(query.split(' '));
  return retrieve(index, plans, all, 48, 'preScore').weights;
}

describe('the weight of a term', () => {
  it('counts the records that hold the term, not those that share some pairs of it', () => {
    const [partly, whole, common] = weights('规划验收 环境监测 档案管理');
    // Both are held by two records: the twenty that hold only 规划验 do not make 规划验收 commoner.
    expect(partly).toBeCloseTo(whole, 9);
    // Held by twenty records, a term weighs less than one held by two.
    expect(common).toBeLessThan(whole);
  });

  it('weighs a pinyin term by its rarity too when it is one of several', () => {
    // jiance (监测) is held by three records, 档案管理 by twenty: the walk that weighs 1 is a lone term's.
    const [pinyin, common] = weights('jiance 档案管理');
    expect(common).toBeLessThan(pinyin);
  });

  it('asks for no candidates when none are wanted', () => {
    const plans = planTerms(index, queryTerms('环境监测', index.t2s));
    expect(retrieve(index, plans, all, 0, 'preScore').candidates).toEqual([]);
  });
});
