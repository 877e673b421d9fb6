// Ranking quality on the tune half of the out-of-sample set (the frozen test half is for the
// bench only) and on the old labelled set. Thresholds sit a little under today's figures so
// that a ranking change that loses queries fails here.
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateDirectory, loadLabelledSet, loadOosSet } from '../../../bench/labelled.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';

describe('out-of-sample tune half (tests/fixtures/search-offices-oos)', () => {
  const set = loadOosSet('tune');
  const index = loadSearchIndex(buildSearchIndex(set.offices));
  // Searched inside each test (not at collection time), so that mutation testing can tell
  // which tests cover which code.
  const report = () => evaluateDirectory(set, (q) => search(index, q, { limit: 10 }).hits);

  it('has at least 100 queries over at least 12 offices', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(100);
    expect(set.offices.length).toBeGreaterThanOrEqual(12);
  });

  it('puts the expected office and unit first for at least 94% and in the top 3 for at least 97%', () => {
    const r = report();
    expect(r.top1, JSON.stringify(r.misses)).toBeGreaterThanOrEqual(0.94);
    expect(r.top3, JSON.stringify(r.misses)).toBeGreaterThanOrEqual(0.97);
  });

  it('finds something for every question whose topic is in words of the directory', () => {
    const synonymOnly = new Set(set.queries.filter((q) => q.synonymOnly).map((q) => q.q));
    expect(report().empty.filter((q) => !synonymOnly.has(q))).toEqual([]);
  });
});

// The later tune halves, each over the directory of its round (every office before it and its
// own): the least top-1 and top-3 each must keep.
const LATER_TUNE_HALVES = [
  ['tune5', 0.8, 0.92],
  ['tune6', 0.9, 0.93],
  ['tune7', 0.87, 0.94],
  ['tune8', 0.87, 0.93],
  ['tune9', 0.93, 0.99],
  ['tune10', 0.92, 0.98],
] as const;

describe.each(LATER_TUNE_HALVES)('tune questions of queries-%s.json', (half, top1, top3) => {
  const set = loadOosSet(half);
  const index = loadSearchIndex(buildSearchIndex(set.offices));
  const report = () => evaluateDirectory(set, (q) => search(index, q, { limit: 10 }).hits);

  it(`puts the expected office and unit first for at least ${top1 * 100}% and in the top 3 for at least ${top3 * 100}%`, () => {
    const r = report();
    expect(r.top1, JSON.stringify(r.misses)).toBeGreaterThanOrEqual(top1);
    expect(r.top3, JSON.stringify(r.misses)).toBeGreaterThanOrEqual(top3);
  });

  it('finds something for every question', () => {
    expect(report().empty).toEqual([]);
  });
});

describe('old labelled set, per office', () => {
  const set = loadLabelledSet();
  const index = loadSearchIndex(buildSearchIndex(set.offices));

  it('keeps the expected unit first for at least 98% and every must-pass query', () => {
    const report = evaluate(set, (q, officeId) => search(index, q, { officeId, limit: 5 }).hits);
    expect(report.top1, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.98);
    expect(report.top1Passed).toBe(report.top1Total);
  });
});

describe('the labelled sets name real units', () => {
  it.each([
    'tune',
    'tune5',
    'tune6',
    'tune7',
    'tune8',
    'tune9',
    'tune10',
    'test',
    'test2',
    'test3',
    'test4',
    'test5',
    'test6',
    'test7',
    'test8',
    'test9',
    'test10',
  ] as const)('every expected unit of %s is a unit of its office', (half) => {
    const set = loadOosSet(half);
    const unitsOf = new Map(set.offices.map((o) => [o.id, new Set(o.units.map((u) => u.name))]));
    const unknown = set.queries.filter(
      (q) => q.unit !== null && !unitsOf.get(set.officeIds.get(q.office) ?? -1)?.has(q.unit),
    );
    expect(unknown).toEqual([]);
  });
});
