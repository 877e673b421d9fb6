// The results list's grouping: by office in the order of its best hit, then by unit.
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/types.ts';
import { groupHits } from '../../../renderer/views/hit-groups.ts';

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
