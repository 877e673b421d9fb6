// The national size: ten synthetic national directories (1.5 million duty clauses), built
// one directory at a time and merged (as segments merge), the index cached as a file in the
// temp folder (keyed by the code that builds it: a change to the query side reuses the file,
// a change to the build or the generator rebuilds it), then loaded as the app loads it and
// typed at. The file is read in pages (store/index-file.ts): ready is everything but the
// text read and checked, and the views made; beside it, interleaved, the whole file read at
// once and checked (how the store loads its blob). Then what the first query costs (it
// reads the text pages and fills the syllables of the records it looks at) and what reading
// all the text and filling all the syllables costs (the most the first queries can add up
// to); then the in-memory merge a load does after a one-office re-import (the two-tier
// index, store/search-index.ts). Last, ready through the real store (store-ready.ts): the
// base stored in a SQLite file as page rows, loaded and first queried, beside the old
// one-row blob; the summary's indexLoadMs is the store's paged load.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import {
  buildSearchIndex,
  buildSegment,
  loadSearchIndex,
  mergedIndex,
  mergeIndexes,
  search,
} from '../shared/search/index.ts';
import { idCounter } from '../shared/search/from-parsed.ts';
import { isDuty } from '../shared/search/record.ts';
import { openIndexFile, writeIndexFile } from '../electron/node/store/index-file.ts';
import { runStoreReady } from './store-ready.ts';
import { generateDirectory, type DirectorySize } from './generate.ts';
import { CPU_RUNS, cpuEach, grown, memory, ms, percentiles, timeEach } from './measure.ts';

const DIRECTORIES = 10;
const REPEATS = 3;
const MERGES = 5;
const LOADS = 5;
/** First queries of different breadths, each on a freshly opened file: a name, a common word, one- and three-letter pinyin. */
const FIRST_QUERIES = ['护照', '管理', 'li', 'bgs'];
const ONE_OFFICE: DirectorySize = { label: 'one', offices: 1, unitsPerOffice: 30, clausesPerUnit: 10 };
const root = join(import.meta.dirname, '..');

/** The modules that build the cached file: the builder, the merge and the generator. */
const BUILD_ENTRIES = [
  'shared/search/build.ts',
  'shared/search/merge.ts',
  'bench/generate.ts',
  'electron/node/store/index-file.ts',
];

/**
 * What the cached index depends on: every module the builders import, followed through
 * relative imports (paths from the repository root), and each package they import, with
 * its version (pinyin-pro's readings are in the index).
 */
export function buildSources(): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    const path = relative(root, file);
    if (files.includes(path)) return;
    files.push(path);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        const pkg = join(root, 'node_modules', name, 'package.json');
        packages.add(`${name}@${existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : '?'}`);
      }
    }
  };
  for (const entry of BUILD_ENTRIES) visit(join(root, entry));
  return { files, packages: [...packages].sort() };
}

