// Nearest-rank percentiles of timed runs, shared by the search, chart and directory benchmarks.

/** Reads percentiles off `times`: `at(p)` is the smallest time with at least p% of the runs at or below it. */
export function percentileReader(times: readonly number[]): (p: number) => number {
  const sorted = [...times].sort((a, b) => a - b);
  return (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50 and p95 of timed runs, rounded to 0.01 ms, as the browser benchmarks report them. */
export function medianAndP95(times: readonly number[]): { p50Ms: number; p95Ms: number } {
  const at = percentileReader(times);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50Ms: round(at(50)), p95Ms: round(at(95)) };
}
