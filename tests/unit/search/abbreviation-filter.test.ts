// A unit name is checked as an abbreviation only when it holds the word's rarest character,
// where that character's list is short beside the names of the word's rarest syllable
// (retrieval.ts): many names read dang (党) and few hold 档. The names that do hold the word
// spread out must still be found, whichever side of the names that share the syllable, when
// a record holds the word as typed (so that no pass over every record finds them instead).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { makeOffice } from './make-office.ts';

const partyUnits = ['党委办公室', '党建工作科', '党员教育科', '党风廉政科', '党史研究室', '党校联络科'];
const index = loadSearchIndex(
  buildSearchIndex([
    makeOffice({
      name: '测试区委组织部',
      units: [
        ...partyUnits.slice(0, 3).map((name) => ({ name })),
        { name: '档期与案卷管理科', duties: ['负责会议日程安排'] },
        ...partyUnits.slice(3).map((name) => ({ name })),
        { name: '人事档、案审核股' },
        // The word as typed somewhere: the names then come from the unit-name pass alone.
        { name: '综合科', duties: ['负责干部档案的保管'] },
      ],
    }),
  ]),
);

describe('unit names as abbreviations, past names that only share a syllable', () => {
  it('finds each name that holds the word apart, and no name that only reads the same', () => {
    const units = search(index, '档案', { limit: 20 }).hits.map((h) => h.unit);
    expect(units).toContain('档期与案卷管理科');
    expect(units).toContain('人事档、案审核股');
    for (const name of partyUnits) expect(units).not.toContain(name);
  });
});
