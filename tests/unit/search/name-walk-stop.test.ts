// The name walk's stop rule (retrieval.ts walkNames, key-floor.ts) where the walks of two
// readings of one pinyin meet: `xian` is read as 县/先 (one syllable) and as 西安 (two), each
// reading walks its own names best key first, and a later walk must still let in a name that
// beats, or ties with a smaller record, the k-th name an earlier walk kept. Names of each
// reading of close lengths (the pre-score differs by 0.002 a character, far less than the 0.1
// between a full and an initials strength), in both record orders (whichever reading walks
// first, the other's tied name comes first in one of them), must give the full walk's candidates.
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

describe('the name walks of two readings of one pinyin', () => {
  it('keep the full walk’s candidates in both orders of the names and at every k', () => {
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
});
