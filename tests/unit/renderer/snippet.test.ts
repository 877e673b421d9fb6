import { describe, expect, it } from 'vitest';
import { highlightPieces, snippetAround } from '../../../renderer/snippet.ts';

describe('highlight pieces', () => {
  it('splits text at the match ranges', () => {
    expect(
      highlightPieces('负责因公出国护照', [
        [2, 4],
        [6, 8],
      ]),
    ).toEqual([
      { text: '负责', hit: false },
      { text: '因公', hit: true },
      { text: '出国', hit: false },
      { text: '护照', hit: true },
    ]);
  });

  it('marks overlapping ranges once, in order, clipped to the text', () => {
    expect(
      highlightPieces('领事安全处', [
        [2, 9],
        [0, 3],
      ]),
    ).toEqual([
      { text: '领事安', hit: true },
      { text: '全处', hit: true },
    ]);
    expect(
      highlightPieces('护照', [
        [5, 7],
        [1, 1],
      ]),
    ).toEqual([{ text: '护照', hit: false }]);
  });
});

describe('snippets of long evidence', () => {
  const long = '甲'.repeat(100) + '护照' + '乙'.repeat(100);

  it('keeps short text whole', () => {
    expect(snippetAround('负责因公出国护照', [[6, 8]])).toEqual({ text: '负责因公出国护照', matches: [[6, 8]] });
  });

  it('cuts a window around the first match and moves the ranges with it', () => {
    const { text, matches } = snippetAround(long, [[100, 102]], 30);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBe(32);
    expect(text.slice(matches[0][0], matches[0][1])).toBe('护照');
  });

  it('a match at the start needs no leading ellipsis', () => {
    const { text, matches } = snippetAround('护照' + '乙'.repeat(100), [[0, 2]], 30);
    expect(text).toBe('护照' + '乙'.repeat(28) + '…');
    expect(matches).toEqual([[0, 2]]);
  });
});
