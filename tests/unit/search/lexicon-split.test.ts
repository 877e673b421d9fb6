// How splitEveryday cuts a word at the everyday words of the lexicon (everyday-words.ts): the
// longest word first (上小学, three characters, not 上学 pieces), a lone character left over
// dropped, neighbours merged only when nothing stands between them and their administrative
// words are the same.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex } from '../../../shared/search/index.ts';
import { splitEveryday } from '../../../shared/search/lexicon.ts';
import { makeOffice } from './make-office.ts';

const { t2s } = loadSearchIndex(buildSearchIndex([makeOffice({ name: '测试局' })]));
const texts = (word: string) => splitEveryday(word, t2s).map((t) => t.text);

describe('cutting at everyday words', () => {
  it('takes the longest everyday word, and keeps the rest as typed', () => {
    expect(splitEveryday('孩子上小学', t2s)).toEqual([
      { text: '孩子', han: true },
      { text: '上小学', han: true, formal: ['入学', '招生', '义务教育'] },
    ]);
  });

  it('gives way to a longer everyday word that starts inside it and ends after it', () => {
    // 领养 (adopt) and 养老金 (pension) overlap in 领养老金: the pension is meant.
    expect(texts('能领养老金')).toEqual(['能领', '养老金']);
    expect(texts('领养孩子')).toEqual(['领养', '孩子']);
  });

  it('drops a lone character left over', () => {
    expect(splitEveryday('厕所了', t2s)).toEqual([{ text: '厕所', han: true, formal: ['公厕'] }]);
  });

  it('merges neighbours with the same administrative words only when they touch', () => {
    expect(texts('鸡鸭')).toEqual(['鸡鸭']);
    expect(texts('鸡和鸭')).toEqual(['鸡', '鸭']);
    expect(texts('体测看病')).toEqual(['体测', '看病']);
  });
});
