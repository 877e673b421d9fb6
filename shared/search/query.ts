// One search: fold and split the query; narrow the records with the n-gram postings (and,
// for Latin words, the pinyin of names and duty text); align the best few candidates to get
// match quality and highlight ranges; let fuse.js rank them; then group units first.
import Fuse from 'fuse.js';
import type { SearchHit, SearchResult } from '../types.ts';
import { alignWord } from './align.ts';
import { foldText, tokenize, type QueryToken } from './fold.ts';
import { HAN_FIRST, HAN_LAST, initialKey, syllableKey, type SearchIndex } from './layout.ts';
import { fullPinyinPatterns, initialsPattern, matchPattern, type SyllablePattern } from './pinyin-query.ts';
import { KIND, KINDS, NAME } from './records.ts';
import { SEARCH_LIMITS } from '../contract/limits.ts';

export interface SearchOptions {
  limit?: number;
  officeId?: number;
}

// The API's limits (shared/contract/limits.ts): a query the API accepts is searched whole.
const DEFAULT_LIMIT = SEARCH_LIMITS.defaultHits;
const MAX_LIMIT = SEARCH_LIMITS.maxHits;
const QUERY_MAX = SEARCH_LIMITS.queryMaxChars;
/** Candidates that reach alignment and fuse.js ranking (more if the caller asks for more hits). */
const RANKED = 48;
/** Cap on pinyin → character-pair lookups for one word (`shiji` has many readings). */
const MAX_EXPANSION = 4000;
const MIN_QUALITY = 0.34;
/** A character pair with a postings list shorter than this is rare enough to be a typo. */
const RARE_PAIR_BYTES = 8;
const MAX_HOMOPHONE_BYTES = 4096;
const MAX_WORD_RECORDS = 3000;

/** Scratch arrays sized to the index, reused across searches (search is synchronous). */
class Scratch {
  counts: Uint16Array;
  posStamp: Int32Array;
  tokSeen: Int32Array;
  tokBest: Float32Array;
  met: Uint8Array;
  total: Float32Array;
  stamp = 0;

  constructor(n: number) {
    this.counts = new Uint16Array(n);
    this.posStamp = new Int32Array(n);
    this.tokSeen = new Int32Array(n);
    this.tokBest = new Float32Array(n);
    this.met = new Uint8Array(n);
    this.total = new Float32Array(n);
  }

  next(): number {
    if (this.stamp > 2 ** 30) {
      this.posStamp.fill(0);
      this.tokSeen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = new Scratch(index.recCount);
    scratches.set(index, s);
  }
  return s;
}

interface WordPlan {
  token: QueryToken;
  codes: number[];
  syls: number[];
  full: { pattern: SyllablePattern; complete: boolean }[];
  initials: SyllablePattern | null;
}

function planWord(index: SearchIndex, token: QueryToken): WordPlan {
  const codes = [...token.text].map((c) => c.charCodeAt(0));
  const syls = codes.map((c) => (c >= HAN_FIRST && c <= HAN_LAST ? index.hanSyl[c - HAN_FIRST] : 0));
  return {
    token,
    codes,
    syls,
    full: token.han ? [] : fullPinyinPatterns(index, token.text),
    initials: token.han ? null : initialsPattern(index, token.text),
  };
}

/** The first letters (0..25) of the syllables a mask accepts. */
function initialLetters(index: SearchIndex, mask: Uint8Array): number[] {
  const letters = new Set<number>();
  mask.forEach((on, id) => on && letters.add(index.sylInitial[id] - 97));
  return [...letters];
}

function charsOfSyllable(index: SearchIndex, id: number): Uint16Array {
  return index.sylChars.subarray(index.sylOffsets[id], index.sylOffsets[id + 1]);
}

/** Finds the records that contain one query word; calls `offer(rec, strength 0..1)`. */
class WordMatcher {
  private index: SearchIndex;
  private s: Scratch;
  private lo: number;
  private hi: number;

  constructor(index: SearchIndex, s: Scratch, lo: number, hi: number) {
    this.index = index;
    this.s = s;
    this.lo = lo;
    this.hi = hi;
  }

