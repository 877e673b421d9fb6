// What the evidence for a hit says, one rule at a time, on small hand-written directories:
// highlights in text order and only where a term matched, Latin text found from its first
// character, initials only in names, coverage counted in letters and digits (punctuation is
// free), and the shares of the query a record holds (0..1, by the terms' weights).
import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../../shared/search/evidence.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import type { SearchIndex } from '../../../shared/search/layout.ts';
import { recText } from '../../../shared/search/record.ts';
import { planTerms, retrieve } from '../../../shared/search/retrieval.ts';
import { queryTerms } from '../../../shared/search/terms.ts';
import type { OfficeSpec } from './make-office.ts';
import { makeOffice } from './make-office.ts';

function indexOf(...specs: OfficeSpec[]): SearchIndex {
  const ids = idCounter();
  return loadSearchIndex(buildSearchIndex(specs.map((s) => makeOffice(s, ids))));
}

const hitFor = (index: SearchIndex, query: string, text: string) =>
  search(index, query, { limit: 50 }).hits.find((h) => h.text === text);

describe('highlights', () => {
  const index = indexOf({
    name: '测试省市场监督管理局',
    units: [
      { name: '特种设备处', duties: ['负责锅炉和电梯的安全监察'] },
      { name: '检验处', duties: ['负责锅炉压力容器的检验'] },
      { name: '电梯一科', duties: ['负责电梯维保'] },
      { name: '电梯二科', duties: ['负责电梯检测'] },
    ],
  });

  it('lists the matched ranges in text order, whatever the order of the words typed', () => {
    const ranges = [
      [2, 4],
      [5, 7],
    ];
    expect(hitFor(index, '电梯 锅炉', '负责锅炉和电梯的安全监察')?.matches).toEqual(ranges);
    expect(hitFor(index, '锅炉 电梯', '负责锅炉和电梯的安全监察')?.matches).toEqual(ranges);
  });

  it('marks only the words a record holds when a pinyin word of the query is not in it', () => {
    // 锅炉 is rarer than dianti (电梯, in four records): a clause with 锅炉 alone still holds most of the query.
    expect(hitFor(index, 'dianti 锅炉', '负责锅炉和电梯的安全监察')?.matches).toEqual([
      [2, 4],
      [5, 7],
    ]);
    expect(hitFor(index, 'dianti 锅炉', '负责锅炉压力容器的检验')?.matches).toEqual([[2, 4]]);
  });
});

describe('Latin text and initials', () => {
  const index = indexOf({
    name: '测试市政务服务中心',
    units: [
      { name: '12345热线科', duties: ['负责热线工单的转办'] },
      { name: '电梯科', duties: ['负责锅炉和电梯的安全监察'] },
      { name: '对台科' },
      { name: '地图科' },
      { name: '档案科' },
      { name: '调度科' },
    ],
  });

  it('finds Latin letters and digits at the very start of a record', () => {
    expect(search(index, '12345').hits[0]).toMatchObject({ unit: '12345热线科', matches: [[0, 5]] });
  });

  it('marks only the Chinese word in a name that holds it and not the initials typed with it', () => {
    // dt: the initials of 电梯科, 对台科, 地图科; not of 调度科, which holds 调度.
    expect(hitFor(index, 'dt 调度', '调度科')?.matches).toEqual([[0, 2]]);
  });

  it('matches initials in names, never inside a duty clause', () => {
    // dt: 电梯科, 对台科, 地图科; in the clause only 锅炉 is marked, not 电梯.
    expect(hitFor(index, 'dt 锅炉', '负责锅炉和电梯的安全监察')?.matches).toEqual([[2, 4]]);
    expect(hitFor(index, 'dt', '对台科')?.matches).toEqual([[0, 2]]);
  });
});

describe('coverage', () => {
  // Two units named so that 综合处 covers the same share of each; they must score the same.
  it.each([
    ['punctuation in a name costs nothing', '综合处办公室', '综合处（办公室）'],
    // 𠀋 (U+2000B) is one letter in two UTF-16 units: 𠀋综合处 has as many units as 综合处办公.
    ['a letter outside the basic plane counts as its two units', '综合处办公', '\u{2000B}综合处'],
  ])('counts letters and digits only: %s', (_rule, plainName, otherName) => {
    const index = indexOf(
      { name: '测试甲局', units: [{ name: plainName }] },
      { name: '测试乙局', units: [{ name: otherName }] },
    );
    const plain = hitFor(index, '综合处', plainName);
    expect(plain?.score).toBeGreaterThan(0);
    expect(hitFor(index, '综合处', otherName)?.score).toBe(plain?.score);
  });
});

describe("a word typed across an office's name and a unit's name", () => {
  it("does not demote a record that holds the word itself, with a gap, below the office's reading", () => {
    // 局办 is held (局办企业), so 水利局办公室 stays one word; 水利局机关办公室 holds it with 机关
    // between, in the water bureau and in an office whose name has nothing of it alike.
    const index = indexOf(
      { name: '测试市水利局', units: [{ name: '办公室' }, { name: '水利局机关办公室' }] },
      {
        name: '测试县国资局',
        units: [{ name: '企业股', duties: ['负责局办企业的管理'] }, { name: '水利局机关办公室' }],
      },
    );
    const hits = search(index, '水利局办公室').hits.filter((h) => h.text === '水利局机关办公室');
    expect(hits.map((h) => h.office)).toEqual(['测试市水利局', '测试县国资局']);
    expect(hits[0].score).toBe(hits[1].score);
    expect(hits[0].matches).toEqual([
      [0, 3],
      [5, 8],
    ]);
  });
});

describe('shares of the query', () => {
  const index = indexOf({
    name: '测试县应急管理局',
    units: [
      { name: '危化股', duties: ['负责危险化学品的安全监管', '负责烟花爆竹的安全监管'] },
      { name: '防汛股', duties: ['负责防汛抗旱'] },
    ],
  });
  const evidence = (query: string, text: string) => {
    const plans = planTerms(index, queryTerms(query, index.t2s));
    const retrieved = retrieve(index, plans, { lo: 0, hi: index.recCount }, 50, (_rec, coverage) => coverage);
    const rec = Array.from({ length: index.recCount }, (_, r) => r).find((r) => recText(index, r, 'orig') === text);
    if (rec === undefined) throw new Error(`no record ${text}`);
    return { e: evidenceFor(index, plans, retrieved, { rec, coverage: 0 }), weights: retrieved.weights };
  };

  it('is the weighted share of the terms found, and all of it for a record with every term', () => {
    const both = evidence('烟花爆竹 安全', '负责烟花爆竹的安全监管');
    expect(both.e.found).toBe(1);
    expect(both.e.quality).toBe(1);
    const one = evidence('烟花爆竹 安全', '负责危险化学品的安全监管');
    const [fireworks, safety] = one.weights;
    expect(one.e.found).toBeCloseTo(safety / (fireworks + safety), 9);
    expect(one.e.quality).toBeCloseTo(safety / (fireworks + safety), 9);
  });

  it('is nothing, not NaN, when no term of the query carries weight', () => {
    const none = evidence('量子 计算机', '负责防汛抗旱');
    expect(none.weights).toEqual([0, 0]);
    expect(none.e).toMatchObject({ quality: 0, found: 0, positions: [] });
  });

  it('marks nothing for a term no record holds', () => {
    // 汛防 (reversed) is in no record: its lone 防 or 汛 is not highlighted next to 抗旱.
    expect(hitFor(index, '抗旱 汛防', '负责防汛抗旱')?.matches).toEqual([[4, 6]]);
  });
});
