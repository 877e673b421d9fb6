// The tests StrykerJS runs against each mutant of the ranking, retrieval and evidence
// modules (stryker.config.json): the ranking rules, the labelled sets' thresholds and the
// search behaviours that pin the order of hits.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/search/ranking-rules.test.ts',
      'tests/unit/search/labelled-sets.test.ts',
      'tests/unit/search/ranking.test.ts',
      'tests/unit/search/pinyin.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
