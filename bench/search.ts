// The search benchmark: synthetic directories of two sizes (plus the labelled offices),
// the scripted keystrokes through OrgAtlas search and, side by side, through plain fuse.js
// over the same records. One JSON line per size and a summary line for the largest size.
import os from 'node:os';
import { buildSearchIndex, loadSearchIndex, search, type SearchIndex } from '../shared/search/index.ts';
import { idCounter } from '../shared/search/from-parsed.ts';
import { isDuty } from '../shared/search/record.ts';
import { baselineRecords, fuseBaseline, fuseSearch } from './fuse-baseline.ts';
import { generateDirectory, type DirectorySize } from './generate.ts';
import { keystrokes } from './keystrokes.ts';
import { evaluate, loadLabelledSet, qualityFigures, type QualityFigures } from './labelled.ts';
import type { OfficeDetail } from '../shared/types.ts';
import { CPU_RUNS, cpuEach, grown, memory, ms, percentiles, timeEach } from './measure.ts';
import { runNational } from './national.ts';
import { runPeers, type PeerFigures } from './peers-bench.ts';
import { runReimport } from './reimport.ts';

export const SIZES: DirectorySize[] = [
  { label: '10k', offices: 1, unitsPerOffice: 1000, clausesPerUnit: 10 },
  { label: '150k', offices: 500, unitsPerOffice: 30, clausesPerUnit: 10 },
];

/** The size the summary is for: peers, index updates and the national size run at it. */
const LARGEST = SIZES[SIZES.length - 1]!;

interface SizeLine {
  bench: string;
  records: number;
  dutyClauses: number;
  p95Ms: number;
  cpu: { p50Ms: number; p95Ms: number; timing: string };
  fuse: { p50Ms: number; p95Ms: number; memoryMb: number; heapMb: number; [key: string]: unknown };
  speedupP95: number;
  indexLoadMs: number;
  memoryMb: number;
  heapMb: number;
  loadAverage: number;
  [key: string]: unknown;
}

/** Above this many records the fuse.js baseline only types every n-th keystroke. */
const FUSE_FULL_LIMIT = 50_000;
const FUSE_SAMPLE_TARGET = 20;
/** Each keystroke is timed as the median of this many runs (fuse.js: one run). */
const REPEATS = 3;

function countClauses(index: SearchIndex): number {
  let n = 0;
  for (let r = 0; r < index.recCount; r++) if (isDuty(index, r)) n++;
  return n;
}

/** What fuse.js adds: the quality figures with and without its fallback, on every half. */
function fuseAblation(withFuse: QualityFigures, withoutFuse: QualityFigures): object {
  return {
    bench: 'fuse-ablation',
    half: 'test',
    withFuse: withFuse.test,
    withoutFuse: withoutFuse.test,
    test2WithFuse: withFuse.test2,
    test2WithoutFuse: withoutFuse.test2,
    test3WithFuse: withFuse.test3,
    test3WithoutFuse: withoutFuse.test3,
    test4WithFuse: withFuse.test4,
    test4WithoutFuse: withoutFuse.test4,
    test5WithFuse: withFuse.test5,
    test5WithoutFuse: withoutFuse.test5,
    test6WithFuse: withFuse.test6,
    test6WithoutFuse: withoutFuse.test6,
    test7WithFuse: withFuse.test7,
    test7WithoutFuse: withoutFuse.test7,
    test8WithFuse: withFuse.test8,
    test8WithoutFuse: withoutFuse.test8,
    test9WithFuse: withFuse.test9,
    test9WithoutFuse: withoutFuse.test9,
    test10WithFuse: withFuse.test10,
    test10WithoutFuse: withoutFuse.test10,
    tuneWithFuse: withFuse.tune,
    tuneWithoutFuse: withoutFuse.tune,
    role: 'fuzzy pinyin over names when the postings find nothing for a Latin query that does not read as pinyin',
  };
}