function codeKey(): string {
  const hash = createHash('sha256');
  const { files, packages } = buildSources();
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  hash.update(packages.join('\n'));
  return hash.digest('hex').slice(0, 16);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The whole file read at once, its CRC-32 computed and the blob loaded as views (the one-blob load, as the store does it). */
function wholeLoad(file: string): Timed {
  return timed(() => {
    const bytes = readFileSync(file);
    crc32(bytes);
    const index = loadSearchIndex(bytes.subarray(16 + 4 * bytes.readUInt32LE(8)));
    if (index.recCount === 0) throw new Error('empty national index');
  });
}

function pagedLoad(file: string): Timed {
  let opened: ReturnType<typeof openIndexFile> | undefined;
  const time = timed(() => (opened = openIndexFile(file)));
  opened!.close();
  return time;
}

interface Timed {
  ms: number;
  cpuMs: number;
}

/** Wall time and this thread's CPU time (user and system: page faults count) of one call. */
function timed(run: () => void): Timed {
  const cpu = process.threadCpuUsage();
  const t = performance.now();
  run();
  const wall = performance.now() - t;
  const used = process.threadCpuUsage(cpu);
  return { ms: wall, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The first query after a fresh load, paged and (beside it) whole: wall and thread CPU time,
 * and for the paged load the bytes of text and lists the query reads.
 */
function firstQuery(file: string, query: string) {
  const opened = openIndexFile(file);
  const atOpen = opened.bytesRead();
  const paged = timed(() => search(opened.index, query));
  const bytesRead = opened.bytesRead() - atOpen;
  opened.close();
  const bytes = readFileSync(file);
  const index = loadSearchIndex(bytes.subarray(16 + 4 * bytes.readUInt32LE(8)));
  const whole = timed(() => search(index, query));
  return { ms: ms(paged.ms), cpuMs: ms(paged.cpuMs), bytesRead, wholeMs: ms(whole.ms), wholeCpuMs: ms(whole.cpuMs) };
}

function buildNational(size: DirectorySize, log: (msg: string) => void): { bytes: Uint8Array; buildMs: number } {
  const t = performance.now();
  const ids = idCounter();
  const parts = [];
  for (let d = 0; d < DIRECTORIES; d++) {
    log(`national: building directory ${d + 1} of ${DIRECTORIES}`);
    parts.push({ index: loadSearchIndex(buildSearchIndex(generateDirectory(size, ids, 20260101 + d))) });
  }
  log('national: merging');
  const bytes = mergeIndexes(parts);
  return { bytes, buildMs: performance.now() - t };
}

export function runNational(size: DirectorySize, queries: string[], log: (msg: string) => void) {
  const cacheDir = join(tmpdir(), 'orgatlas-bench');
  const file = join(cacheDir, `national-${size.label}-${codeKey()}.index`);
  let buildMs: number | null = null;
  if (!existsSync(file)) {
    const built = buildNational(size, log);
    buildMs = built.buildMs;
    mkdirSync(cacheDir, { recursive: true });
    writeIndexFile(file, built.bytes);
  } else log(`national: index cached at ${file}`);

  const before = memory();
  const t = performance.now();
  const opened = openIndexFile(file);
  const indexLoadMs = performance.now() - t;
  const { index } = opened;
  const bytesAtLoad = opened.bytesRead();
  const q = performance.now();
  search(index, '护照');
  const firstQueryMs = performance.now() - q;
  const bytesAfterFirstQuery = opened.bytesRead();
  const a = performance.now();
  index.readAll();
  const readAllMs = performance.now() - a;
  const f = performance.now();
  index.syllables.all();
  const fillSyllablesMs = performance.now() - f;
  const held = grown(before);

  // The whole blob read at once and loaded as views (how the store loads its blob from
  // SQLite), beside the paged load, interleaved, so both see the same load on the machine.
  const whole: Timed[] = [];
  const paged: Timed[] = [];
  for (let i = 0; i < LOADS; i++) {
    whole.push(wholeLoad(file));
    paged.push(pagedLoad(file));
  }

  const firstQueries = Object.fromEntries(FIRST_QUERIES.map((query) => [query, firstQuery(file, query)]));

  // One 30-unit office replaced: its old entry left out, its new segment appended, in memory.
  const [office] = generateDirectory(ONE_OFFICE, idCounter(), 20261201);
  const segment = loadSearchIndex(buildSegment({ ...office!, id: 2 ** 30 }));
  const merges: number[] = [];
  for (let i = 0; i < MERGES; i++) {
    const m = performance.now();
    mergedIndex([{ index, drop: new Set([i * 97]) }, { index: segment }]);
    merges.push(performance.now() - m);
  }

  const fileBytes = readFileSync(file);
  const store = runStoreReady(fileBytes.subarray(16 + 4 * fileBytes.readUInt32LE(8)), index, log);

  timeEach(queries, (q) => search(index, q), 1); // warm-up pass, not timed
  const times = percentiles(timeEach(queries, (q) => search(index, q), REPEATS));
  const cpu = percentiles(cpuEach(queries, (q) => search(index, q), CPU_RUNS));
  let dutyClauses = 0;
  for (let r = 0; r < index.recCount; r++) if (isDuty(index, r)) dutyClauses++;
  const line = {
    bench: 'search',
    size: 'national10x',
    offices: index.meta.offices.length,
    dutyClauses,
    records: index.recCount,
    keystrokes: queries.length,
    ...times,
    cpu: { p50Ms: cpu.p50Ms, p95Ms: cpu.p95Ms, timing: `thread CPU, average of ${CPU_RUNS} runs per keystroke` },
    indexLoadMs: ms(indexLoadMs),
    indexLoadMedianMs: ms(median(paged.map((x) => x.ms))),
    indexLoadCpuMs: ms(median(paged.map((x) => x.cpuMs))),
    wholeLoadMedianMs: ms(median(whole.map((x) => x.ms))),
    wholeLoadCpuMs: ms(median(whole.map((x) => x.cpuMs))),
    indexBytesAtLoad: bytesAtLoad,
    firstQueryMs: ms(firstQueryMs),
    firstQueryBytes: bytesAfterFirstQuery - bytesAtLoad,
    firstQueries,
    readAllMs: ms(readAllMs),
    fillSyllablesMs: ms(fillSyllablesMs),
    mergeOneOfficeMs: ms(median(merges)),
    indexBytes: opened.bytesRead(),
    store,
    ...held,
    indexBuildMs: buildMs === null ? 'cached' : Math.round(buildMs),
    loadAverage: loadavg().map(ms),
    timing: `median of ${REPEATS} runs per keystroke; indexLoadMs: the index file opened until it answers a query (everything but the text and the postings lists read, every page read checked against its CRC-32, the views made), indexLoadMedianMs the median of ${LOADS} such loads, wholeLoadMedianMs of ${LOADS} loads of the whole file read at once with its CRC-32 checked (as the store loads a blob), interleaved with them, and both loads' thread CPU time (user and system, median); firstQueryMs: the first query after the load (护照), reading the text and list pages it looks at (firstQueryBytes), and firstQueries the same for four queries, each after a fresh paged open, with thread CPU time, beside the same first query after a fresh whole load (wholeMs, wholeCpuMs); readAllMs: then reading the rest of the text and lists, the most later first queries add up to; fillSyllablesMs: then filling every office's syllables; mergeOneOfficeMs: the in-memory merge of one replaced 30-unit office (median of ${MERGES})`,
  };
  log(`national: p95 ${times.p95Ms} ms, loaded in ${ms(indexLoadMs)} ms`);
  return {
    line,
    summary: {
      dutyClauses,
      p50Ms: times.p50Ms,
      p95Ms: times.p95Ms,
      cpuP95Ms: cpu.p95Ms,
      // The store's load from SQLite (page rows), and beside it the old one-row blob's.
      indexLoadMs: store.paged.readyMs,
      indexLoadCpuMs: store.paged.readyCpuMs,
      wholeLoadMs: store.whole.readyMs,
      wholeLoadCpuMs: store.whole.readyCpuMs,
      firstQueryMs: store.paged.firstQueryMs,
      fileIndexLoadMs: ms(indexLoadMs),
      memoryMb: held.memoryMb,
    },
  };
}
