// Peers side by side: each engine of peers.ts indexes the same records as OrgAtlas and types
// the same keystrokes (p50/p95 per keystroke, build time, memory), and answers the frozen
// test half of the out-of-sample queries over the same offices OrgAtlas does (top-1, top-3).
import { buildSearchIndex, loadSearchIndex } from '../shared/search/index.ts';
import { baselineRecords, type BaselineRecord } from './fuse-baseline.ts';
import { evaluateDirectory, loadOosSet } from './labelled.ts';
import { grown, memory, ms, percentiles, timeEach } from './measure.ts';
import { PEERS, type PeerEngine } from './peers.ts';

/** An engine this slow per keystroke (fuse.js at 150k) types one keystroke in `step`. */
const SLOW_MS = 200;
const SAMPLE_TARGET = 20;
const REPEATS = 3;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export interface PeerFigures {
  p50Ms: number;
  p95Ms: number;
  top1: number;
  top3: number;
}

function quality(engine: PeerEngine) {
  const set = loadOosSet('test');
  const records = baselineRecords(loadSearchIndex(buildSearchIndex(set.offices)));
  const find = engine.build(records);
  const report = evaluateDirectory(set, (q) =>
    find(q, 10).map((i) => ({ officeId: records[i]!.officeId, unit: records[i]!.unit })),
  );
  return { top1: round3(report.top1), top3: round3(report.top3), queries: report.queries, empty: report.empty.length };
}

/** Speed figures a peer already has from this run (fuse.js, from the search line): not timed again. */
export type KnownSpeed = Partial<Record<PeerEngine['name'], { p50Ms: number; p95Ms: number; line: object }>>;

export function runPeers(
  records: BaselineRecord[],
  queries: string[],
  log: (msg: string) => void,
  known: KnownSpeed = {},
): { lines: object[]; peers: Record<string, PeerFigures> } {
  const lines: object[] = [];
  const peers: Record<string, PeerFigures> = {};
  for (const engine of PEERS) {
    const already = known[engine.name];
    if (already) {
      const q = quality(engine);
      lines.push({
        bench: 'search-peer',
        peer: engine.name,
        speed: 'as in the search line',
        ...already.line,
        outOfSampleTest: q,
      });
      peers[engine.name] = { p50Ms: already.p50Ms, p95Ms: already.p95Ms, top1: q.top1, top3: q.top3 };
      continue;
    }
    log(`peer ${engine.name}: indexing ${records.length} records`);
    const before = memory();
    const t = performance.now();
    const find = engine.build(records);
    const buildMs = performance.now() - t;
    const held = grown(before);
    const probe = performance.now();
    find(queries[0]!, 10);
    const slow = performance.now() - probe > SLOW_MS;
    const step = slow ? Math.max(1, Math.floor(queries.length / SAMPLE_TARGET)) : 1;
    const typed = queries.filter((_, i) => i % step === 0);
    const times = percentiles(timeEach(typed, (q) => find(q, 10), slow ? 1 : REPEATS));
    const q = quality(engine);
    lines.push({
      bench: 'search-peer',
      peer: engine.name,
      records: records.length,
      keystrokes: typed.length,
      sampled: step > 1 ? `one keystroke in ${step}` : false,
      timing: slow ? 'one run per keystroke' : `median of ${REPEATS} runs per keystroke`,
      ...times,
      buildMs: Math.round(buildMs),
      ...held,
      outOfSampleTest: q,
    });
    peers[engine.name] = { p50Ms: times.p50Ms, p95Ms: times.p95Ms, top1: q.top1, top3: q.top3 };
    log(`peer ${engine.name}: p95 ${times.p95Ms} ms, top-3 ${q.top3}, built in ${ms(buildMs)} ms`);
  }
  return { lines, peers };
}
