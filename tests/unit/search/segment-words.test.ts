// segmentWords must cut every text into the words pinyin-pro's own segmentation finds (the
// index bytes depend on it): acTree.search itself is the oracle, over every fixture line and
// clause and over texts made to reach the pass's corner cases.
import { acTree } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../../shared/search/segment-words.ts';
import { fixtureTexts } from './fixture-texts.ts';

const ours = (text: string) => {
  const { count, starts, words } = segmentWords(text);
  return Array.from({ length: count }, (_, i) => `${starts[i]}:${words[i]!.zh}`);
};
const theirs = (text: string) => acTree.search(text, 'off', 2, text.split('')).map((w) => `${w.index}:${w.zh}`);

describe('segmentWords', () => {
  it('finds the words pinyin-pro finds in every fixture line and clause', () => {
    expect(fixtureTexts.length).toBeGreaterThan(1000);
    expect(fixtureTexts.filter((t) => ours(t).join() !== theirs(t).join())).toEqual([]);
  });

  it('reads each polyphonic word as one word', () => {
    expect(ours('中国银行')).toContain('2:银行');
    expect(ours('银行行长')).toEqual(['0:银行', '2:行长']);
    // 白首相 begins a longer word of the dictionary but is none: 首相 is found through its fail link.
    expect(ours('白首相')).toEqual(['1:首相']);
  });

  it('cuts long texts as pinyin-pro does, past the probability underflow and with overlapping words', () => {
    // 24 or more characters no word covers take the probability below 1e-300 (the carry);
    // 行长/长大/银行 overlap, and a word after a long run of unknown characters.
    const texts = [
      '甲'.repeat(40) + '银行行长大会',
      '银行行长'.repeat(30),
      '重庆银行行长' + '乙'.repeat(100) + '长大的银行',
      '负责全市行政区划和地名管理工作，承担重大行政决策合法性审查',
      '',
      'abc银行123',
    ];
    for (const t of texts) expect(ours(t)).toEqual(theirs(t));
  });

  it('leaves no word of one call in the next', () => {
    ours('中国银行行长');
    expect(ours('办公室')).toEqual(theirs('办公室'));
  });
});