  /** Character n-grams: all bigrams of the word, or most of them, exact or homophone. */
  ngrams(plan: WordPlan, homophones: boolean, offer: (rec: number, strength: number) => void): void {
    const { index, s, lo, hi } = this;
    const codes = plan.codes;
    if (codes.length === 1) {
      const slot = index.uni.find(codes[0]);
      if (slot >= 0) index.uni.forEach(slot, (rec) => rec >= lo && rec < hi && offer(rec, 1));
      return;
    }
    const pairs = codes.length - 1;
    // Each pair position's postings: the exact pair and, where the documents (almost) never
    // use it, its homophones (亚州 → 亚洲, but not 全生 → 全省 inside 安全生产). A homophone
    // pair as common as 工作 says little and costs a lot: skipped.
    const positions: { slots: number[]; size: number }[] = [];
    for (let j = 0; j < pairs; j++) {
      const slots: number[] = [];
      const exact = index.bi.find(codes[j] * 65536 + codes[j + 1]);
      if (exact >= 0) slots.push(exact);
      if (homophones && (exact < 0 || index.bi.size(exact) < RARE_PAIR_BYTES)) {
        const add = (a: number, b: number) => {
          const slot = index.bi.find(a * 65536 + b);
          if (slot >= 0 && index.bi.size(slot) <= MAX_HOMOPHONE_BYTES) slots.push(slot);
        };
        for (const a of charsOfSyllable(index, plan.syls[j])) if (a !== codes[j]) add(a, codes[j + 1]);
        for (const b of charsOfSyllable(index, plan.syls[j + 1])) if (b !== codes[j + 1]) add(codes[j], b);
      }
      positions.push({ slots, size: slots.reduce((sum, slot) => sum + index.bi.size(slot), 0) });
    }
    positions.sort((x, y) => x.size - y.size);

    // Most pairs must be there (因公护照 in 因公出国护照 keeps 2 of 3), fewer if none has that.
    for (let need = pairs - Math.floor(pairs / 3); need >= 1; need--) {
      const touched: number[] = [];
      positions.forEach((position, k) => {
        // A record first met after the smallest (pairs - need + 1) lists cannot reach `need`.
        const admit = k <= pairs - need;
        const stamp = s.next();
        const visit = (rec: number) => {
          if (rec < lo || rec >= hi || s.posStamp[rec] === stamp) return;
          s.posStamp[rec] = stamp;
          if (s.counts[rec] === 0) {
            if (!admit) return;
            touched.push(rec);
          }
          s.counts[rec]++;
        };
        for (const slot of position.slots) index.bi.forEach(slot, visit);
      });
      let any = false;
      for (const rec of touched) {
        if (s.counts[rec] >= need) {
          any = true;
          offer(rec, s.counts[rec] / pairs);
        }
        s.counts[rec] = 0;
      }
      if (any) return;
    }
  }

