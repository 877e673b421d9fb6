// The k-best floor (key-floor.ts) that picks retrieval's candidates: kept between searches
// (reset, not rebuilt) and emptied best first in heap order, it must give what sorting every
// offered (key, record) pair gives: larger key first, ties by the smaller record, the first k.
import { describe, expect, it } from 'vitest';
import { KeyFloor } from '../../../shared/search/key-floor.ts';

/** A seeded generator (mulberry32), so that a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('KeyFloor', () => {
  it('keeps the k best by key, ties by the smaller record, best first, however often it is reset', () => {
    const next = random(7);
    const floor = new KeyFloor(1);
    for (let round = 0; round < 200; round++) {
      const k = 1 + Math.floor(next() * 60);
      const n = Math.floor(next() * 150);
      // Few distinct keys, so that many tie; records offered in no order.
      const recs = Array.from({ length: n }, (_, i) => i * 3 + 1).sort(() => next() - 0.5);
      const pairs = recs.map((rec) => ({ rec, key: Math.floor(next() * 6) / 4 }));
      floor.reset(k);
      for (const { key, rec } of pairs) floor.add(key, rec);
      const sorted = [...pairs].sort((a, b) => b.key - a.key || a.rec - b.rec).slice(0, k);
      expect(floor.best()).toEqual(sorted.map((p) => p.rec));
    }
  });

  it('says which records cannot enter once k are in, and nothing before', () => {
    const floor = new KeyFloor(2);
    floor.add(0.5, 10);
    expect(floor.value).toBe(-Infinity);
    floor.add(0.9, 20);
    expect(floor.value).toBe(0.5);
    expect(floor.excludes(0.4, 1)).toBe(true);
    expect(floor.excludes(0.5, 11)).toBe(true);
    expect(floor.excludes(0.5, 9)).toBe(false);
    floor.reset(3);
    expect(floor.value).toBe(-Infinity);
    expect(floor.best()).toEqual([]);
  });
});
