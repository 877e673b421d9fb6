import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Process-spawning tests (CLI, snapshots) take 7–10 s quiet and near 30 s at load 20.
    testTimeout: 60_000,
  },
});
