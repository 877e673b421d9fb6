// Readings of one pinyin query that share their first syllables are checked against the duty
// text once as far as they share (retrieval.ts): a record where no earlier reading got that far
// is skipped. These tests hold the depth that skip trusts, and a query whose second reading
// alone matches, so a skip that trusted too much would lose the hit.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { fullPinyinPatterns, matchDepth, matchesPattern } from '../../../shared/search/pinyin-query.ts';
import { makeOffice } from './make-office.ts';

const DUTIES = [
  '负责领事安全的协调工作',
  '负责领事按区安排接待',
  '承办领事、安全相关事项',
  '负责外事礼宾工作',
  '协助开展领事认证',
];

const index = loadSearchIndex(
  buildSearchIndex([makeOffice({ name: '测试外事办公室', units: [{ name: '礼宾处', duties: DUTIES }] })]),
);
const recOf = (text: string) => {
  for (let rec = 0; rec < index.recCount; rec++) if (textOf(rec) === text) return rec;
  throw new Error(`no record ${text}`);
};
const textOf = (rec: number) =>
  String.fromCharCode(...index.norm.subarray(index.recStart[rec], index.recStart[rec + 1]));
const reading = (token: string, i = 0) => fullPinyinPatterns(index, token)[i]!.pattern;

describe('how far a pinyin reading gets in a record', () => {
  it('is the reading’s length where it matches, else its longest run of leading syllables', () => {
    const lingshianquan = reading('lingshianquan');
    expect(lingshianquan).toHaveLength(4);
    expect(matchDepth(index, recOf(DUTIES[0]), lingshianquan)).toBe(4);
    // 领事按区: ling shi an, then qu where quan stands.
    expect(matchDepth(index, recOf(DUTIES[1]), lingshianquan)).toBe(3);
    // 领事 and then 认: two.
    expect(matchDepth(index, recOf(DUTIES[4]), lingshianquan)).toBe(2);
    expect(matchDepth(index, recOf(DUTIES[3]), lingshianquan)).toBe(0);
    // Punctuation between the characters is skipped, as a match skips it.
    expect(matchDepth(index, recOf(DUTIES[2]), lingshianquan)).toBe(4);
  });

  it('bounds every reading that shares more leading syllables than it reached', () => {
    const readings = ['lingshianquan', 'lingshianqua', 'lingshiqu', 'lingshi', 'waishi', 'lishi'].flatMap((t) =>
      fullPinyinPatterns(index, t).map((f) => f.pattern),
    );
    for (let rec = 0; rec < index.recCount; rec++)
      for (const a of readings)
        for (const b of readings) {
          let shared = 0;
          while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
          if (matchesPattern(index, rec, b)) expect(matchDepth(index, rec, a)).toBeGreaterThanOrEqual(shared);
        }
  });
});

describe('a query of two readings', () => {
  it('finds the duty only its second reading matches', () => {
    // ling shi an quan, and ling shi an qu an: 领事按区安排 holds only the second.
    expect(fullPinyinPatterns(index, 'lingshianquan')).toHaveLength(2);
    const texts = search(index, 'lingshianquan', { limit: 20 }).hits.map((h) => h.text);
    expect(texts).toContain(DUTIES[1]);
    expect(texts).toContain(DUTIES[0]);
  });
});
