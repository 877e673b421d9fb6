// Timing and memory helpers shared by the search benchmark's phases.
import { percentileReader } from './percentile.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
export const ms = (x: number) => Math.round(x * 10) / 10;

export interface MemorySample {
  heap: number;
  buffers: number;
}

/** V8 heap used and array buffers, after a full collection. */
export function memory(): MemorySample {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

/** What was allocated since `before` and is still held. */
export function grown(before: MemorySample, extraBuffers = 0) {
  const after = memory();
  const heap = after.heap - before.heap;
  return { heapMb: mb(heap), memoryMb: mb(heap + after.buffers - before.buffers + extraBuffers) };
}

export function percentiles(times: number[]) {
  const at = percentileReader(times);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p50Ms: round(at(50)), p95Ms: round(at(95)), p99Ms: round(at(99)) };
}

/** Wall time of each query: the median of `repeats` runs (a run pre-empted by another process on a shared machine does not count). */
export function timeEach(queries: string[], run: (q: string) => unknown, repeats: number): number[] {
  return queries.map((q) => {
    const runs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      run(q);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[Math.floor(repeats / 2)];
  });
}

/** CPU time per keystroke: the average over this many runs back to back. */
export const CPU_RUNS = 10;

/**
 * This thread's CPU time per call of each query: `runs` calls back to back, averaged (the
 * thread clock advances in scheduler ticks, too coarse for one call). Time spent waiting for
 * a core does not count, so on a loaded machine it is steadier than wall time.
 */
export function cpuEach(queries: string[], run: (q: string) => unknown, runs: number): number[] {
  return queries.map((q) => {
    const before = process.threadCpuUsage();
    for (let i = 0; i < runs; i++) run(q);
    const used = process.threadCpuUsage(before);
    return (used.user + used.system) / 1000 / runs;
  });
}

/** Median wall time of `runs` calls of `work`. */
export function medianMs(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return ms(times.sort((a, b) => a - b)[Math.floor(runs / 2)]);
}
