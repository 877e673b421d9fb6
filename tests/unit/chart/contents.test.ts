// The booklet's contents (contents.ts): long names wrapped within the room their indent and
// the page number leave, rows set whole on pages of a fixed number of lines.
import { describe, expect, it } from 'vitest';
import { contentsLines, contentsPages, type ContentsMeasure } from '../../../shared/chart/contents.ts';
import { measure } from './fixtures.ts';

/** A line 44 ems wide at 10 px: depth 3 leaves 44 − 4.5 − 4 = 35.5 ems for the text. */
const m: ContentsMeasure = {
  lineWidth: 440,
  emPx: 10,
  indentEms: 1.5,
  numberEms: 4,
  width: (text) => measure(text, 10, false).width,
};

// 44 characters, a sub-unit's name as some 三定 documents give it.
const LONG = '中共江西省赣江新区临空组团工作委员会江西省赣江新区临空组团管理委员会党政综合办公室综合科';

describe('contents lines', () => {
  it('wraps a long name at depth 3 within the room left, every character kept, in order', () => {
    expect([...LONG]).toHaveLength(44);
    const [lines] = contentsLines([{ text: LONG, depth: 3 }], m);
    expect(lines).toHaveLength(2);
    expect(lines!.join('')).toBe(LONG);
    for (const line of lines!) expect(measure(line, 10, false).width).toBeLessThanOrEqual(355);
  });

  it('keeps a name that fits on one line, and the same long name at depth 0 when it fits', () => {
    expect(contentsLines([{ text: '办公室', depth: 3 }], m)).toEqual([['办公室']]);
    const wide = { ...m, lineWidth: 600 };
    expect(contentsLines([{ text: LONG, depth: 0 }], wide)).toEqual([[LONG]]);
  });
});

describe('contents pages', () => {
  it('fills a page with whole rows and moves a row that does not fit to the next', () => {
    // 28 one-line rows, then a three-line row: 28 + 3 > 30, so it opens page 2.
    const counts = [...new Array<number>(28).fill(1), 3, 1];
    expect(contentsPages(counts)).toEqual([Array.from({ length: 28 }, (_, i) => i), [28, 29]]);
    expect(contentsPages([2, 2], 3)).toEqual([[0], [1]]);
    expect(contentsPages([4, 1], 3)).toEqual([[0], [1]]);
  });
});
