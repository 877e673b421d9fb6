// What the compact index format stores only in part must come back whole: the text as
// written (stored where it differs from the folded text), each character's syllable in
// context (stored where it differs from the main reading), unit names and ids (packed),
// and line numbers (16 bits wide only when they fit), from a built index and through merges.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSegment, loadSearchIndex, mergeIndexes, search } from '../../../shared/search/index.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';
import { pinyinText, recText } from '../../../shared/search/record.ts';
import type { SearchIndex } from '../../../shared/search/layout.ts';
import { makeOffice } from './make-office.ts';

const ids = idCounter();
const finance = makeOffice(
  {
    name: '测试市金融工作局',
    units: [
      { name: '銀行監管處', duties: ['負責ＡＢＣ類機構的備案'] },
      { name: '重庆联络处', duties: ['负责与银行业协会的联系'] },
    ],
  },
  ids,
);
const long = makeOffice({ name: '测试市档案局', units: [{ name: '长编处', duties: ['负责长篇档案的整理'] }] }, ids);
// A unit far down a very long document: its line number needs more than 16 bits.
long.units[0].line = 70_000;

const recOf = (index: SearchIndex, text: string) => {
  for (let r = 0; r < index.recCount; r++) if (recText(index, r, 'orig') === text) return r;
  throw new Error(`no record ${text}`);
};

const built = loadSearchIndex(buildSearchIndex([finance, long]));
const merged = loadSearchIndex(mergeIndexes([{ index: loadSearchIndex(buildSegment(long)) }, { index: built }]));

describe.each([
  ['built', built],
  ['merged behind another office', merged],
])('the compact index format, %s', (_name, index) => {
  it('gives the text back as written: traditional and full-width characters as typed', () => {
    const hit = search(index, '银行监管').hits[0];
    expect(hit.unit).toBe('銀行監管處');
    expect(hit.text).toBe('銀行監管處');
    expect(recText(index, recOf(index, '負責ＡＢＣ類機構的備案'), 'norm')).toBe('负责abc类机构的备案');
  });

  it('reads polyphonic characters in context, not by their main reading', () => {
    expect(pinyinText(index, recOf(index, '銀行監管處'), false)).toBe('yinhangjianguanchu');
    expect(pinyinText(index, recOf(index, '重庆联络处'), false)).toBe('chongqinglianluochu');
    expect(pinyinText(index, recOf(index, '长编处'), false)).toBe('changbianchu');
    expect(search(index, 'yinhangjianguan').hits[0].unit).toBe('銀行監管處');
    expect(search(index, 'cqll').hits[0].unit).toBe('重庆联络处');
  });

  it('fills every syllable at once as it fills them record by record', () => {
    const bytes = mergeIndexes([{ index }]);
    const whole = loadSearchIndex(bytes);
    const all = whole.syllables.all();
    expect(pinyinText(whole, recOf(whole, '銀行監管處'), false)).toBe('yinhangjianguanchu');
    const byRecord = loadSearchIndex(bytes);
    for (let r = byRecord.recCount - 1; r >= 0; r--) {
      const syl = byRecord.syllables.of(r);
      const [a, b] = [byRecord.recStart[r], byRecord.recStart[r + 1]];
      expect([...syl.subarray(a, b)]).toEqual([...all.subarray(a, b)]);
    }
  });

  it('keeps unit ids and line numbers past 16 bits', () => {
    const hit = search(index, '长编处').hits[0];
    expect(hit.unit).toBe('长编处');
    expect(hit.unitId).toBe(long.units[0].id);
    expect(hit.line).toBe(70_000);
  });
});
