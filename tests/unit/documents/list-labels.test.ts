// Numbering labels as Word and browsers draw them.
import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  formatNumber,
  htmlNumberStyle,
  wordLabel,
  wordNumberStyle,
} from '../../../shared/documents/list-labels.ts';

describe('list labels', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [999, '九百九十九'],
    [1005, '一千零五'],
  ])('chineseNumber(%i) is %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });

  it('writes the other number styles', () => {
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(28, 'lowerLetter')).toBe('ab');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(4, 'bullet')).toBe('');
  });

  it("fills Word's level text with each level's number in its own style", () => {
    expect(wordLabel('（%1）', [3], ['chineseCounting'])).toBe('（三）');
    expect(wordLabel('第%1条', [12], ['chineseCounting'])).toBe('第十二条');
    expect(wordLabel('%1.%2', [2, 4], ['decimal', 'decimal'])).toBe('2.4');
  });

  it("reads Word's numFmt names and HTML list styles", () => {
    expect(wordNumberStyle('chineseCountingThousand')).toBe('chineseCounting');
    expect(wordNumberStyle('japaneseLegal')).toBe('decimal');
    expect(htmlNumberStyle(null, 'cjk-ideographic')).toBe('chineseCounting');
    expect(htmlNumberStyle('a', null)).toBe('lowerLetter');
    expect(htmlNumberStyle(null, null)).toBe('decimal');
  });
});
