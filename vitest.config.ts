import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const include = ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'];
// The Electron shell's tests replace the `electron` module (vi.mock) and import the main
// process's entry for its side effects: each file needs modules of its own.
const shell = ['tests/unit/electron/**/*.test.ts'];

export default defineConfig({
  test: {
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
    projects: [
      // Every other file shares its worker's loaded modules: a fresh module graph per file
      // (about 0.4 s each, 120 files) took a minute of the unit stage's four.
      { extends: true, test: { name: 'unit', include, exclude: shell, isolate: false } },
      { extends: true, test: { name: 'shell', include: shell } },
    ],
  },
});
