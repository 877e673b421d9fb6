// The 500-office test directory (bench/directory.ts): deterministic, of every level and kind,
// and each name reads back as the province, level and kind its template meant.
import { describe, expect, it } from 'vitest';
import { generateDirectoryDocuments } from '../../../bench/directory.ts';
import { placeOffice } from '../../../shared/directory/index.ts';

describe('the generated directory', () => {
  const docs = generateDirectoryDocuments(500);

  it('is the same on every run, with 500 distinct office names', () => {
    expect(generateDirectoryDocuments(500).map((d) => d.text)).toEqual(docs.map((d) => d.text));
    expect(new Set(docs.map((d) => d.name)).size).toBe(500);
  });

  it('has offices of every level and kind', () => {
    for (const level of ['province', 'city', 'county', 'township'] as const) {
      for (const kind of ['government', 'party', 'institution'] as const) {
        expect(docs.filter((d) => d.level === level && d.kind === kind).length, `${level} ${kind}`).toBeGreaterThan(3);
      }
    }
  });

  it('reads back, from each name, the place, level and kind the template meant', () => {
    const misread = docs
      .map((d) => ({ d, p: placeOffice(d.name) }))
      .filter(({ d, p }) => p.region.province !== d.province || p.level !== d.level || p.kind !== d.kind)
      .map(({ d }) => d.name);
    expect(misread).toEqual([]);
  });
});
