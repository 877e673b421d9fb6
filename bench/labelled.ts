// The labelled query set (tests/fixtures/queries/labelled.json): its offices, parsed from
// their source documents, and recall of any search function over it. Shared by the recall
// test and the benchmark so both measure the same thing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../shared/parser/index.ts';
import { idCounter, officeFromParsed, type IdCounter } from '../shared/search/from-parsed.ts';
import type { OfficeDetail, SearchHit } from '../shared/types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface LabelledQuery {
  q: string;
  /** Key into the set's offices. */
  office: string;
  /** The expected unit's name, or null for an office-level hit. */
  unit: string | null;
  kind: string;
  top1?: boolean;
  /** Its topic is only in words the directory does not use (报警 for 报案, 修车厂 for 维修): it may find nothing. */
  synonymOnly?: boolean;
}

export interface LabelledSet {
  offices: OfficeDetail[];
  /** Office key → id in `offices`. */
  officeIds: Map<string, number>;
  queries: LabelledQuery[];
}

function readSet(file: string, ids: IdCounter): LabelledSet {
  const raw = JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as {
    offices: Record<string, string>;
    queries: LabelledQuery[];
  };
  const offices: OfficeDetail[] = [];
  const officeIds = new Map<string, number>();
  for (const [key, path] of Object.entries(raw.offices)) {
    const office = officeFromParsed(parseDocument(readFileSync(`${root}${path}`, 'utf8')), path, ids);
    offices.push(office);
    officeIds.set(key, office.id);
  }
  return { offices, officeIds, queries: raw.queries };
}

export function loadLabelledSet(ids: IdCounter = idCounter()): LabelledSet {
  return readSet('tests/fixtures/queries/labelled.json', ids);
}

/**
 * The halves of the out-of-sample set: seven tune halves, two frozen test halves and eight frozen
 * sets of colloquial questions (tests/fixtures/search-offices-oos/README.md).
 */
export type OosHalf =
  | 'tune'
  | 'tune5'
  | 'tune6'
  | 'tune7'
  | 'tune8'
  | 'tune9'
  | 'tune10'
  | 'test'
  | 'test2'
  | 'test3'
  | 'test4'
  | 'test5'
  | 'test6'
  | 'test7'
  | 'test8'
  | 'test9'
  | 'test10';

export function loadOosSet(half: OosHalf, ids: IdCounter = idCounter()): LabelledSet {
  return readSet(`tests/fixtures/search-offices-oos/queries-${half}.json`, ids);
}

export type SearchFn = (query: string, officeId: number) => Pick<SearchHit, 'unit'>[];

export interface RecallReport {
  recallAt3: number;
  /** Share of all queries with the expected unit first. */
  top1: number;
  top1Passed: number;
  top1Total: number;
  misses: { q: string; expected: string | null; got: (string | null)[] }[];
}

export function evaluate(set: LabelledSet, searchFn: SearchFn): RecallReport {
  let found = 0;
  let first = 0;
  let top1Passed = 0;
  let top1Total = 0;
  const misses: RecallReport['misses'] = [];
  for (const item of set.queries) {
    const officeId = set.officeIds.get(item.office);
    if (officeId === undefined) throw new Error(`labelled query ${item.q}: unknown office ${item.office}`);
    const top = searchFn(item.q, officeId)
      .slice(0, 3)
      .map((h) => h.unit);
    const at = top.indexOf(item.unit);
    if (at >= 0) found++;
    if (at === 0) first++;
    if (item.top1) {
      top1Total++;
      if (at === 0) top1Passed++;
    }
    if (at !== 0) misses.push({ q: item.q, expected: item.unit, got: top });
  }
  return { recallAt3: found / set.queries.length, top1: first / set.queries.length, top1Passed, top1Total, misses };
}

export type DirectorySearchFn = (query: string) => Pick<SearchHit, 'officeId' | 'unit'>[];

export interface OosReport {
  top1: number;
  top3: number;
  queries: number;
  /** Queries that found nothing at all. */
  empty: string[];
  misses: { q: string; expected: string; got: string[] }[];
}

/** Top-1 and top-3 over the whole directory: a hit counts when both office and unit are the expected ones. */
export function evaluateDirectory(set: LabelledSet, searchFn: DirectorySearchFn): OosReport {
  let top1 = 0;
  let top3 = 0;
  const empty: string[] = [];
  const misses: OosReport['misses'] = [];
  const names = new Map(set.offices.map((o) => [o.id, o.name]));
  const label = (officeId: number | undefined, unit: string | null) =>
    `${names.get(officeId ?? -1) ?? '?'}/${unit ?? '-'}`;
  for (const item of set.queries) {
    const officeId = set.officeIds.get(item.office);
    if (officeId === undefined) throw new Error(`labelled query ${item.q}: unknown office ${item.office}`);
    const hits = searchFn(item.q);
    if (hits.length === 0) empty.push(item.q);
    const at = hits.slice(0, 3).findIndex((h) => h.officeId === officeId && h.unit === item.unit);
    if (at === 0) top1++;
    if (at >= 0) top3++;
    if (at !== 0)
      misses.push({
        q: item.q,
        expected: label(officeId, item.unit),
        got: hits.slice(0, 3).map((h) => label(h.officeId, h.unit)),
      });
  }
  const n = set.queries.length;
  return { top1: top1 / n, top3: top3 / n, queries: n, empty, misses };
}

export interface QualityFigures {
  /** The old labelled set, per office (in sample: the ranking was first tuned on it). */
  oldSet: { top1: number; top3: number; queries: number };
  /** Out of sample, the half tuned on. */
  tune: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the frozen test half. */
  test: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the second frozen test half (six more offices, over all twenty). */
  test2: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the frozen colloquial questions (synonyms, everyday words) over all twenty offices. */
  test3: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the second frozen colloquial set, over the twenty offices and seven of new kinds. */
  test4: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the third frozen colloquial set, over those offices and eight of new kinds. */
  test5: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the fourth frozen colloquial set, over those offices and eight more of new kinds. */
  test6: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the fifth frozen colloquial set, over those offices and eight more of new kinds. */
  test7: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the sixth frozen colloquial set, over those offices and eight more of new kinds. */
  test8: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the seventh frozen colloquial set, over those offices and eight more of new kinds. */
  test9: { top1: number; top3: number; queries: number; empty: number };
  /** Out of sample, the eighth frozen colloquial set, over those offices and eight more of new kinds. */
  test10: { top1: number; top3: number; queries: number; empty: number };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export type IndexedSearch = (offices: OfficeDetail[]) => { perOffice: SearchFn; directory: DirectorySearchFn };

/** Top-1 and top-3 of one search engine on the old set and the out-of-sample halves. */
export function qualityFigures(engine: IndexedSearch): QualityFigures {
  const old = loadLabelledSet();
  const oldReport = evaluate(old, engine(old.offices).perOffice);
  const half = (name: OosHalf) => {
    const set = loadOosSet(name);
    const r = evaluateDirectory(set, engine(set.offices).directory);
    return { top1: round3(r.top1), top3: round3(r.top3), queries: r.queries, empty: r.empty.length };
  };
  return {
    oldSet: { top1: round3(oldReport.top1), top3: round3(oldReport.recallAt3), queries: old.queries.length },
    tune: half('tune'),
    test: half('test'),
    test2: half('test2'),
    test3: half('test3'),
    test4: half('test4'),
    test5: half('test5'),
    test6: half('test6'),
    test7: half('test7'),
    test8: half('test8'),
    test9: half('test9'),
    test10: half('test10'),
  };
}
