import { describe, expect, it } from 'vitest';
import { csvField } from '../../../electron/db/export.ts';

describe('csvField', () => {
  it('quotes only what needs quoting, doubling inner quotes', () => {
    expect(csvField('亚洲处')).toBe('亚洲处');
    expect(csvField('负责文电,会议')).toBe('"负责文电,会议"');
    expect(csvField('承担"督查"事项')).toBe('"承担""督查""事项"');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(23)).toBe('23');
    expect(csvField(null)).toBe('');
  });
});
