// Full-width punctuation for displayed Chinese text: hand-typed cases of what Chinese
// typesetting expects, and properties that hold for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../../shared/text/punctuation.ts';

describe('fullWidthPunctuation', () => {
  it.each([
    ['江西省人民政府外事办公室,是省政府组成部门', '江西省人民政府外事办公室，是省政府组成部门'],
    ['出国(境)管理处', '出国（境）管理处'],
    ['(三)负责档案工作;', '（三）负责档案工作；'],
    ['(1)负责外事工作', '（1）负责外事工作'],
    ['电话:0791-86262333', '电话：0791-86262333'],
    ['这是什么?请说明!', '这是什么？请说明！'],
    ['共计1,000人,其中', '共计1,000人，其中'],
    ['上午10:30开会', '上午10:30开会'],
    ['比例为1:2', '比例为1:2'],
    ['英文(English)说明', '英文（English）说明'],
    ['GDP(国内生产总值)', 'GDP（国内生产总值）'],
    ['“江西省文明单位”,获得', '“江西省文明单位”，获得'],
    ['共100,其中', '共100，其中'],
  ])('%s → %s', (source, shown) => {
    expect(fullWidthPunctuation(source)).toBe(shown);
  });

  it.each([
    ['网址:http://www.jxfao.gov.cn/index.html?a=1,2', '网址：http://www.jxfao.gov.cn/index.html?a=1,2'],
    ['邮箱:office@jxfao.gov.cn;传真:0791-1', '邮箱：office@jxfao.gov.cn；传真：0791-1'],
    ['电话:(0791)86262333', '电话：(0791)86262333'],
    ['访问www.jx.gov.cn/a,b了解', '访问www.jx.gov.cn/a,b了解'],
  ])('leaves URLs, e-mail and phone numbers alone: %s', (source, shown) => {
    expect(fullWidthPunctuation(source)).toBe(shown);
  });

  it('leaves Latin text and numbers alone', () => {
    for (const s of ['Hello, world (really)!', 'a:b;c?', '1,000,000', 'ratio 3:4 (approx.)'])
      expect(fullWidthPunctuation(s)).toBe(s);
  });

  const chinese = fc.constantFrom(...'省外事办公室职责处负责管理三', '（', '）', '，', '。');
  const latin = fc.constantFrom(...'abcXYZ0123456789 .-/@', 'http://', 'www.');
  const marks = fc.constantFrom(...',;:()!?');
  const mixed = fc.array(fc.oneof(chinese, latin, marks), { maxLength: 40 }).map((parts) => parts.join(''));

  it('is idempotent', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const once = fullWidthPunctuation(s);
        expect(fullWidthPunctuation(once)).toBe(once);
      }),
    );
  });

  it('changes only the seven marks, each to its full-width form, keeping every offset', () => {
    const pairs = new Map([...',;:()!?'].map((c, i) => [c, '，；：（）！？'[i]]));
    fc.assert(
      fc.property(mixed, (s) => {
        const out = fullWidthPunctuation(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) if (out[i] !== s[i]) expect(out[i]).toBe(pairs.get(s[i]!));
      }),
    );
  });

  it('never changes text without Chinese in it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(latin, marks), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(fullWidthPunctuation(s)).toBe(s);
      }),
    );
  });

  it('returns a new string and leaves its argument as it was', () => {
    const stored = '出国(境)管理处,负责';
    const copy = stored.slice();
    fullWidthPunctuation(stored);
    expect(stored).toBe(copy);
  });
});
