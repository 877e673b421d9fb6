// Old against new in one process, on the same index and keystrokes: the search code at a git
// ref (default main, extracted into .bench-ref/) and the working tree's, interleaved per
// keystroke, first one then the other first, so that the machine's load and the cache fall
// on both alike. Prints one JSON line: how many
// hit lists differ (every keystroke and a few broad extra queries, at two limits) and each
// side's per-keystroke thread CPU p50 / p95 (the average of `rounds` × 5 calls), with
// the load average, and each side's slowest keystrokes (`--slowest N`, 10 unless told).
// `node bench/compare-ref.ts [--ref REF] [--index FILE] [--rounds N] [--size 10k|150k] [--slowest N]`;
// with `--build`, the full build instead: both sides' buildSearchIndex over the same offices in
// turn, each round's thread CPU, and whether the two sides' bytes are the same;
// without --index the directory (150k unless --size says) is built in process, by each side's own builder (the
// stored format may differ between them); --index FILE serves both (the same format): a blob,
// or an index file as the national bench caches it (its page table is skipped).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as ours from '../shared/search/index.ts';
import { idCounter } from '../shared/search/from-parsed.ts';
import { generateDirectory } from './generate.ts';
import { keystrokes } from './keystrokes.ts';
import { loadLabelledSet } from './labelled.ts';
import { percentiles } from './measure.ts';
import { SIZES } from './search.ts';

type Engine = typeof ours;

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []))[0];
const ref = option('--ref') ?? 'main';
const rounds = Number(option('--rounds') ?? 3);
const sizeLabel = option('--size') ?? '150k';
const size = SIZES.find((s) => s.label === sizeLabel) ?? SIZES[1]!;
const slowest = Number(option('--slowest') ?? 10);
const RUNS = 5;
/** Broad queries beyond the scripted keystrokes: one character, one letter, two terms. */
const EXTRA = ['出', '外', '管理', 'g', 'x', 'zh', 'guanli', 'bgs', '安全 管理', '出入境 签证'];

async function engineAt(gitRef: string): Promise<Engine> {
  const dir = join(root, '.bench-ref');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const archive = execFileSync('git', ['archive', gitRef, 'shared'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return (await import(join(dir, 'shared', 'search', 'index.ts'))) as Engine;
}

/** "OAF1", the index file's first word (electron/node/store/index-file.ts): a page table, then the blob. */
const INDEX_FILE_MAGIC = 0x3146414f;

function indexBytes(engine: Engine): Uint8Array {
  const file = option('--index');
  if (file) {
    const bytes = readFileSync(file);
    return bytes.readUInt32LE(0) === INDEX_FILE_MAGIC ? bytes.subarray(16 + 4 * bytes.readUInt32LE(8)) : bytes;
  }
  const ids = idCounter();
  return engine.buildSearchIndex([...loadLabelledSet(ids).offices, ...generateDirectory(size, ids)]);
}

const theirs = await engineAt(ref);
if (args.includes('--build')) {
  compareBuilds();
  process.exit(0);
}
const engines = [
  { engine: theirs, index: theirs.loadSearchIndex(indexBytes(theirs)) },
  { engine: ours, index: ours.loadSearchIndex(indexBytes(ours)) },
] as const;
const typed = keystrokes().map((k) => k.query);

const differ: string[] = [];
for (const q of [...typed, ...EXTRA]) {
  for (const limit of [10, 50]) {
    const [a, b] = engines.map(({ engine, index }) => engine.search(index as never, q, { limit }).hits);
    if (!isDeepStrictEqual(a, b)) differ.push(`${q} (limit ${limit})`);
  }
}

const loadBefore = os.loadavg()[0];
const total = engines.map(() => typed.map(() => 0));
for (let r = 0; r < rounds; r++) {
  typed.forEach((q, k) => {
    const order = (r + k) % 2 === 0 ? [0, 1] : [1, 0];
    order.forEach((e) => {
      const { engine, index } = engines[e]!;
      const before = process.threadCpuUsage();
      for (let i = 0; i < RUNS; i++) engine.search(index as never, q);
      const used = process.threadCpuUsage(before);
      total[e]![k] += (used.user + used.system) / 1000;
    });
  });
}
const perKeystroke = total.map((times) => times.map((t) => t / (rounds * RUNS)));
const [was, now] = perKeystroke.map(percentiles);
const slowestOf = (times: number[]) =>
  times
    .map((t, k) => ({ query: typed[k]!, ms: Math.round(t * 1000) / 1000 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, slowest);
console.log(
  JSON.stringify({
    bench: 'compare-ref',
    ref,
    size: option('--index') ? option('--index') : size.label,
    records: engines[1].index.recCount,
    keystrokes: typed.length,
    differingHitLists: differ,
    [ref]: { ...was, slowest: slowestOf(perKeystroke[0]!) },
    workingTree: { ...now, slowest: slowestOf(perKeystroke[1]!) },
    p95Ratio: Math.round((was!.p95Ms / now!.p95Ms) * 100) / 100,
    timing: `thread CPU per keystroke, the average of ${rounds * RUNS} runs, interleaved by ${RUNS}`,
    loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(os.loadavg()[0] * 10) / 10],
  }),
);

function compareBuilds(): void {
  const ids = idCounter();
  const offices = [...loadLabelledSet(ids).offices, ...generateDirectory(size, ids)];
  const loadBefore = os.loadavg()[0];
  const cpu: number[][] = [[], []];
  const bytes: Uint8Array[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const e of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const before = process.threadCpuUsage();
      bytes[e] = [theirs, ours][e]!.buildSearchIndex(offices);
      const used = process.threadCpuUsage(before);
      cpu[e]!.push(Math.round((used.user + used.system) / 1000));
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    JSON.stringify({
      bench: 'compare-ref-build',
      ref,
      size: size.label,
      sameBytes: Buffer.compare(bytes[0]!, bytes[1]!) === 0,
      [ref]: { medianMs: median(cpu[0]!), roundsMs: cpu[0] },
      workingTree: { medianMs: median(cpu[1]!), roundsMs: cpu[1] },
      ratio: Math.round((median(cpu[0]!) / median(cpu[1]!)) * 100) / 100,
      timing: `thread CPU of buildSearchIndex, serial, ${rounds} rounds, alternating which side goes first`,
      loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(os.loadavg()[0] * 10) / 10],
    }),
  );
}