  /** Pinyin and initials over names; full pinyin over everything through character pairs. */
  pinyin(plan: WordPlan, offer: (rec: number, strength: number) => void): void {
    const { index, lo, hi } = this;
    // Names: candidates from the initial-letter postings (the rarest letter pair of each
    // pattern), then the patterns themselves.
    const patterns = plan.initials ? [...plan.full.map((f) => f.pattern), plan.initials] : plan.full.map((f) => f.pattern);
    // One typed letter lists the names that start with it (the postings say so: no check).
    const oneLetter = plan.token.text.length === 1;
    const s = this.s;
    const stamp = s.next();
    const names: number[] = [];
    const collect = (rec: number) => {
      if (rec < lo || rec >= hi || s.posStamp[rec] === stamp) return;
      s.posStamp[rec] = stamp;
      names.push(rec);
    };
    for (const pattern of patterns) {
      let bestSlots: number[] = [];
      let bestSize = Infinity;
      const positions = pattern.length === 1 ? [0] : pattern.slice(1).map((_, j) => j);
      // Each position's first letters, read once (not again for every letter before it).
      const letters = pattern.map((mask) => initialLetters(index, mask));
      for (const j of positions) {
        const slots: number[] = [];
        let size = 0;
        if (oneLetter) for (const a of letters[0]) slots.push(index.nameInitials.find(initialKey(a, 'first')));
        else if (pattern.length === 1) pattern[0].forEach((on, id) => on && slots.push(index.nameInitials.find(syllableKey(id))));
        else {
          for (const a of letters[j]) {
            for (const b of letters[j + 1]) slots.push(index.nameInitials.find(initialKey(a, b)));
          }
        }
        for (const slot of slots) if (slot >= 0) size += index.nameInitials.size(slot);
        if (size < bestSize) {
          bestSize = size;
          bestSlots = slots;
        }
      }
      for (const slot of bestSlots) if (slot >= 0) index.nameInitials.forEach(slot, collect);
    }
    for (const rec of names) {
      if (oneLetter) offer(rec, 1);
      else if (plan.full.some((f) => matchPattern(index, rec, f.pattern))) offer(rec, 1);
      else if (plan.initials && matchPattern(index, rec, plan.initials)) offer(rec, 0.9);
    }
    // Duty text: full pinyin of two syllables or more, through the character pairs read so.
    for (const f of plan.full) {
      if (f.pattern.length < 2) continue;
      const pairStamp = s.next();
      const seen: number[] = [];
      const firstChars: number[] = [];
      const secondChars: number[] = [];
      f.pattern[0].forEach((on, id) => on && firstChars.push(...charsOfSyllable(index, id)));
      f.pattern[1].forEach((on, id) => on && secondChars.push(...charsOfSyllable(index, id)));
      let budget = MAX_EXPANSION;
      for (const a of firstChars) {
        for (const b of secondChars) {
          if (--budget < 0) break;
          const slot = index.bi.find(a * 65536 + b);
          if (slot < 0) continue;
          index.bi.forEach(slot, (rec) => {
            if (rec < lo || rec >= hi || s.posStamp[rec] === pairStamp) return;
            s.posStamp[rec] = pairStamp;
            seen.push(rec);
          });
        }
      }
      for (const rec of seen) if (matchPattern(index, rec, f.pattern)) offer(rec, f.complete ? 1 : 0.95);
    }
  }
}

function kindPenalty(index: SearchIndex, rec: number): number {
  const code = index.recKind[rec];
  const kind = code >> 2;
  const sub = code & 3;
  const office = index.recUnit[rec] < 0;
  switch (kind) {
    case KIND.unit:
      return sub === NAME.primary ? 0 : sub === NAME.alias ? 0.01 : 0.03;
    case KIND.office:
      return sub === NAME.primary ? 0.01 : sub === NAME.alias ? 0.02 : 0.03;
    case KIND.person:
      return 0.02;
    case KIND.duty:
      // A unit's own duty outranks the office-level duty that merely mentions the topic.
      return office ? 0.08 : 0.04;
    default:
      return 0.08;
  }
}

function recText(index: SearchIndex, rec: number, source: Uint16Array): string {
  const a = index.recStart[rec];
  const b = index.recStart[rec + 1];
  let out = '';
  for (let i = a; i < b; i += 4096) out += String.fromCharCode(...source.subarray(i, Math.min(b, i + 4096)));
  return out;
}

function pinyinText(index: SearchIndex, rec: number, initials: boolean): string {
  const { syl } = index;
  let out = '';
  for (let p = index.recStart[rec]; p < index.recStart[rec + 1]; p++) {
    if (syl[p]) out += initials ? String.fromCharCode(index.sylInitial[syl[p]]) : index.meta.syllables[syl[p]];
  }
  return out;
}

/** The `k` records with the largest keys (ties: smaller record first), best first. */
function topK(recs: number[], key: (rec: number) => number, k: number): number[] {
  // A min-heap of the best k so far: one pass, no sort of the whole candidate list.
  const heapKey = new Float64Array(k);
  const heapRec = new Int32Array(k);
  let size = 0;
  const worse = (i: number, j: number) => heapKey[i] < heapKey[j] || (heapKey[i] === heapKey[j] && heapRec[i] > heapRec[j]);
  const swap = (i: number, j: number) => {
    const tk = heapKey[i];
    heapKey[i] = heapKey[j];
    heapKey[j] = tk;
    const tr = heapRec[i];
    heapRec[i] = heapRec[j];
    heapRec[j] = tr;
  };
  for (const rec of recs) {
    const v = key(rec);
    if (size < k) {
      heapKey[size] = v;
      heapRec[size] = rec;
      for (let i = size++; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      continue;
    }
    if (v < heapKey[0] || (v === heapKey[0] && rec > heapRec[0])) continue;
    heapKey[0] = v;
    heapRec[0] = rec;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(l, m)) m = l;
      if (r < size && worse(r, m)) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  }
  const order = Array.from({ length: size }, (_, i) => i);
  return order.sort((a, b) => heapKey[b] - heapKey[a] || heapRec[a] - heapRec[b]).map((i) => heapRec[i]);
}

interface Evidence {
  rec: number;
  quality: number;
  positions: number[];
}

function evidenceFor(index: SearchIndex, rec: number, plans: WordPlan[], normText: string): Evidence {
  let quality = 0;
  const positions = new Set<number>();
  for (const plan of plans) {
    let best = 0;
    let bestPos: number[] = [];
    if (plan.token.han) {
      const a = alignWord(index, rec, plan.codes, plan.syls);
      best = a.quality;
      bestPos = a.positions;
    } else {
      const at = normText.indexOf(plan.token.text);
      if (at >= 0) {
        best = 1;
        bestPos = Array.from({ length: plan.token.text.length }, (_, i) => at + i);
      }
      for (const f of plan.full) {
        if (best >= 1) break;
        const hit = matchPattern(index, rec, f.pattern);
        if (hit) {
          best = f.complete ? 1 : 0.95;
          bestPos = hit;
        }
      }
      if (best < 0.85 && plan.initials && (index.recKind[rec] >> 2) !== KIND.duty) {
        const hit = matchPattern(index, rec, plan.initials);
        if (hit) {
          best = 0.85;
          bestPos = hit;
        }
      }
    }
    quality += best / plans.length;
    for (const p of bestPos) positions.add(p);
  }
  return { rec, quality, positions: [...positions].sort((a, b) => a - b) };
}

function toRanges(positions: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last && last[1] === p) last[1] = p + 1;
    else out.push([p, p + 1]);
  }
  return out;
}

