// Nearest-rank percentiles of timed runs, shared by the search and chart benchmarks.

/** Reads percentiles off `times`: `at(p)` is the smallest time with at least p% of the runs at or below it. */
export function percentileReader(times: readonly number[]): (p: number) => number {
  const sorted = [...times].sort((a, b) => a - b);
  return (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
