// The stop rules of a lone pinyin term's name walk (retrieval.ts walkNames, key-floor.ts, and
// the stop before the duty text). Where the walks of two readings of one pinyin meet (`xian` as
// 县/先, one syllable, and as 西安, two), each walks its own names best key first, and a later
// walk must still let in a name that beats, or ties with a smaller record, the k-th name an
// earlier walk kept. Names of each reading of close lengths (the pre-score differs by 0.002 a
// character, far less than the 0.1 between a full and an initials strength), in both record
// orders (whichever reading walks first, the other's tied name comes first in one of them),
// must give the full walk's candidates; and the duty text is skipped only when no duty clause
// could beat the k-th name.
import { describe, expect, it } from 'vitest';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { preScore } from '../../../shared/search/rank.ts';
import { recText } from '../../../shared/search/record.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

/** Unit names of the two readings (县域 先锋: xian; 西安: xi an): one of each at three characters (a tie), one of each at four. */
const NAMES = ['县域科', '西安科', '先锋科室', '西安站科'];

describe('the stop rules of a lone pinyin term’s name walk', () => {
  it('keep the full walk’s candidates where two readings’ walks meet, in both orders of the names, at every k', () => {
    const differ: string[] = [];
    let walks = 0;
    for (const order of [NAMES, [...NAMES].reverse()]) {
      const office = makeOffice({ name: '测试局', units: order.map((name) => ({ name })) }, idCounter());
      const index = loadSearchIndex(buildSearchIndex([office]));
      const all = { lo: 0, hi: index.recCount };
      const plans = planTerms(index, queryTerms('xian', index.t2s));
      // Both readings are there, or the walks never meet.
      expect(plans[0].full.length).toBeGreaterThanOrEqual(2);
      for (let k = 1; k <= NAMES.length; k++) {
        const names = (by: Parameters<typeof retrieve>[4]) =>
          retrieve(index, plans, all, k, by).candidates.map((c) => recText(index, c.rec, 'orig'));
        const walked = names('preScore');
        const full = names((rec, c) => preScore(index, rec, c));
        walks++;
        if (JSON.stringify(walked) !== JSON.stringify(full)) differ.push(`${order.join(' ')} k=${k}: ${walked}`);
      }
    }
    expect(walks).toBe(2 * NAMES.length);
    expect(differ).toEqual([]);
  });

  it('reads the duty text when the k-th name is below what a duty clause can reach', () => {
    // The only name that holds guanli is a unit's long former name (its pre-score, about 0.82,
    // is under the best a short duty clause can have, about 0.91): with k = 1 the duty wins.
    const former = `原${'综合协调督查督办'.repeat(6)}管理中心`;
    const office = makeOffice(
      { name: '测试局', units: [{ name: '综合科', formerNames: [former], duties: ['负责管理工作'] }] },
      idCounter(),
    );
    const index = loadSearchIndex(buildSearchIndex([office]));
    const plans = planTerms(index, queryTerms('guanli', index.t2s));
    const first = (by: Parameters<typeof retrieve>[4]) =>
      recText(index, retrieve(index, plans, { lo: 0, hi: index.recCount }, 1, by).candidates[0].rec, 'orig');
    expect(first((rec, c) => preScore(index, rec, c))).toBe('负责管理工作');
    expect(first('preScore')).toBe('负责管理工作');
  });
});
