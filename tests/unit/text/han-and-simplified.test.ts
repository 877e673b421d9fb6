// The one definition of Han characters and the one traditional → simplified table: hand-typed
// pairs, and the parser and the search index folding every character alike.
import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/parser/fold.ts';
import { foldText } from '../../../shared/search/fold.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { countHan, HAN, hanCharacters, hasHan, isHanCode } from '../../../shared/text/han.ts';
import { t2sTable, toSimplified } from '../../../shared/text/simplified.ts';
import { makeOffice } from '../search/make-office.ts';

describe('Han characters', () => {
  it('are the unified ideographs, extension A and the compatibility ideographs', () => {
    for (const ch of ['一', '龥', '鿿', '㐀', '䶿', '豈', '﫿']) expect(isHanCode(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of ['a', '，', '々', '〇', 'ア', '가', '\u4dc0']) expect(isHanCode(ch.charCodeAt(0)), ch).toBe(false);
    expect(hasHan('abc 处')).toBe(true);
    expect(hasHan('abc，。')).toBe(false);
    expect(countHan('欧洲处 (Europe) 㐀')).toBe(4);
    expect(new RegExp(`^[${HAN}]+$`).test('機構㐀')).toBe(true);
  });

  it('agree between the list, the predicate and the character class', () => {
    const chars = hanCharacters();
    expect(chars).toHaveLength(0x4dbf - 0x3400 + 1 + (0x9fff - 0x4e00 + 1) + (0xfaff - 0xf900 + 1));
    const cls = new RegExp(`^[${HAN}]$`);
    expect(chars.every((ch) => isHanCode(ch.charCodeAt(0)) && cls.test(ch))).toBe(true);
  });
});

describe('traditional → simplified', () => {
  it('folds traditional and Taiwan / Hong Kong forms', () => {
    expect(toSimplified('內設機構')).toBe('内设机构');
    expect(toSimplified('護照辦理')).toBe('护照办理');
    expect(toSimplified('衞生健康委員會')).toBe('卫生健康委员会');
    expect(toSimplified('敍述')).toBe('叙述');
    expect(toSimplified('衛生')).toBe('卫生');
  });

  it('leaves simplified text alone, including characters a variant table lists (么, 著, 台)', () => {
    for (const text of ['什么', '显著', '台湾事务办公室', '内设机构', '欧洲处', '知识产权']) {
      expect(toSimplified(text)).toBe(text);
    }
  });

  it('keeps every position: one unit for one, for every Han character and beyond', () => {
    expect(hanCharacters().filter((ch) => toSimplified(ch).length !== 1)).toEqual([]);
    expect(toSimplified('𠀀鉝 abc')).toBe('𠀀鉝 abc');
  });

  it('is settled after one pass: no simplified form is folded again', () => {
    const t2s = t2sTable();
    const again = [...t2s.values()].filter((to) => t2s.has(to)).map((to) => String.fromCharCode(to));
    expect(again).toEqual([]);
  });
});

describe('the parser and search fold alike', () => {
  // The index stores the table it was built with; queries fold through the stored copy.
  const bytes = buildSearchIndex([makeOffice({ name: '樣例市衞生健康委員會', units: [{ name: '辦公室' }] })]);
  const index = loadSearchIndex(bytes);

  it('for every Han character either table covers', () => {
    const parser = hanCharacters().map((ch) => fold(ch));
    const indexed = hanCharacters().map((ch) => foldText(ch, index.t2s));
    const differ = parser.flatMap((p, i) => (p === indexed[i] ? [] : [`${hanCharacters()[i]}: ${p} / ${indexed[i]}`]));
    expect(differ).toEqual([]);
    expect(index.t2s.size).toBe(t2sTable().size);
  });

  it('so a simplified query finds a traditional name and the other way round', () => {
    expect(search(index, '卫生健康').hits[0]?.office).toBe('樣例市衞生健康委員會');
    expect(search(index, '辦公室').hits.length).toBeGreaterThan(0);
  });
});
