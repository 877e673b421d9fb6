// A common pair's postings are not read in full when only a few records can still count it
// (城市 after 友好 and 好城): those records' text is checked instead, and must say what the
// list says. The coverage retrieval reports shows which pairs it credited.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { recText } from '../../../shared/search/record.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const common = Array.from({ length: 60 }, (_, i) => `负责城市规划第${i + 1}项工作`);
const office = makeOffice(
  {
    name: '测试市外事办公室',
    units: [
      { name: '友好城市科', duties: ['负责国际交往'] },
      { name: '交流科', duties: ['发展友好城镇关系'] },
      { name: '规划科', duties: common },
    ],
  },
  ids,
);
const index = loadSearchIndex(buildSearchIndex([office]));

function coverageOf(query: string): Map<string, number> {
  const plans = planTerms(index, queryTerms(query, index.t2s));
  const { candidates } = retrieve(index, plans, { lo: 0, hi: index.recCount }, 100, (_rec, c) => c);
  const text = (rec: number) => recText(index, rec, 'orig');
  return new Map(candidates.map((c) => [text(c.rec), c.coverage]));
}

describe('a long pair list checked in the text of the records it can still count for', () => {
  it('credits the pair to a record whose text holds it, and not to one whose text does not', () => {
    const found = coverageOf('友好城市');
    expect(found.get('友好城市科')).toBe(1);
    const partial = found.get('发展友好城镇关系');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1);
    // The common pair alone admits nobody when two of three pairs are needed.
    expect(found.has('负责城市规划第1项工作')).toBe(false);
  });
});
