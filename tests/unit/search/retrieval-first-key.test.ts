// The first entry of a postings table is slot 0, a slot like any other: a directory whose
// smallest character pair and smallest character are 一丁 and 一 (U+4E00, the first Han
// character; no Latin letters or digits anywhere) finds them as typed, in full strength.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { recText } from '../../../shared/search/record.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const index = loadSearchIndex(
  buildSearchIndex([
    makeOffice({ name: '测试局', units: [{ name: '一丁科', duties: ['负责档案管理'] }, { name: '档案科' }] }),
  ]),
);

function coverage(query: string): [string, number][] {
  const plans = planTerms(index, queryTerms(query, index.t2s));
  const { candidates } = retrieve(index, plans, { lo: 0, hi: index.recCount }, 10, (_rec, c) => c);
  return candidates.map((c) => [recText(index, c.rec, 'orig'), c.coverage]);
}

describe('the first key of a table', () => {
  it('is found as the pair typed, not only as an abbreviation', () => {
    expect(coverage('一丁')).toEqual([['一丁科', 1]]);
  });

  it('is found as the character typed', () => {
    expect(coverage('一')).toEqual([['一丁科', 1]]);
  });

  it('counts as held when a word is cut (一丁 档案, typed as one word)', () => {
    expect(planTerms(index, queryTerms('一丁档案', index.t2s)).map((p) => p.term.text)).toEqual(['一丁', '档案']);
    expect(search(index, '一丁档案').hits[0]).toMatchObject({ unit: '一丁科' });
  });
});
