import { describe, expect, it } from 'vitest';
import { foldCode, foldText, tokenize } from '../../../shared/search/fold.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';
import { makeOffice } from './make-office.ts';

const code = (s: string) => s.charCodeAt(0);

describe('character folding', () => {
  it('folds full-width forms and case without a conversion table', () => {
    expect(foldText('ＬＳＡＱ１２３（）', new Map())).toBe('lsaq123()');
    expect(foldText('Email', new Map())).toBe('email');
  });

  it('applies the traditional → simplified table after width folding', () => {
    const t2s = new Map([[code('護'), code('护')]]);
    expect(foldCode(code('護'), t2s)).toBe(code('护'));
    expect(foldText('護照', t2s)).toBe('护照');
  });

  it('keeps one unit per unit so positions stay valid', () => {
    // NFKC turns the ligature into two letters; folding keeps the text the same length.
    expect(foldText('ﬁ㈠A', new Map())).toHaveLength(3);
  });

  it('splits a query into Han and Latin words at punctuation, spaces and script changes', () => {
    expect(tokenize('欧洲 友好城市')).toEqual([
      { text: '欧洲', han: true },
      { text: '友好城市', han: true },
    ]);
    expect(tokenize('领事abc,0791')).toEqual([
      { text: '领事', han: true },
      { text: 'abc', han: false },
      { text: '0791', han: false },
    ]);
    expect(tokenize(' ，。!!! ')).toEqual([]);
  });
});

describe('traditional and simplified text find each other (opencc-js table built at import)', () => {
  const index = loadSearchIndex(
    buildSearchIndex([
      makeOffice({
        name: '测试外事办公室',
        units: [
          { name: '领事处', duties: ['负责领事认证工作'] },
          { name: '香港聯絡處', duties: ['負責簽證和護照事務'] },
        ],
      }),
    ]),
  );

  it('a traditional query finds simplified text', () => {
    const hit = search(index, '領事認證').hits[0];
    expect(hit.unit).toBe('领事处');
    expect(hit.text).toBe('负责领事认证工作');
    expect(hit.matches).toEqual([[2, 6]]);
  });

  it('a simplified query finds traditional text, highlighting the original characters', () => {
    const hit = search(index, '签证').hits[0];
    expect(hit.unit).toBe('香港聯絡處');
    expect(hit.text).toBe('負責簽證和護照事務');
    expect(hit.matches).toEqual([[2, 4]]);
    expect(search(index, '联络处').hits[0].text).toBe('香港聯絡處');
  });

  it('full-width and upper-case Latin queries fold to the same words', () => {
    expect(search(index, 'ＬＳＣ').hits[0].unit).toBe('领事处');
    expect(search(index, 'LINGSHI').hits[0].unit).toBe('领事处');
  });
});
