import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelledSet } from '../../../bench/labelled.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../../../shared/search/index.ts';

describe('labelled query set (tests/fixtures/queries/labelled.json)', () => {
  const set = loadLabelledSet();
  const index = loadSearchIndex(buildSearchIndex(set.offices));
  const report = evaluate(set, (q, officeId) => search(index, q, { officeId, limit: 5 }).hits);

  it('has enough queries over the seed and two other offices', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.queries.map((q) => q.office)).size).toBeGreaterThanOrEqual(3);
  });

  it('finds the expected unit in the top 3 for at least 95% of the queries', () => {
    expect(report.recallAt3, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the expected unit first for every must-pass query', () => {
    const failed = report.misses.filter((m) => set.queries.find((q) => q.q === m.q && q.top1));
    expect(failed).toEqual([]);
    expect(report.top1Total).toBeGreaterThanOrEqual(13);
  });
});
