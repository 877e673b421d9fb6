// Scores one labelled set and prints top-1, top-3, the empty answers and the misses:
// `node bench/score-set.ts test5` (an out-of-sample half, over its whole directory) or
// `node bench/score-set.ts old` (the old labelled set, per office); `--misses` lists them.
import { evaluate, evaluateDirectory, loadLabelledSet, loadOosSet, type OosHalf } from './labelled.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../shared/search/index.ts';

const name = process.argv[2] ?? 'test';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const out = (line: string) => process.stdout.write(`${line}\n`);
if (name === 'old') {
  const set = loadLabelledSet();
  const index = loadSearchIndex(buildSearchIndex(set.offices));
  const r = evaluate(set, (q, officeId) => search(index, q, { officeId, limit: 5 }).hits);
  out(`old: top-1 ${pct(r.top1)}  top-3 ${pct(r.recallAt3)}  queries ${set.queries.length}`);
  if (process.argv.includes('--misses')) for (const m of r.misses) out(JSON.stringify(m));
} else {
  const set = loadOosSet(name as OosHalf);
  const index = loadSearchIndex(buildSearchIndex(set.offices));
  const r = evaluateDirectory(set, (q) => search(index, q, { limit: 10 }).hits);
  out(`${name}: top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  queries ${r.queries}  empty ${r.empty.length}`);
  if (process.argv.includes('--misses')) for (const m of r.misses) out(JSON.stringify(m));
}
