// Scores one labelled half over its whole directory and prints top-1, top-3, the empty answers
// and the misses: `node bench/score-set.ts test5` (add `--misses` to list them).
import { evaluateDirectory, loadOosSet, type OosHalf } from './labelled.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../shared/search/index.ts';

const half = process.argv[2] as OosHalf;
const set = loadOosSet(half);
const index = loadSearchIndex(buildSearchIndex(set.offices));
const r = evaluateDirectory(set, (q) => search(index, q, { limit: 10 }).hits);
const pct = (x: number) => (x * 100).toFixed(1);
process.stdout.write(
  `${half}: top-1 ${pct(r.top1)}%  top-3 ${pct(r.top3)}%  queries ${r.queries}  empty ${r.empty.length}\n`,
);
if (process.argv.includes('--misses')) for (const m of r.misses) process.stdout.write(`${JSON.stringify(m)}\n`);
