// Lines that hold several indented paragraphs because the page lost its line breaks.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../shared/parser/paragraphs.ts';
import { parseFixture, unitNames } from './helpers.ts';

describe('splitParagraphs', () => {
  it('splits after sentences, headings and unit names', () => {
    expect(splitParagraphs('主要职责　　一、负责外事工作。　　二、负责港澳工作。')).toEqual([
      '主要职责',
      '一、负责外事工作。',
      '二、负责港澳工作。',
    ]);
    expect(splitParagraphs('一、综合处　　负责机关日常运转。')).toEqual(['一、综合处', '负责机关日常运转。']);
  });

  it('keeps aligned pairs and single spaces together', () => {
    expect(splitParagraphs('主任　　张三')).toEqual(['主任　　张三']);
    expect(splitParagraphs('主　任：张　三')).toEqual(['主　任：张　三']);
    expect(splitParagraphs('负责文电　　会务工作。')).toEqual(['负责文电　　会务工作。']);
  });
});

describe('a page flattened onto one line (赣江新区外办)', () => {
  const doc = parseFixture('flattened-one-line-ganjiang.txt');
  const o = doc.office;

  it('reads the sections of the one line, each item on line 1', () => {
    expect(o.name).toBe('赣江新区外事办公室');
    expect(o.summary).toEqual(['赣江新区外事办公室是新区管委会工作部门。']);
    expect(o.duties).toEqual([
      { label: '一', text: '负责新区外事工作。', line: 1 },
      { label: '二', text: '负责新区港澳工作。', line: 1 },
    ]);
    expect(unitNames(doc)).toEqual(['综合处', '亚洲处']);
    expect(o.units[1].duties).toEqual([{ label: null, text: '负责亚洲事务。', line: 1 }]);
  });

  it('still reads the aligned leader line below', () => {
    expect(o.people).toEqual([{ title: '主任', name: '张三', line: 3 }]);
    expect(doc.diagnostics).toEqual([]);
  });
});
