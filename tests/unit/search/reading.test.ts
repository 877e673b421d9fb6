// The builder's reader must read every text exactly as pinyin-pro's pinyin() does (the
// index bytes depend on it): pinyin() itself is the oracle, over every line and clause of
// the search fixtures and over the cases the reader treats specially.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { CONTEXT_OPTIONS, contextReader } from '../../../shared/search/reading.ts';
import { isHanCode } from '../../../shared/text/han.ts';
import { fixtureTexts } from './fixture-texts.ts';

const readings: string[] = [''];
const ids = new Map<string, number>([['', 0]]);
const syllableOf = (toned: string) => {
  let id = ids.get(toned);
  if (id === undefined) {
    id = readings.length;
    readings.push(toned);
    ids.set(toned, id);
  }
  return id;
};
const read = contextReader(syllableOf);

/** What pinyin() reads, numbered as the reader numbers it: Han characters only. */
function oracle(text: string): number[] {
  const plain = pinyin(text, CONTEXT_OPTIONS);
  return [...text].map((ch, i) => (isHanCode(ch.charCodeAt(0)) ? syllableOf(plain[i]!) : 0));
}

const named = (text: string) => [...(read(text) ?? [])].map((id) => readings[id]);

describe('reading in context', () => {
  it('reads every fixture line and clause as pinyin() does', () => {
    expect(fixtureTexts.length).toBeGreaterThan(1000);
    const differing = fixtureTexts.filter((t) => JSON.stringify([...read(t)!]) !== JSON.stringify(oracle(t)));
    expect(differing).toEqual([]);
  });

  it('reads polyphonic characters by their word', () => {
    expect(named('银行行长')).toEqual(['yín', 'háng', 'háng', 'zhǎng']);
    expect(named('重庆重要')).toEqual(['chóng', 'qìng', 'zhòng', 'yào']);
    expect(named('反省省委')).toEqual(['fǎn', 'xǐng', 'shěng', 'wěi']);
  });

  it('gives no syllable to letters, digits and punctuation', () => {
    expect(named('A1处，b')).toEqual(['', '', 'chù', '', '']);
  });

  it('leaves to pinyin() the characters read by their neighbour and text outside the BMP', () => {
    expect(read('了解情况')).toBeUndefined();
    expect(read('人々')).toBeUndefined();
    expect(read('𠀀处')).toBeUndefined();
    expect(read('了')).toBeUndefined();
  });

  it('reads 一 and 不 without tone sandhi, as the builder asks pinyin() to', () => {
    expect(named('一不一样')).toEqual(['yī', 'bù', 'yī', 'yàng']);
    expect(named('统一')).toEqual(oracle('统一').map((id) => readings[id]));
  });
});
