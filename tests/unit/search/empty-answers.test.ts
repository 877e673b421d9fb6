// The check behind bench/empty-answers.ts: which of a question's key terms (question words
// taken out) the directory's text holds, and which only by a character pair.
import { describe, expect, it } from 'vitest';
import { keyPairsInText, keyTermsInText } from '../../../bench/empty-answers.ts';
import { foldText } from '../../../shared/search/fold.ts';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { makeOffice } from './make-office.ts';

const office = makeOffice({
  name: '测试市水利局',
  units: [{ name: '河湖管理科', duties: ['负责河道采砂的监督管理'] }],
});
const index = loadSearchIndex(buildSearchIndex([office]));
const text = foldText('测试市水利局\n河湖管理科\n负责河道采砂的监督管理', index.t2s);

describe('key terms of an empty answer', () => {
  it('are the terms left once question words are out, found in the text as they are', () => {
    expect(keyTermsInText(index, '河道采砂归哪个处管', text)).toEqual(['河道采砂']);
    expect(keyTermsInText(index, '麒麟咕噜找谁', text)).toEqual([]);
  });

  it('count a word no text holds as typed only by the pairs the text holds', () => {
    expect(keyTermsInText(index, '河道乱采', text)).toEqual([]);
    expect(keyPairsInText(index, '河道乱采', text)).toEqual(['河道']);
  });
});
