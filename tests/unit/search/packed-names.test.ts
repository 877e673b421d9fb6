// Unit names stored as packed arrays: each name and id comes back, and the ending test that
// ranking asks per candidate answers as String.endsWith would.
import { describe, expect, it } from 'vitest';
import { PackedNames, packNames } from '../../../shared/search/packed-names.ts';

const names = new PackedNames(
  packNames([
    { id: 7, name: '处' },
    { id: 70000, name: '河道采砂管理处' },
    { id: 3, name: '' },
  ]),
);

describe('packed names', () => {
  it('gives back each name and id', () => {
    expect([names.length, names.name(1), names.id(1), names.name(2), names.id(0)]).toEqual([
      3,
      '河道采砂管理处',
      70000,
      '',
      7,
    ]);
  });

  it('tells a name by its ending, and a name shorter than the ending does not end with it', () => {
    expect(names.endsWith(1, '管理处')).toBe(true);
    expect(names.endsWith(1, '科')).toBe(false);
    expect(names.endsWith(0, '管理处')).toBe(false);
    expect(names.endsWith(2, '处')).toBe(false);
    expect(names.endsWith(0, '处')).toBe(true);
  });
});
