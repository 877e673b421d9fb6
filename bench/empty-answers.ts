// The issue's rule, checked mechanically: "no question whose key terms are in the directory
// comes back empty". For every empty answer of a labelled set, its key terms (the query's terms
// once question words are taken out, terms.ts) are looked up in the directory's source text,
// folded as the index folds it. `node bench/empty-answers.ts` prints, per set, how many answers
// are empty and how many of those have a key term in the directory; `--list tune8` lists a tune
// set's such questions (never a test set's: their misses are not read).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadOosSet, type OosHalf } from './labelled.ts';
import { foldText } from '../shared/search/fold.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../shared/search/index.ts';
import type { SearchIndex } from '../shared/search/layout.ts';
import { queryTerms } from '../shared/search/terms.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export const TUNE_SETS = [
  'tune',
  'tune5',
  'tune6',
  'tune7',
  'tune8',
  'tune9',
  'tune10',
] as const satisfies readonly OosHalf[];
export const TEST_SETS = [
  'test',
  'test2',
  'test3',
  'test4',
  'test5',
  'test6',
  'test7',
  'test8',
  'test9',
  'test10',
] as const satisfies readonly OosHalf[];

/**
 * The query's key terms that occur in the folded directory text: its Chinese terms of two
 * characters or more (a lone character is in every text; Latin terms are read as pinyin, which
 * the text does not spell).
 */
export function keyTermsInText(index: SearchIndex, query: string, folded: string): string[] {
  return queryTerms(query, index.t2s)
    .filter((t) => t.han && t.text.length > 1 && folded.includes(t.text))
    .map((t) => t.text);
}

/** The character pairs of the query's Chinese key terms that occur in the folded directory text. */
export function keyPairsInText(index: SearchIndex, query: string, folded: string): string[] {
  return queryTerms(query, index.t2s)
    .filter((t) => t.han)
    .flatMap((t) => Array.from({ length: Math.max(0, t.text.length - 1) }, (_, i) => t.text.slice(i, i + 2)))
    .filter((pair) => folded.includes(pair));
}

export interface EmptyCount {
  set: OosHalf;
  queries: number;
  empty: number;
  /** Empty answers with at least one key term in the directory: the ones the issue forbids. */
  keyTermsIn: number;
  /** Empty answers with no key term in the directory but a character pair of one (宗叫事务 → 事务). */
  pairsIn: number;
  /** Those questions; filled for tune sets only. */
  listed: string[];
}

export function countEmpty(half: OosHalf): EmptyCount {
  const raw = JSON.parse(readFileSync(`${root}tests/fixtures/search-offices-oos/queries-${half}.json`, 'utf8')) as {
    offices: Record<string, string>;
  };
  const set = loadOosSet(half);
  const index = loadSearchIndex(buildSearchIndex(set.offices));
  const folded = Object.values(raw.offices)
    .map((path) => foldText(readFileSync(`${root}${path}`, 'utf8'), index.t2s))
    .join('\n');
  const empties = set.queries.filter((q) => search(index, q.q, { limit: 10 }).hits.length === 0);
  const forbidden = empties.filter((q) => keyTermsInText(index, q.q, folded).length > 0);
  const pairsIn = empties.filter((q) => !forbidden.includes(q) && keyPairsInText(index, q.q, folded).length > 0).length;
  const tune = (TUNE_SETS as readonly string[]).includes(half);
  return {
    set: half,
    queries: set.queries.length,
    empty: empties.length,
    keyTermsIn: forbidden.length,
    pairsIn,
    listed: tune ? forbidden.map((q) => q.q) : [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--list');
  const wanted = at >= 0 ? process.argv[at + 1] : undefined;
  if (wanted !== undefined && !(TUNE_SETS as readonly string[]).includes(wanted)) {
    process.stderr.write(`--list takes a tune set (${TUNE_SETS.join(', ')}); test sets are counted only.\n`);
    process.exit(2);
  }
  const halves: readonly OosHalf[] = wanted ? [wanted as OosHalf] : [...TUNE_SETS, ...TEST_SETS];
  for (const half of halves) {
    const c = countEmpty(half);
    process.stdout.write(
      `${c.set}: queries ${c.queries}  empty ${c.empty}  key terms in the directory ${c.keyTermsIn}  only a pair of one ${c.pairsIn}\n`,
    );
    if (wanted) for (const q of c.listed) process.stdout.write(`  ${q}\n`);
  }
}
