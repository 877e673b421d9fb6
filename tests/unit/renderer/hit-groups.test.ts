// The results list's grouping: by office in the order of its best hit, then by unit; and the
// screenful of it that an answer's first frame draws.
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/types.ts';
import { firstRows, groupHits } from '../../../renderer/views/hit-groups.ts';

const hit = (officeId: number, unitId: number | null, text: string): SearchHit => ({
  kind: unitId === null ? 'duty' : 'unit',
  office: `机构${officeId}`,
  unit: unitId === null ? null : `处室${unitId}`,
  text,
  score: 1,
  matches: [],
  officeId,
  unitId,
  line: 1,
});

describe('groupHits', () => {
  // Ranked order: office 2 first, then office 1, back to office 2, office-level in between.
  const hits = [hit(2, 20, 'a'), hit(1, 10, 'b'), hit(2, null, 'c'), hit(2, 20, 'd'), hit(1, 11, 'e'), hit(1, 10, 'f')];
  const { sections, flat } = groupHits(hits);

  it('orders offices, and units within each, by their best hit', () => {
    expect(sections.map((s) => s.officeId)).toEqual([2, 1]);
    expect(sections[0]!.groups.map((g) => g.unitId)).toEqual([20, null]);
    expect(sections[1]!.groups.map((g) => g.unitId)).toEqual([10, 11]);
    expect(sections.map((s) => s.count)).toEqual([3, 3]);
  });

  it('keeps hits in ranked order inside a unit', () => {
    expect(sections[0]!.groups[0]!.hits.map((h) => h.hit.text)).toEqual(['a', 'd']);
    expect(sections[1]!.groups[0]!.hits.map((h) => h.hit.text)).toEqual(['b', 'f']);
  });

  it('numbers the hits in the order shown, for the keyboard', () => {
    expect(flat.map((h) => h.text)).toEqual(['a', 'd', 'c', 'b', 'f', 'e']);
    const indices = sections.flatMap((s) => s.groups.flatMap((g) => g.hits.map((h) => h.index)));
    expect(indices).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('groups nothing from nothing', () => {
    expect(groupHits([])).toEqual({ sections: [], flat: [] });
  });
});

describe('firstRows', () => {
  // Office 1: unit 10 with three hits, unit 11 with one; office 2: unit 20 with two.
  const hits = [hit(1, 10, 'a'), hit(1, 10, 'b'), hit(1, 10, 'c'), hit(1, 11, 'd'), hit(2, 20, 'e'), hit(2, 20, 'f')];
  const { sections } = groupHits(hits);
  const texts = (cut: ReturnType<typeof firstRows>) =>
    cut.map((s) => s.groups.map((g) => g.hits.map((h) => h.hit.text).join('')).join('|'));

  it('gives back the very list when every row fits', () => {
    // 2 office titles + 3 unit titles + 6 hits = 11 rows.
    expect(firstRows(sections, 11, true)).toBe(sections);
    expect(firstRows(sections, 50, true)).toBe(sections);
  });

  it('counts office titles, unit titles and hits as rows, and cuts between hits', () => {
    // Office 1's title, unit 10's title, hits a and b.
    expect(texts(firstRows(sections, 4, true))).toEqual(['ab']);
    // Without office titles the same four rows reach hit c.
    expect(texts(firstRows(sections, 4, false))).toEqual(['abc']);
    // Office 1 whole (7 rows), then office 2's title, unit 20's title and hit e.
    expect(texts(firstRows(sections, 10, true))).toEqual(['abc|d', 'e']);
  });

  it('never ends on a title without a hit under it', () => {
    // Office 1 whole takes 7 rows; one row more would be office 2's title alone.
    expect(texts(firstRows(sections, 8, true))).toEqual(['abc|d']);
    // Unit 10 whole is 4 rows; a fifth would be unit 11's title alone.
    expect(texts(firstRows(sections, 5, false))).toEqual(['abc']);
  });

  it('keeps the counts and hit numbers of the whole list', () => {
    const cut = firstRows(sections, 4, true);
    expect(cut[0]!.count).toBe(4);
    expect(cut[0]!.groups[0]!.hits.map((h) => h.index)).toEqual([0, 1]);
  });
});