function wordChars(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length || 1;
}

/** The records that hold the query's words, with their strength (0..1, averaged over words). */
function collectCandidates(index: SearchIndex, s: Scratch, matcher: WordMatcher, plans: WordPlan[]) {
  const wordRecords = (plan: WordPlan): number[] => {
    const word = s.next();
    const seen: number[] = [];
    const offer = (rec: number, strength: number) => {
      // A word as short as 处 is in most records: past a cap, only names still come in
      // (records arrive in office order, which is also the tie-break).
      if (seen.length >= MAX_WORD_RECORDS && (index.recKind[rec] >> 2) === KIND.duty) return;
      if (s.tokSeen[rec] !== word) {
        s.tokSeen[rec] = word;
        s.tokBest[rec] = strength;
        seen.push(rec);
      } else if (strength > s.tokBest[rec]) s.tokBest[rec] = strength;
    };
    if (plan.token.han) matcher.ngrams(plan, true, offer);
    else {
      matcher.ngrams(plan, false, offer);
      matcher.pinyin(plan, offer);
    }
    return seen;
  };

  if (plans.length === 1) {
    // One word (the common case, every keystroke of it): its records as they are.
    return { candidates: wordRecords(plans[0]), strength: (rec: number) => s.tokBest[rec], partial: false, release: () => {} };
  }
  const touched: number[] = [];
  for (const plan of plans) {
    for (const rec of wordRecords(plan)) {
      if (s.met[rec] === 0) touched.push(rec);
      s.met[rec]++;
      s.total[rec] += s.tokBest[rec];
    }
  }
  // Every word should be found (欧洲 … 友好城市); if no record has them all, the most.
  let bestMet = 0;
  for (const rec of touched) bestMet = Math.max(bestMet, s.met[rec]);
  return {
    candidates: touched.filter((rec) => s.met[rec] === bestMet),
    strength: (rec: number) => s.total[rec] / plans.length,
    partial: bestMet < plans.length,
    release: () => {
      for (const rec of touched) {
        s.met[rec] = 0;
        s.total[rec] = 0;
      }
    },
  };
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const started = performance.now();
  const asked = options.limit ?? DEFAULT_LIMIT;
  const limit = Number.isFinite(asked) ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(asked))) : DEFAULT_LIMIT;
  const done = (hits: SearchHit[]): SearchResult => ({ query, tookMs: performance.now() - started, hits });
  const tokens = tokenize(foldText(String(query ?? '').slice(0, QUERY_MAX), index.t2s));
  if (tokens.length === 0 || limit === 0) return done([]);

  let lo = 0;
  let hi = index.recCount;
  if (options.officeId !== undefined) {
    const o = index.meta.offices.findIndex((x) => x.id === options.officeId);
    if (o < 0) return done([]);
    lo = index.officeStart[o];
    hi = index.officeStart[o + 1];
  }

  const s = scratchFor(index);
  const matcher = new WordMatcher(index, s, lo, hi);
  const plans = tokens.map((t) => planWord(index, t));
  const { candidates, strength, partial, release } = collectCandidates(index, s, matcher, plans);
  const pre = (rec: number) =>
    strength(rec) - 2 * kindPenalty(index, rec) - 0.002 * Math.min(100, index.recStart[rec + 1] - index.recStart[rec]);
  const chosen = topK(candidates, pre, Math.max(RANKED, limit));
  release();

  const hasLatin = plans.some((p) => !p.token.han);
  const evidence: Evidence[] = [];
  const docs: { t: string }[] = [];
  const wordLens: number[] = [];
  for (const rec of chosen) {
    const normText = recText(index, rec, index.norm);
    const e = evidenceFor(index, rec, plans, normText);
    if (e.quality < MIN_QUALITY) continue;
    evidence.push(e);
    wordLens.push(wordChars(normText));
    // fuse.js sees the folded text without parentheticals (出国管理 ≈ 出国(境)管理处) and,
    // for Latin queries, the pinyin and initials.
    let t = normText.replace(/\([^)]*\)/g, '');
    if (hasLatin) t += ` ${pinyinText(index, rec, false)} ${pinyinText(index, rec, true)}`;
    docs.push({ t });
  }
  const fuse = new Fuse(docs, { keys: ['t'], includeScore: true, ignoreLocation: true, threshold: 1, useExtendedSearch: true, shouldSort: false });
  const fuseScore = new Float64Array(docs.length).fill(1);
  for (const r of fuse.search(tokens.map((t) => t.text).join(' '))) fuseScore[r.refIndex] = r.score ?? 1;

  const ranked = evidence.map((e, i) => {
    const coverage = Math.min(1, e.positions.length / wordLens[i]);
    const score = 0.45 * (1 - e.quality) + 0.3 * fuseScore[i] + 0.15 * (1 - coverage) + kindPenalty(index, e.rec) + (partial ? 0.3 : 0);
    return { e, score };
  });
  ranked.sort((a, b) => a.score - b.score || a.e.rec - b.e.rec);

  // Units first, each with its best evidence (and an office whose own name matches, so that
  // typing an office's name finds the office); then everything else, best first.
  const unitsFirst: typeof ranked = [];
  const rest: typeof ranked = [];
  const seenOwners = new Set<number>();
  for (const r of ranked) {
    const unit = index.recUnit[r.e.rec];
    const officeName = (index.recKind[r.e.rec] >> 2) === KIND.office;
    const owner = unit >= 0 ? unit : officeName ? -1 - index.recOffice[r.e.rec] : null;
    if (owner !== null && !seenOwners.has(owner)) {
      seenOwners.add(owner);
      unitsFirst.push(r);
    } else rest.push(r);
  }
  const hits = [...unitsFirst, ...rest].slice(0, limit).map(({ e, score }): SearchHit => {
    const rec = e.rec;
    const unit = index.recUnit[rec];
    const office = index.meta.offices[index.recOffice[rec]];
    const unitEntry = unit >= 0 ? index.meta.units[unit] : null;
    return {
      kind: KINDS[index.recKind[rec] >> 2],
      office: office.name,
      unit: unitEntry ? unitEntry.name : null,
      text: recText(index, rec, index.orig),
      score: Math.round(score * 1000) / 1000,
      matches: toRanges(e.positions),
      officeId: office.id,
      unitId: unitEntry ? unitEntry.id : null,
      line: index.recLine[rec],
    };
  });
  return done(hits);
}