export async function run(options: { sizes?: string[] } = {}): Promise<object[]> {
  const lines: object[] = [];
  const typed = keystrokes();
  const queries = typed.map((k) => k.query);
  const log = (msg: string) => process.stderr.write(`bench search: ${msg}\n`);

  // Recall on the labelled set, per office (officeId filter). Ranking within an office does
  // not depend on the other offices (for either engine), so one measurement serves all sizes.
  const labelled = loadLabelledSet();
  const smallIndex = loadSearchIndex(buildSearchIndex(labelled.offices));
  const recallAt3 = evaluate(labelled, (q, officeId) => search(smallIndex, q, { officeId, limit: 5 }).hits).recallAt3;
  const smallFuse = fuseBaseline(baselineRecords(smallIndex));
  const fuseRecallAt3 = evaluate(labelled, (q, officeId) => fuseSearch(smallFuse, q, 5, officeId)).recallAt3;

  // Quality on the old set and the out-of-sample halves, and the same without fuse.js's
  // fuzzy names (the ablation: what fuse.js adds).
  const engine = (fuzzy: boolean) => (offices: OfficeDetail[]) => {
    const index = loadSearchIndex(buildSearchIndex(offices));
    return {
      perOffice: (q: string, officeId: number) => search(index, q, { officeId, limit: 5, fuzzy }).hits,
      directory: (q: string) => search(index, q, { limit: 10, fuzzy }).hits,
    };
  };
  const quality = qualityFigures(engine(true));
  const withoutFuse = qualityFigures(engine(false));
  lines.push({
    bench: 'search-quality',
    ...quality,
    note: 'oldSet per office (in sample); tune and test over the whole out-of-sample directory; tuned on the tune half only',
  });
  lines.push(fuseAblation(quality, withoutFuse));

  let largest: SizeLine | undefined;
  let peers: Record<string, PeerFigures> = {};
  let indexUpdates: { fullBuildMs: number; officeReimportMs: number } | undefined;
  let national10x: ReturnType<typeof runNational>['summary'] | undefined;
  for (const size of SIZES.filter((s) => !options.sizes || options.sizes.includes(s.label))) {
    const ids = idCounter();
    const set = loadLabelledSet(ids);
    const offices = [...set.offices, ...generateDirectory(size, ids)];
    const unitCount = size.offices * size.unitsPerOffice;
    log(`${size.label}: building the index of ${offices.length} offices`);
    let t = performance.now();
    const blob = buildSearchIndex(offices);
    const indexBuildMs = performance.now() - t;
    // The records are in the blob now; let the collector have the parsed offices.
    offices.length = 0;

    const before = memory();
    t = performance.now();
    const index = loadSearchIndex(blob);
    const indexLoadMs = performance.now() - t;
    search(index, '护照');
    const oursMemory = grown(before, blob.byteLength);

    timeEach(queries, (q) => search(index, q), 1); // warm-up pass, not timed
    const ours = percentiles(timeEach(queries, (q) => search(index, q), REPEATS));
    const oursCpu = percentiles(cpuEach(queries, (q) => search(index, q), CPU_RUNS));
    const atScale = evaluate(set, (q, officeId) => search(index, q, { officeId, limit: 5 }).hits).recallAt3;

    log(`${size.label}: fuse.js baseline`);
    const fuseBefore = memory();
    const records = baselineRecords(index);
    t = performance.now();
    const fuse = fuseBaseline(records);
    const fuseLoadMs = performance.now() - t;
    const fuseMemory = grown(fuseBefore);
    const step = records.length > FUSE_FULL_LIMIT ? Math.max(1, Math.floor(queries.length / FUSE_SAMPLE_TARGET)) : 1;
    const fuseQueries = queries.filter((_, i) => i % step === 0);
    fuseSearch(fuse, fuseQueries[0]);
    // fuse.js takes long enough per search that one run is not distorted by pre-emption.
    const theirs = percentiles(timeEach(fuseQueries, (q) => fuseSearch(fuse, q), 1));
    // Speed-up over the same keystrokes fuse.js typed (all of them, or the sample).
    const oursOnSample = step > 1 ? percentiles(timeEach(fuseQueries, (q) => search(index, q), REPEATS)) : ours;

    const line: SizeLine = {
      bench: 'search',
      size: size.label,
      offices: size.offices + set.offices.length,
      units: unitCount,
      dutyClauses: countClauses(index),
      records: index.recCount,
      keystrokes: queries.length,
      ...ours,
      cpu: {
        p50Ms: oursCpu.p50Ms,
        p95Ms: oursCpu.p95Ms,
        timing: `thread CPU, average of ${CPU_RUNS} runs per keystroke`,
      },
      indexLoadMs: ms(indexLoadMs),
      indexBuildMs: Math.round(indexBuildMs),
      indexBytes: blob.byteLength,
      ...oursMemory,
      recallAt3,
      recallAt3InDirectory: atScale,
      fuse: {
        keystrokes: fuseQueries.length,
        sampled: step > 1 ? `one keystroke in ${step} (${fuseQueries.length} of ${queries.length})` : false,
        timing: 'one run per keystroke',
        ...theirs,
        indexLoadMs: ms(fuseLoadMs),
        ...fuseMemory,
        recallAt3: fuseRecallAt3,
      },
      p95MsOnFuseKeystrokes: oursOnSample.p95Ms,
      speedupP95: Math.round((theirs.p95Ms / oursOnSample.p95Ms) * 10) / 10,
      timing: `median of ${REPEATS} runs per keystroke`,
      loadAverage: Math.round(os.loadavg()[0] * 10) / 10,
      cpus: os.cpus().length,
      node: process.version,
      note: 'heapMb = V8 heap used by the loaded index; memoryMb adds its array buffers (for OrgAtlas, the index bytes); recall is per office on the labelled set',
    };
    lines.push(line);
    log(`${size.label}: p95 ${ours.p95Ms} ms vs fuse.js ${theirs.p95Ms} ms`);
    if (size !== LARGEST) continue;
    largest = line;
    const peerRun = runPeers(records, queries, log, {
      fuse: { p50Ms: theirs.p50Ms, p95Ms: theirs.p95Ms, line: line.fuse },
    });
    lines.push(...peerRun.lines);
    peers = peerRun.peers;
    const updates = runReimport(generateDirectory(size, idCounter()), log);
    lines.push(updates.line);
    indexUpdates = { fullBuildMs: updates.fullBuildMs, officeReimportMs: updates.officeReimportMs };
  }
  if (!options.sizes || options.sizes.includes('national10x')) {
    const national = runNational(LARGEST, queries, log);
    lines.push(national.line);
    national10x = national.summary;
  }

  if (largest) {
    lines.push({
      summary: true,
      records: largest.records,
      dutyClauses: largest.dutyClauses,
      p95Ms: largest.p95Ms,
      cpuP95Ms: largest.cpu.p95Ms,
      fuseP95Ms: largest.fuse.p95Ms,
      speedup: largest.speedupP95,
      recallAt3,
      fuseRecallAt3,
      outOfSample: { top1: quality.test.top1, top3: quality.test.top3, queries: quality.test.queries },
      outOfSample2: { top1: quality.test2.top1, top3: quality.test2.top3, queries: quality.test2.queries },
      outOfSample3: { top1: quality.test3.top1, top3: quality.test3.top3, queries: quality.test3.queries },
      outOfSample4: { top1: quality.test4.top1, top3: quality.test4.top3, queries: quality.test4.queries },
      outOfSample5: { top1: quality.test5.top1, top3: quality.test5.top3, queries: quality.test5.queries },
      outOfSample6: { top1: quality.test6.top1, top3: quality.test6.top3, queries: quality.test6.queries },
      outOfSample7: { top1: quality.test7.top1, top3: quality.test7.top3, queries: quality.test7.queries },
      outOfSample8: { top1: quality.test8.top1, top3: quality.test8.top3, queries: quality.test8.queries },
      outOfSample9: { top1: quality.test9.top1, top3: quality.test9.top3, queries: quality.test9.queries },
      outOfSample10: { top1: quality.test10.top1, top3: quality.test10.top3, queries: quality.test10.queries },
      tuneSet: { top1: quality.tune.top1, top3: quality.tune.top3, queries: quality.tune.queries },
      oldSet: quality.oldSet,
      indexLoadMs: largest.indexLoadMs,
      heapMb: largest.heapMb,
      fuseHeapMb: largest.fuse.heapMb,
      memoryMb: largest.memoryMb,
      fuseMemoryMb: largest.fuse.memoryMb,
      ...indexUpdates,
      peers: Object.fromEntries(Object.entries(peers).map(([name, p]) => [name, { p95Ms: p.p95Ms, top3: p.top3 }])),
      national10x,
      loadAverage: largest.loadAverage,
    });
  }
  return lines;
}
