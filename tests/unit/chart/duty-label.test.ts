import { describe, expect, it } from 'vitest';
import { printedDutyLabel } from '../../../shared/chart/duty-label.ts';

describe('printedDutyLabel', () => {
  it('puts the enumeration comma after a bare numeral, Chinese or Arabic', () => {
    expect(printedDutyLabel('三', 3)).toBe('三、');
    expect(printedDutyLabel('十二', 12)).toBe('十二、');
    expect(printedDutyLabel('7', 7)).toBe('7、');
    expect(printedDutyLabel('１０', 10)).toBe('１０、');
  });

  it('prints a label that carries its own brackets or mark as written', () => {
    for (const label of ['（四）', '(4)', '④', '⑷', '第五条', '4.']) expect(printedDutyLabel(label, 4)).toBe(label);
  });

  it('numbers an unlabelled duty by its position', () => {
    expect(printedDutyLabel(null, 9)).toBe('9.');
    expect(printedDutyLabel('', 2)).toBe('2.');
  });
});
