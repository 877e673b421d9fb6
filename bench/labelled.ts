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
}

export interface LabelledSet {
  offices: OfficeDetail[];
  /** Office key → id in `offices`. */
  officeIds: Map<string, number>;
  queries: LabelledQuery[];
}

export function loadLabelledSet(ids: IdCounter = idCounter()): LabelledSet {
  const raw = JSON.parse(readFileSync(`${root}tests/fixtures/queries/labelled.json`, 'utf8')) as {
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

export type SearchFn = (query: string, officeId: number) => Pick<SearchHit, 'unit'>[];

export interface RecallReport {
  recallAt3: number;
  top1Passed: number;
  top1Total: number;
  misses: { q: string; expected: string | null; got: (string | null)[] }[];
}

export function evaluate(set: LabelledSet, searchFn: SearchFn): RecallReport {
  let found = 0;
  let top1Passed = 0;
  let top1Total = 0;
  const misses: RecallReport['misses'] = [];
  for (const item of set.queries) {
    const officeId = set.officeIds.get(item.office);
    if (officeId === undefined) throw new Error(`labelled query ${item.q}: unknown office ${item.office}`);
    const top = searchFn(item.q, officeId).slice(0, 3).map((h) => h.unit);
    const at = top.indexOf(item.unit);
    if (at >= 0) found++;
    if (item.top1) {
      top1Total++;
      if (at === 0) top1Passed++;
    }
    if (at !== 0) misses.push({ q: item.q, expected: item.unit, got: top });
  }
  return { recallAt3: found / set.queries.length, top1Passed, top1Total, misses };
}
