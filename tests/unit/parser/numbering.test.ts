// Label recognition and the repeated/skipped numbering checks.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/types.ts';
import { NumberingChecker, parseLabel } from '../../../shared/parser/numbering.ts';

describe('parseLabel', () => {
  it.each([
    ['一、坚持党的领导', '一', 'cn', 1, '坚持党的领导'],
    ['十二、其他', '十二', 'cn', 12, '其他'],
    ['(三)出国(境)管理', '(三)', 'paren-cn', 3, '出国(境)管理'],
    ['（十一）办公室。', '（十一）', 'paren-cn', 11, '办公室。'],
    ['4.负责', '4.', 'num', 4, '负责'],
    ['4. 负责', '4.', 'num', 4, '负责'],
    ['1、负责', '1', 'num', 1, '负责'],
    ['１．负责', '１．', 'num', 1, '负责'],
    ['(2)外事科', '(2)', 'paren-num', 2, '外事科'],
    ['②负责', '②', 'circled', 2, '负责'],
    ['第三条　市外办', '第三条', 'article-条', 3, '市外办'],
    ['2.1负责', '2.1', 'outline-2', 1, '负责'],
    ['3.12 人事科', '3.12', 'outline-3', 12, '人事科'],
    ['１．２　乙科', '１．２', 'outline-1', 2, '乙科'],
  ])('%s -> label %s', (text, label, style, n, rest) => {
    expect(parseLabel(text)).toEqual({ label, style, start: n, end: n, rest });
  });

  it('reads ranges as one label covering several numbers', () => {
    expect(parseLabel('5-8.负责涉外安全')).toEqual({
      label: '5-8.',
      style: 'num',
      start: 5,
      end: 8,
      rest: '负责涉外安全',
    });
    expect(parseLabel('5－8、负责')).toMatchObject({ label: '5－8', start: 5, end: 8 });
  });

  it.each(['2019年3月获得', '1.5万元', '一是加强', '十九大以来', '3个处室', '2019.3获得', '2.5亿元', '1.2.3 细则'])(
    '%s is not numbered',
    (text) => {
      expect(parseLabel(text)).toBeNull();
    },
  );
});

function check(labels: [string, number][]): string[] {
  const diagnostics: Diagnostic[] = [];
  const checker = new NumberingChecker(diagnostics);
  for (const [text, line] of labels) {
    const label = parseLabel(text);
    if (label) checker.check(label, line);
  }
  return diagnostics.map((d) => `${d.code}@${d.line}`);
}

describe('NumberingChecker', () => {
  it('accepts a clean sequence and a range', () => {
    expect(
      check([
        ['一、a', 1],
        ['二、b', 2],
        ['三、c', 3],
      ]),
    ).toEqual([]);
    expect(
      check([
        ['1.a', 1],
        ['2-4.b', 2],
        ['5.c', 3],
      ]),
    ).toEqual([]);
  });

  it('reports a repeated number and a skipped one with their lines', () => {
    expect(
      check([
        ['一、a', 15],
        ['二、b', 17],
        ['三、c', 19],
        ['三、d', 21],
        ['四、e', 23],
      ]),
    ).toEqual(['duplicate-label@21']);
    expect(
      check([
        ['1.a', 3],
        ['2.b', 4],
        ['5.c', 5],
      ]),
    ).toEqual(['skipped-label@5']);
  });

  it('counts outline items under each heading number as their own list', () => {
    expect(
      check([
        ['1.主要职责', 1],
        ['1.1a', 2],
        ['1.2b', 3],
        ['2.内设机构', 4],
        ['2.1c', 5],
        ['2.3d', 6],
      ]),
    ).toEqual(['skipped-label@6']);
  });

  it('treats a nested list that starts again at 1 as new, not as an error', () => {
    expect(
      check([
        ['（一）a', 1],
        ['1.x', 2],
        ['2.y', 3],
        ['（二）b', 4],
        ['1.z', 5],
        ['2.w', 6],
      ]),
    ).toEqual([]);
  });

  it('reports a list that starts later than its first number', () => {
    expect(check([['三、a', 7]])).toEqual(['skipped-label@7']);
  });
});
