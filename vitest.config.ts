import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest leaves one core free by default: on a 2-core machine that is one worker, and the
    // unit stage took 272 s instead of 175 s.
    maxWorkers: availableParallelism(),
    // Process-spawning tests (CLI, snapshots) take 7–10 s quiet and near 30 s at load 20.
    testTimeout: 60_000,
    // Setup hooks that start a bundle or a host wait as long (the default 10 s is shorter than
    // their own 20 s waits).
    hookTimeout: 60_000,
  },
});
