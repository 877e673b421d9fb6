// Abbreviations: characters of a name or clause typed in order, each close to the one before
// (体卫艺股 for 体育卫生艺术股), found in unit names, office names that begin the query, and
// clauses when nothing holds the word as typed; never a spread over a whole clause.
import { describe, expect, it } from 'vitest';
import { NAME_GAP, orderedPrefix, TEXT_GAP } from '../../../shared/search/abbreviation.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { recText } from '../../../shared/search/record.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const housing = makeOffice(
  {
    name: '测试市住房和城乡建设局',
    units: [
      { name: '办公室', duties: ['负责机关文电和档案工作'] },
      { name: '住房保障科', duties: ['负责棚户区改造和公共租赁住房的分配'] },
      { name: '体育卫生艺术股', duties: ['负责学校体育和艺术教育'] },
    ],
  },
  ids,
);
const other = makeOffice(
  {
    name: '测试县医疗保障局',
    units: [
      { name: '办公室', duties: ['负责局机关文电工作'] },
      { name: '医药服务科', duties: ['组织药品的集中带量采购'] },
      { name: '综合科', duties: ['负责网站建设和节约用水的宣传,协调出租房屋和车辆的管理'] },
    ],
  },
  ids,
);
const index = loadSearchIndex(buildSearchIndex([housing, other]));
const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));
const recOf = (text: string) => {
  for (let r = 0; r < index.recCount; r++) if (recText(index, r, 'norm') === text) return r;
  throw new Error(`no record ${text}`);
};

describe('characters in order, close together', () => {
  it('counts how much of the word, from its start, the record holds in order', () => {
    const rec = recOf('体育卫生艺术股');
    expect(orderedPrefix(index, rec, codes('体卫艺股'), NAME_GAP)).toBe(4);
    expect(orderedPrefix(index, rec, codes('体艺卫'), NAME_GAP)).toBe(2);
    expect(orderedPrefix(index, rec, codes('卫体'), NAME_GAP)).toBe(1);
    expect(orderedPrefix(index, rec, codes('学体'), NAME_GAP)).toBe(0);
  });

  it("reads only the record's own text, not the record after it", () => {
    // The next record is the unit's duty 负责学校体育和艺术教育, which starts with 负.
    expect(orderedPrefix(index, recOf('体育卫生艺术股'), codes('负责'), NAME_GAP)).toBe(0);
  });

  it('allows at most the given gap between two characters', () => {
    const rec = recOf('体育卫生艺术股');
    // 体 … 股: five characters apart.
    expect(orderedPrefix(index, rec, codes('体股'), 5)).toBe(2);
    expect(orderedPrefix(index, rec, codes('体股'), 4)).toBe(1);
  });

  it('tries a later occurrence when the earliest leaves the next character out of reach', () => {
    const twice = makeOffice({ name: '甲乙子丑乙寅庚局' });
    const small = loadSearchIndex(buildSearchIndex([twice]));
    let rec = 0;
    while (recText(small, rec, 'norm') !== '甲乙子丑乙寅庚局') rec++;
    expect(orderedPrefix(small, rec, codes('甲乙庚'), 3)).toBe(3);
    expect(orderedPrefix(small, rec, codes('甲乙庚'), 2)).toBe(2);
  });
});

describe('searching by an abbreviation', () => {
  it('finds the unit whose name it abbreviates', () => {
    expect(search(index, '体卫艺股').hits[0]).toMatchObject({ kind: 'unit', unit: '体育卫生艺术股' });
  });

  it('finds the office whose name it abbreviates, and that office’s unit typed after it', () => {
    expect(search(index, '住建局').hits[0]).toMatchObject({
      kind: 'office',
      unit: null,
      office: '测试市住房和城乡建设局',
    });
    expect(search(index, '住建局办公室').hits[0]).toMatchObject({ office: '测试市住房和城乡建设局', unit: '办公室' });
    expect(search(index, '医保局办公室').hits[0]).toMatchObject({ office: '测试县医疗保障局', unit: '办公室' });
  });

  it('finds a clause when no record holds the word as typed', () => {
    expect(search(index, '集采').hits[0]).toMatchObject({ unit: '医药服务科', text: '组织药品的集中带量采购' });
    expect(search(index, '棚改找谁').hits[0]).toMatchObject({ unit: '住房保障科' });
  });

  it('does not read characters spread over a clause as an abbreviation', () => {
    // 网 … 约 … 车 are there in order, but five and more characters apart.
    const clause = recOf('负责网站建设和节约用水的宣传,协调出租房屋和车辆的管理');
    expect(orderedPrefix(index, clause, codes('网约车'), TEXT_GAP)).toBe(1);
    expect(search(index, '网约车').hits).toEqual([]);
  });

  it('ranks the word typed in full above its abbreviation', () => {
    const both = makeOffice({ name: '测试局', units: [{ name: '体育卫生艺术股' }, { name: '体卫艺股' }] });
    const hits = search(loadSearchIndex(buildSearchIndex([both])), '体卫艺股').hits;
    expect(hits.map((h) => h.unit)).toEqual(['体卫艺股', '体育卫生艺术股']);
  });
});
