// The tests StrykerJS runs against each mutant of the ranking, retrieval and evidence
// modules (stryker.config.json): the ranking rules, the labelled sets' thresholds and the
// search behaviours that pin the order of hits.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/search/ranking-rules.test.ts',
      'tests/unit/search/labelled-sets.test.ts',
      'tests/unit/search/retrieval-evidence.test.ts',
      'tests/unit/search/evidence.test.ts',
      'tests/unit/search/plan-terms.test.ts',
      'tests/unit/search/ranking.test.ts',
      'tests/unit/search/pinyin.test.ts',
      'tests/unit/search/never-empty.test.ts',
      'tests/unit/search/abbreviation.test.ts',
      'tests/unit/search/rank-weights.test.ts',
      'tests/unit/search/everyday-words.test.ts',
      'tests/unit/search/retrieval-cap.test.ts',
      'tests/unit/search/retrieval-first-key.test.ts',
      'tests/unit/search/lexicon-split.test.ts',
      // A replaced office's pairs stay as empty lists: the merged index must cut words as a fresh one.
      'tests/unit/search/segments.test.ts',
      // The name walk's stop rule and the order it walks (name-order.ts, key-floor.ts).
      'tests/unit/search/name-walk.test.ts',
      'tests/unit/search/name-walk-stop.test.ts',
      // The k-best floor kept between searches and emptied in heap order (key-floor.ts).
      'tests/unit/search/key-floor.test.ts',
      'tests/unit/search/retrieval-weights.test.ts',
      // An office's leader stands for the office (rank.ts ownerOf).
      'tests/unit/search/surname-title.test.ts',
    ],
    environment: 'node',
    // One process whose modules stay loaded between mutant runs: the index builders'
    // one-off tables (traditional → simplified, readings) are not rebuilt for every mutant.
    pool: 'threads',
    isolate: false,
    fileParallelism: false,
    testTimeout: 30_000,
    // Fewer generated cases per property for each of the hundreds of mutant runs.
    env: { RANKING_PROPERTY_RUNS: '8', NEVER_EMPTY_RUNS: '40' },
  },
});
