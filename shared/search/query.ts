// One search: the query's terms (terms.ts), candidates from the postings (retrieval.ts),
// evidence for the best of them (evidence.ts), their order (rank.ts), and, for a Latin query
// the postings find nothing for, names by fuzzy pinyin (fuzzy.ts).
import type { SearchHit, SearchResult } from '../types.ts';
import { evidenceFor } from './evidence.ts';
import { fuzzyNames } from './fuzzy.ts';
import type { SearchIndex } from './layout.ts';
import { preScore, rank, WEIGHTS, type Ranked } from './rank.ts';
import { KINDS } from './records.ts';
import { kindOf, recText } from './record.ts';
import { planTerms, retrieve, type RecordRange } from './retrieval.ts';
import { placesApart } from './places.ts';
import { askedUnitEnding, pairTerms, queryTerms, sendingVerbApart, TERMS_MAX, type QueryTerm } from './terms.ts';
import { SEARCH_LIMITS } from '../contract/limits.ts';

export interface SearchOptions {
  limit?: number;
  officeId?: number;
  /** Names by fuzzy pinyin when the postings find nothing (on unless turned off, for the ablation). */
  fuzzy?: boolean;
  /** Only these offices' records (the directory's region and level filters); none = no hits. */
  officeIds?: readonly number[];
}

/** Records of other offices sort below every kept one in retrieval, and are dropped after. */
const LEFT_OUT = -1e9;

/** The offices (by index position) a filter keeps, and the span of records they cover. */
function officeMask(index: SearchIndex, officeIds: readonly number[]) {
  const wanted = new Set(officeIds);
  const mask = new Uint8Array(index.meta.offices.length);
  let lo = index.recCount;
  let hi = 0;
  index.meta.offices.forEach((office, o) => {
    if (!wanted.has(office.id)) return;
    mask[o] = 1;
    lo = Math.min(lo, index.officeStart[o]);
    hi = Math.max(hi, index.officeStart[o + 1]);
  });
  return { kept: (rec: number) => mask[index.recOffice[rec]] === 1, lo, hi, any: lo < hi };
}

// The API's limits (shared/contract/limits.ts): a query the API accepts is searched whole.
const DEFAULT_LIMIT = SEARCH_LIMITS.defaultHits;
const MAX_LIMIT = SEARCH_LIMITS.maxHits;

function toRanges(positions: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last && last[1] === p) last[1] = p + 1;
    else out.push([p, p + 1]);
  }
  return out;
}

function toHit(index: SearchIndex, { evidence, score }: Ranked): SearchHit {
  const rec = evidence.rec;
  const unit = index.recUnit[rec];
  const office = index.meta.offices[index.recOffice[rec]];
  return {
    kind: KINDS[kindOf(index, rec)],
    office: office.name,
    unit: unit >= 0 ? index.units.name(unit) : null,
    text: recText(index, rec, 'orig'),
    score: Math.round(score * 1000) / 1000,
    matches: toRanges(evidence.positions),
    officeId: office.id,
    unitId: unit >= 0 ? index.units.id(unit) : null,
    line: index.recLine[rec],
  };
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const started = performance.now();
  const asked = options.limit ?? DEFAULT_LIMIT;
  const limit = Number.isFinite(asked) ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(asked))) : DEFAULT_LIMIT;
  const done = (hits: SearchHit[]): SearchResult => ({ query, tookMs: performance.now() - started, hits });
  const terms = placesApart(queryTerms(query, index.t2s), index, TERMS_MAX);
  if (terms.length === 0 || limit === 0) return done([]);

  const range: RecordRange = { lo: 0, hi: index.recCount };
  if (options.officeId !== undefined) {
    const o = index.meta.offices.findIndex((x) => x.id === options.officeId);
    if (o < 0) return done([]);
    range.lo = index.officeStart[o];
    range.hi = index.officeStart[o + 1];
  }

  // A set of offices: retrieval runs over the span of records they cover, with the records of
  // offices in between keyed below every kept one, and dropped before ranking.
  const filter = options.officeIds ? officeMask(index, options.officeIds) : null;
  if (filter) {
    if (!filter.any) return done([]);
    range.lo = Math.max(range.lo, filter.lo);
    range.hi = Math.min(range.hi, filter.hi);
    if (range.lo >= range.hi) return done([]);
  }
  const kept = (rec: number) => !filter || filter.kept(rec);

  // The key runs for every record retrieved: without a filter, no test per record.
  const key = filter
    ? (rec: number, coverage: number) => (filter.kept(rec) ? preScore(index, rec, coverage) : LEFT_OUT)
    : 'preScore';
  const rankFor = (qterms: QueryTerm[]): Ranked[] => {
    const plans = planTerms(index, qterms);
    const retrieved = retrieve(index, plans, range, Math.max(WEIGHTS.candidates, limit), key);
    if (filter) retrieved.candidates = retrieved.candidates.filter((c) => kept(c.rec));
    return rank(
      index,
      retrieved.candidates.map((c) => evidenceFor(index, plans, retrieved, c)),
      askedUnitEnding(query, index.t2s),
    );
  };
  const found = (qterms: QueryTerm[]): Ranked[] => {
    const ranked = rankFor(qterms);
    // Words glued to ones no record holds (拔智齿挂) can find nothing as typed: searched again by
    // their character pairs, a question whose key words are in the directory is never empty.
    const pairs = ranked.length === 0 ? pairTerms(qterms) : null;
    return pairs ? rankFor(pairs) : ranked;
  };
  let ranked = found(terms);
  const apart = ranked.length === 0 ? sendingVerbApart(query) : null;
  if (apart) ranked = found(placesApart(queryTerms(apart, index.t2s), index, TERMS_MAX));
  if (ranked.length === 0 && options.fuzzy !== false) {
    const latin = terms
      .filter((t) => !t.han)
      .map((t) => t.text)
      .join('');
    if (latin) ranked = fuzzyNames(index, latin, range, limit).filter((r) => kept(r.evidence.rec));
  }
  return done(ranked.slice(0, limit).map((r) => toHit(index, r)));
}
