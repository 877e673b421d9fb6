// Candidates from the postings: the only module that reads them (n-gram, unigram and name
// pinyin lists), so the lists can be laid out differently (per-office segments) without
// touching evidence or ranking. For each query term it finds the records that hold it and
// how strongly (0..1, the rarer character pairs counting more), weighs the term by how rare
// it is over the records, and hands back the best candidates by a caller's key.
import { HAN_FIRST, HAN_LAST, initialKey, syllableKey, type SearchIndex } from './layout.ts';
import {
  fullPinyinPatterns,
  initialsPattern,
  matchDepth,
  matchesPattern,
  syllablesOf,
  type SyllablePattern,
} from './pinyin-query.ts';
import { ABBREVIATION_MAX, NAME_GAP, orderedPrefix, TEXT_GAP } from './abbreviation.ts';
import { preScore, preScoreBound, preScoreLeastBound, WEIGHTS } from './rank.ts';
import { KeyFloor } from './key-floor.ts';
import { namesByPreScore } from './name-order.ts';
import { isWordCode } from './fold.ts';
import { isDuty, isOfficeName, isUnitName } from './record.ts';
import type { QueryTerm } from './terms.ts';
import { withEverydayWords } from './lexicon.ts';
import type { Postings } from './postings.ts';
import { RecordList } from './record-list.ts';

/** Cap on pinyin → character-pair lookups for one word (`shiji` has many readings). */
const MAX_EXPANSION = 4000;
/** A character pair with a postings list shorter than this is rare enough to be a typo. */
const RARE_PAIR_BYTES = 8;
const MAX_HOMOPHONE_BYTES = 4096;
/** Past this many records for one term, only names still come in (a word as short as 处 is everywhere). */
const MAX_TERM_RECORDS = 3000;
/** A term found only in the record's office name counts this much (宣传部 + 办公室). */
export const OFFICE_CONTEXT = 0.9;
const MAX_TERMS = 8;
/** A second name list is read to rule names out when it is at most this many times the first (a name checked costs more than a record read). */
const INTERSECT_RATIO = 4;
/**
 * Entries of a character's list read per unit name to rule names out before their abbreviation
 * check (about 20 ns an entry against 300 ns a name at 1.5M): it pays when half the names go.
 */
const NAME_FILTER_RATIO = 8;

export interface TermPlan {
  term: QueryTerm;
  codes: number[];
  syls: number[];
  full: { pattern: SyllablePattern; complete: boolean }[];
  initials: SyllablePattern | null;
  /** The administrative words for an everyday word (lexicon.ts), found at WEIGHTS.expansion strength. */
  formal: TermPlan[];
}

function planTerm(index: SearchIndex, term: QueryTerm): TermPlan {
  const codes = [...term.text].map((c) => c.charCodeAt(0));
  const syls = codes.map((c) => (c >= HAN_FIRST && c <= HAN_LAST ? index.hanSyl[c - HAN_FIRST] : 0));
  return {
    term,
    codes,
    syls,
    full: term.han ? [] : fullPinyinPatterns(index, term.text),
    initials: term.han ? null : initialsPattern(index, term.text),
    // An administrative word whose character pairs the documents do not all hold is not there.
    formal: (term.formal ?? [])
      .filter((text) => heldAsTyped(index, text))
      .map((text) => planTerm(index, { text, han: true })),
  };
}

/**
 * The postings of the character pair at `j` of the term: the exact pair and, where the
 * documents (almost) never use it, its homophones (亚州 → 亚洲, but not 全生 → 全省 inside
 * 安全生产). A homophone pair as common as 工作 says little and costs a lot: skipped.
 */
/**
 * The slot of the pair's postings, or -1 when no record holds it: a merged index keeps an
 * empty list for a replaced office's pairs (merge.ts), which must read as a fresh index's none.
 */
function heldPair(index: SearchIndex, a: number, b: number): number {
  const slot = index.bi.find(a * 65536 + b);
  return slot >= 0 && index.bi.size(slot) > 0 ? slot : -1;
}

function pairSlots(index: SearchIndex, plan: TermPlan, j: number, homophones: boolean): number[] {
  const { codes, syls } = plan;
  const slots: number[] = [];
  const exact = heldPair(index, codes[j], codes[j + 1]);
  if (exact >= 0) slots.push(exact);
  if (homophones && (exact < 0 || index.bi.size(exact) < RARE_PAIR_BYTES)) {
    const add = (a: number, b: number) => {
      const slot = heldPair(index, a, b);
      if (slot >= 0 && index.bi.size(slot) <= MAX_HOMOPHONE_BYTES) slots.push(slot);
    };
    for (const a of charsOfSyllable(index, syls[j])) if (a !== codes[j]) add(a, codes[j + 1]);
    for (const b of charsOfSyllable(index, syls[j + 1])) if (b !== codes[j + 1]) add(codes[j], b);
  }
  return slots;
}

/**
 * Plans for the terms, a Chinese term cut where two neighbours never occur together in any
 * record (电梯质量 → 电梯, 质量; 投标保证金退还 → 投标, 保证金, 退还): each piece is then
 * weighed by its own rarity. A cut that would leave a lone character is not made (安委会 stays
 * one piece and aligns with 安全生产委员会), so 量子计算机 without 量子 in any record stays whole.
 * A side no record holds a pair of may still be an abbreviation (综治 + 工作).
 */
export function planTerms(index: SearchIndex, terms: QueryTerm[]): TermPlan[] {
  const out: TermPlan[] = [];
  for (const term of withEverydayWords(terms, index.t2s, (text) => heldAsTyped(index, text))) {
    const plan = planTerm(index, term);
    if (!term.han || term.text.length < 3 || term.formal) {
      out.push(plan);
      continue;
    }
    // A seam is a pair no record holds as typed; each side must keep a pair some record
    // holds (exactly or as a homophone), or the cut would leave nothing to find it by.
    const pairs = plan.codes.length - 1;
    const held = Array.from({ length: pairs }, (_, j) => pairSlots(index, plan, j, true).length > 0);
    const exact = Array.from({ length: pairs }, (_, j) => heldPair(index, plan.codes[j], plan.codes[j + 1]) >= 0);
    const pieces: string[] = [];
    let start = 0;
    let abbreviated = false;
    for (let j = 0; j < pairs; j++) {
      if (exact[j] || j + 1 - start < 2 || pairs - j < 2) continue;
      const leftHeld = held.slice(start, j).some(Boolean);
      const rightHeld = held.slice(j + 1).some(Boolean);
      if (!(leftHeld || abbreviates(index, term.text.slice(start, j + 1)))) continue;
      if (!(rightHeld || abbreviates(index, term.text.slice(j + 1)))) continue;
      // An abbreviation takes in the next character while it still abbreviates (综治|工作, 安委会|工作).
      if (!leftHeld && j + 1 < pairs && !exact[j + 1] && abbreviates(index, term.text.slice(start, j + 2))) continue;
      abbreviated ||= !leftHeld || !rightHeld;
      pieces.push(term.text.slice(start, j + 1));
      start = j + 1;
    }
    pieces.push(term.text.slice(start));
    // A cut for an abbreviation is not made when the whole word abbreviates a record (安委会办公室).
    const kept = pieces.length === 1 || (abbreviated && abbreviates(index, term.text)) ? [term.text] : pieces;
    for (const text of kept) {
      const core = withoutFiller(index, text);
      out.push(core === term.text ? plan : planTerm(index, { text: core, han: true }));
    }
  }
  return out.slice(0, MAX_TERMS);
}

/** Every character pair of the word is held, as typed, by some record. */
function heldAsTyped(index: SearchIndex, text: string): boolean {
  for (let j = 0; j + 1 < text.length; j++)
    if (heldPair(index, text.charCodeAt(j), text.charCodeAt(j + 1)) < 0) return false;
  return true;
}

/**
 * A spoken question's word without the words around its topic that no record holds in any
 * pair (小区电梯老是坏 → 电梯, 我们村想取水 → 取水): words the documents never contain must not
 * dilute the topic's match. A lone edge character stays (学区划分: the word's own end), and so
 * does an edge that abbreviates a record (综治 + 工作) or a word that does (人社局, 残疾证); a
 * word with no held pair at all stays as typed (量子计算机 finds nothing).
 */
function withoutFiller(index: SearchIndex, text: string): string {
  if (text.length < 4) return text;
  const codes = [...text].map((c) => c.charCodeAt(0));
  // Held as typed (a homophone would keep 要转 after 学籍 as 机要).
  const held = Array.from({ length: codes.length - 1 }, (_, j) => heldPair(index, codes[j], codes[j + 1]) >= 0);
  const first = held.indexOf(true);
  if (first < 0) return text;
  const last = held.lastIndexOf(true) + 2;
  const filler = (edge: string) => edge.length > 1 && !abbreviates(index, edge);
  const from = filler(text.slice(0, first)) ? first : 0;
  const to = filler(text.slice(last)) ? last : text.length;
  // Checked last: reading the postings for an abbreviation costs more than the pairs.
  return from === 0 && to === text.length ? text : abbreviates(index, text) ? text : text.slice(from, to);
}

/**
 * The smallest unigram list of the word's characters (its rarest character), or -1 when a
 * character occurs nowhere or that list is longer than `most` (too long to read per keystroke).
 */
function rarestCharSlot(index: SearchIndex, codes: readonly number[], most = MAX_TERM_RECORDS): number {
  let best = -1;
  let bestSize = Infinity;
  for (const c of codes) {
    const slot = index.uni.find(c);
    if (slot < 0) return -1;
    const size = index.uni.size(slot);
    if (size < bestSize) {
      best = slot;
      bestSize = size;
    }
  }
  return bestSize <= most ? best : -1;
}

/** Some record holds the word's characters in order, close together (an abbreviation, abbreviation.ts). */
function abbreviates(index: SearchIndex, word: string): boolean {
  const codes = [...word].map((c) => c.charCodeAt(0));
  if (codes.length < 2 || codes.length > ABBREVIATION_MAX) return false;
  const slot = rarestCharSlot(index, codes);
  if (slot < 0) return false;
  const recs = scratchFor(index).records(index.uni, slot);
  for (let i = 0; i < recs.length; i++)
    if (orderedPrefix(index, recs[i], codes, isDuty(index, recs[i]) ? TEXT_GAP : NAME_GAP) === codes.length)
      return true;
  return false;
}

/** The records' text is shorter than `limit` characters in all. */
function textWithin(index: SearchIndex, recs: Int32Array, limit: number): boolean {
  let total = 0;
  for (const rec of recs) if ((total += index.recStart[rec + 1] - index.recStart[rec]) >= limit) return false;
  return true;
}

/** The record's folded text holds one of the character pairs `keys` (as the bigram postings key them). */
function holdsPair(index: SearchIndex, rec: number, keys: readonly number[]): boolean {
  const { norm } = index;
  const last = index.recStart[rec + 1] - 1;
  index.text.ensure(index.recStart[rec], index.recStart[rec + 1]);
  for (let p = index.recStart[rec]; p < last; p++) {
    if (isWordCode(norm[p]) && isWordCode(norm[p + 1]) && keys.includes(norm[p] * 65536 + norm[p + 1])) return true;
  }
  return false;
}

/** A contiguous range of records to search (one office, or all). */
export interface RecordRange {
  lo: number;
  hi: number;
}

/** Per-record scratch sized to the index, reused across searches (search is synchronous). */
class Scratch {
  readonly masks: Uint32Array;
  readonly stamp: Int32Array;
  /** A second stamp, for a record in one list while another is read. */
  readonly held: Int32Array;
  readonly total: Float32Array;
  readonly officeMask: Uint32Array;
  /** Per term slot: the strength of each record found, valid where termStamp says so. */
  readonly termBest: Float32Array[] = [];
  readonly termStamp: Int32Array[] = [];
  /** Per term slot: the records found, in the order first offered. */
  readonly termSeen: RecordList[] = [];
  /** The records met in a term's pair lists (TermMatcher.ngrams). */
  readonly touched = new RecordList();
  /** The records of a pinyin term's character pairs, to be checked against its pattern. */
  readonly pairSeen = new RecordList();
  /** The candidates of several terms. */
  readonly union = new RecordList();
  /** The best names of a lone pinyin term's walk, and the candidates chosen (retrieve). */
  readonly nameFloor = new KeyFloor(1);
  readonly chosen = new KeyFloor(1);
  private depths = new Uint8Array(256);
  private n: number;
  private clock = 0;
  private list = new Int32Array(1024);
  private aside = new Int32Array(1024);
  private readonly leading: Int32Array;

  constructor(n: number, offices: number) {
    this.n = n;
    this.leading = new Int32Array(offices);
    this.masks = new Uint32Array(n);
    this.stamp = new Int32Array(n);
    this.held = new Int32Array(n);
    this.total = new Float32Array(n);
    this.officeMask = new Uint32Array(offices);
  }

  /** The records of a postings list, in a buffer the next call reuses (read them before decoding another). */
  records(postings: Postings, slot: number): Int32Array {
    const most = postings.byteLength(slot);
    if (this.list.length < most) this.list = new Int32Array(Math.max(most, this.list.length * 2));
    return this.list.subarray(0, postings.decode(slot, this.list));
  }

  /** Per record of pairSeen: how far a pinyin reading got in it (matchDepth), in a reused buffer. */
  depthsFor(n: number): Uint8Array {
    if (this.depths.length < n) this.depths = new Uint8Array(Math.max(n, this.depths.length * 2));
    return this.depths;
  }

  /** As records(), into a second buffer: a list read beside the one records() gave. */
  recordsAside(postings: Postings, slot: number): Int32Array {
    const most = postings.byteLength(slot);
    if (this.aside.length < most) this.aside = new Int32Array(Math.max(most, this.aside.length * 2));
    return this.aside.subarray(0, postings.decode(slot, this.aside));
  }

  /** The offices whose own first record a list holds (Postings.officesLeading), in a reused buffer. */
  officesLeading(postings: Postings, slot: number): Int32Array {
    return this.leading.subarray(0, postings.officesLeading(slot, this.leading));
  }

  slot(t: number): { best: Float32Array; stamp: Int32Array; seen: RecordList } {
    while (this.termBest.length <= t) {
      this.termBest.push(new Float32Array(this.n));
      this.termStamp.push(new Int32Array(this.n));
      this.termSeen.push(new RecordList());
    }
    return { best: this.termBest[t], stamp: this.termStamp[t], seen: this.termSeen[t] };
  }

  next(): number {
    if (this.clock > 2 ** 30) {
      this.stamp.fill(0);
      this.held.fill(0);
      for (const s of this.termStamp) s.fill(0);
      this.clock = 0;
    }
    return ++this.clock;
  }
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = new Scratch(index.recCount, index.meta.offices.length);
    scratches.set(index, s);
  }
  return s;
}

/**
 * Inverse record frequency, squared: a list found in few records says more, and the rarest
 * term of a question outweighs two generic ones (电梯 over 质量 + 监管).
 */
function rarity(total: number, found: number): number {
  return Math.log(1 + total / Math.max(1, found)) ** 2;
}

/** The set bits of a 32-bit mask. */
function bitCount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** How many records offerAll offers between asking whether the term is full. */
const FULL_CHECK = 256;

/**
 * Offers each of the records within [lo, hi) at full strength. Once `full` says the term has
 * as many records as it takes (offer then takes names only), a duty is not offered at all: a
 * list as common as 管理 is 400k records at the national size, nearly all of them duties.
 */
function offerAll(
  index: SearchIndex,
  recs: Int32Array,
  lo: number,
  hi: number,
  offer: Offer,
  full?: () => boolean,
): void {
  // Asked every FULL_CHECK records, not per record: until then offer itself turns duties away.
  let i = 0;
  while (i < recs.length && !full?.())
    for (const end = Math.min(recs.length, i + FULL_CHECK); i < end; i++)
      if (recs[i] >= lo && recs[i] < hi) offer(recs[i], 1);
  for (; i < recs.length; i++) if (recs[i] >= lo && recs[i] < hi && !isDuty(index, recs[i])) offer(recs[i], 1);
}

/** The first letters (0..25) of the syllables a mask accepts. */
function initialLetters(index: SearchIndex, mask: Uint8Array): number[] {
  const letters = new Set<number>();
  for (const id of syllablesOf(mask)) letters.add(index.sylInitial[id] - 97);
  return [...letters];
}

function charsOfSyllable(index: SearchIndex, id: number): Uint16Array {
  return index.sylChars.subarray(index.sylOffsets[id], index.sylOffsets[id + 1]);
}

type Offer = (rec: number, strength: number) => void;

/** Finds the records that contain one query term; calls `offer(rec, strength 0..1)`. */
class TermMatcher {
  private index: SearchIndex;
  private s: Scratch;
  private lo: number;
  private hi: number;

  constructor(index: SearchIndex, s: Scratch, range: RecordRange) {
    this.index = index;
    this.s = s;
    this.lo = range.lo;
    this.hi = range.hi;
  }

  /** Character n-grams: all bigrams of the word, or most of them, exact or homophone. */
  ngrams(plan: TermPlan, homophones: boolean, offer: Offer, full?: () => boolean): void {
    const { index, s, lo, hi } = this;
    const codes = plan.codes;
    if (codes.length === 1) {
      const slot = index.uni.find(codes[0]);
      if (slot >= 0) offerAll(index, s.records(index.uni, slot), lo, hi, offer, full);
      return;
    }
    // Each pair position's postings: the exact pair and, where the documents (almost) never
    // use it, its homophones (亚州 → 亚洲, but not 全生 → 全省 inside 安全生产). A homophone
    // pair as common as 工作 says little and costs a lot: skipped. A pair no record holds
    // (the seam 梯质 in 电梯质量) is no evidence either way and is left out.
    const positions: { slots: number[]; size: number; weight: number }[] = [];
    for (let j = 0; j + 1 < codes.length && positions.length < 31; j++) {
      const slots = pairSlots(index, plan, j, homophones);
      const size = slots.reduce((sum, slot) => sum + index.bi.size(slot), 0);
      if (size > 0) positions.push({ slots, size, weight: rarity(index.recCount, size) });
    }
    if (positions.length === 0) return;
    if (positions.length === 1) {
      // One pair: every record holding it holds all the term has (offer drops a repeat).
      for (const slot of positions[0].slots) offerAll(index, s.records(index.bi, slot), lo, hi, offer, full);
      return;
    }
    positions.sort((x, y) => x.size - y.size);
    const pairs = positions.length;
    let totalWeight = 0;
    for (const p of positions) totalWeight += p.weight;
    const weightOf = (mask: number) => {
      let w = 0;
      for (let k = 0; mask !== 0; k++, mask >>>= 1) if (mask & 1) w += positions[k].weight;
      return w;
    };

    // Most pairs must be there (因公护照 in 因公出国护照 keeps 2 of 3), fewer if none has that.
    for (let need = pairs - Math.floor(pairs / 3); need >= 1; need--) {
      const touched = s.touched.clear();
      const offices: number[] = [];
      // A record's pairs are its mask's bits (each position sets its bit once): no count beside it.
      const { masks } = s;
      positions.forEach((position, k) => {
        // A record first met after the smallest (pairs - need + 1) lists cannot reach `need`.
        const admit = k <= pairs - need;
        const bit = 1 << k;
        // A list much longer than the text of the records it can still count for is checked
        // in that text instead (城市 after 友好 and 好城): a record is in a pair's list exactly
        // when its text holds the pair (keys.ts). Every record checked is one already met.
        if (!admit && textWithin(index, touched.view(), position.size)) {
          const keys = position.slots.map((slot) => index.bi.keys[slot]);
          for (const rec of touched.view()) if (holdsPair(index, rec, keys)) masks[rec] |= bit;
          return;
        }
        // The loop runs per record of lists tens of thousands long, each record a cache miss
        // or two: typed arrays in locals, no call per record, and no stamp where the position
        // has one list (a list holds a record once); a record in two homophone lists of the
        // position counts once.
        const stamp = position.slots.length > 1 ? s.next() : 0;
        const seen = s.stamp;
        for (const slot of position.slots) {
          const recs = s.records(index.bi, slot);
          for (let i = 0; i < recs.length; i++) {
            const rec = recs[i];
            if (rec < lo || rec >= hi) continue;
            if (stamp !== 0) {
              if (seen[rec] === stamp) continue;
              seen[rec] = stamp;
            }
            if (masks[rec] === 0) {
              if (!admit) continue;
              touched.push(rec);
            }
            masks[rec] |= bit;
          }
        }
      });
      // Pairs in an office's name count, a little less, for every record of that office.
      for (const rec of touched.view()) {
        if (!isOfficeName(index, rec)) continue;
        const o = index.recOffice[rec];
        if (s.officeMask[o] === 0) offices.push(o);
        s.officeMask[o] |= s.masks[rec];
      }
      let any = false;
      for (const rec of touched.view()) {
        if (bitCount(s.masks[rec]) >= need) {
          any = true;
          const own = s.masks[rec];
          const context = s.officeMask[index.recOffice[rec]] & ~own;
          offer(rec, (weightOf(own) + OFFICE_CONTEXT * weightOf(context)) / totalWeight);
        }
        s.masks[rec] = 0;
      }
      for (const o of offices) s.officeMask[o] = 0;
      if (any) return;
    }
  }

  /**
   * The term as an abbreviation (abbreviation.ts): office names it begins with (市监局 in
   * 市监局登记股, worth the share of the term they hold), unit names that hold all of it, and,
   * when nothing holds the term as typed (`unmatched`), any record that does. A record
   * already offered at least as strongly (`offered`) is not read again.
   */
  abbreviation(plan: TermPlan, unmatched: boolean, offer: Offer, offered: (rec: number) => number): void {
    const { index, lo, hi } = this;
    const { codes, syls } = plan;
    const n = codes.length;
    if (n < 2 || n > ABBREVIATION_MAX) return;
    const strength = WEIGHTS.abbreviation;
    // Holding two of the term, a name holds its first two characters: only offices whose name
    // leads the rarer one's list are read (not every office's name, per keystroke).
    const first = index.uni.find(codes[0]);
    const second = index.uni.find(codes[1]);
    const rarer = first < 0 || second < 0 ? -1 : index.uni.size(first) <= index.uni.size(second) ? first : second;
    if (rarer >= 0) {
      const offices = this.s.officesLeading(index.uni, rarer);
      for (let i = 0; i < offices.length; i++) {
        const rec = index.officeStart[offices[i]];
        if (rec < lo || rec >= hi || !isOfficeName(index, rec) || offered(rec) >= strength) continue;
        const held = orderedPrefix(index, rec, codes, NAME_GAP);
        if (held >= 2) offer(rec, (strength * held) / n);
      }
    }
    // Unit names, from the names that hold the term's rarest syllable.
    let slot = -1;
    let size = Infinity;
    for (const id of syls) {
      const s = id === 0 ? -1 : index.nameInitials.find(syllableKey(id));
      if (s < 0) {
        slot = -1;
        break;
      }
      if (index.nameInitials.size(s) < size) {
        slot = s;
        size = index.nameInitials.size(s);
      }
    }
    if (slot >= 0) {
      const recs = this.s.records(index.nameInitials, slot);
      // A name that holds the term holds its rarest character: where that character's list is
      // not much longer, only the names in both are read (a name's text costs a cache miss or
      // two, a list entry a byte read in order). Both lists ascend.
      const chars = rarestCharSlot(index, codes, NAME_FILTER_RATIO * recs.length);
      const holding = chars < 0 ? null : this.s.recordsAside(index.uni, chars);
      for (let i = 0, j = 0; i < recs.length; i++) {
        const rec = recs[i];
        if (holding) {
          while (j < holding.length && holding[j] < rec) j++;
          if (j === holding.length) break;
          if (holding[j] !== rec) continue;
        }
        if (rec < lo || rec >= hi || !isUnitName(index, rec) || offered(rec) >= strength) continue;
        if (orderedPrefix(index, rec, codes, NAME_GAP) === n) offer(rec, strength);
      }
    }
    if (!unmatched) return;
    const chars = rarestCharSlot(index, codes);
    if (chars < 0) return;
    const recs = this.s.records(index.uni, chars);
    for (let i = 0; i < recs.length; i++) {
      const rec = recs[i];
      if (rec < lo || rec >= hi || offered(rec) >= strength) continue;
      if (orderedPrefix(index, rec, codes, TEXT_GAP) === n) offer(rec, strength);
    }
  }

  /**
   * Pinyin and initials over names; full pinyin over everything through character pairs.
   * With `floor` (the caller keeps the best candidates by preScore, this the only term), the
   * names are walked best key first (name-order.ts) and the walk stops once no later name can
   * enter the best; the duty text is then not read when no record but a name could either.
   */
  pinyin(plan: TermPlan, offer: Offer, floor: KeyFloor | null = null): void {
    const { index, lo, hi } = this;
    // Names: candidates from the initial-letter postings (the rarest letter pair of each
    // pattern), then the patterns themselves.
    const patterns = plan.initials
      ? [...plan.full.map((f) => f.pattern), plan.initials]
      : plan.full.map((f) => f.pattern);
    // One typed letter lists the names that start with it (the postings say so: no check).
    const oneLetter = plan.term.text.length === 1;
    const s = this.s;
    const stamp = s.next();
    const walks: NameWalk[] = [];
    for (const [p, pattern] of patterns.entries()) {
      // Lists that hold exactly the names the pattern matches need no check per name: one
      // syllable's lists, and an initials pair's (a mask takes every syllable of its letter).
      // A name's strength is final when first met (the full pinyin checked before initials).
      const initials = p === plan.full.length;
      const exact = pattern.length === 1 || (initials && pattern.length === 2);
      // A name the list proves is offered straight away (offer keeps the best strength, so a
      // second offer of it costs nothing); the others are checked once.
      const proved = oneLetter || (exact && !initials);
      /** Offers the name at the strength its check gives, and returns it (0: none, or met before). */
      const collect = (rec: number): number => {
        if (rec < lo || rec >= hi || s.stamp[rec] === stamp) return 0;
        s.stamp[rec] = stamp;
        const strength =
          proved || matchesAnyFull(index, rec, plan)
            ? 1
            : (exact && initials) || (plan.initials && matchesPattern(index, rec, plan.initials))
              ? 0.9
              : 0;
        if (strength > 0) offer(rec, strength);
        return strength;
      };
      const [best, second] = nameSources(index, pattern, oneLetter, !initials);
      if (floor) {
        // A name of the initials walk that full pinyin matches was met (or passed over as
        // below the floor) in a full pinyin walk before: here the others, at 0.9 at most.
        const most = initials ? 0.9 : 1;
        const walk: NameWalk = { order: namesByPreScore(index, best.slots, most), at: 0, most, collect };
        if (!proved && second && second.size <= INTERSECT_RATIO * best.size) {
          // As below: a name outside the second source is not checked.
          walk.held = s.next();
          for (const slot of second.slots) {
            const recs = s.records(index.nameInitials, slot);
            for (let i = 0; i < recs.length; i++) s.held[recs[i]] = walk.held;
          }
        }
        walks.push(walk);
        this.walkNames(walk, floor, true);
      } else if (!proved && second && second.size <= INTERSECT_RATIO * best.size) {
        // A name the pattern matches is in every source: the names checked are those in the two
        // smallest, when reading the second costs less than checking the names it would rule out.
        const mark = s.next();
        for (const slot of second.slots) {
          const recs = s.records(index.nameInitials, slot);
          for (let i = 0; i < recs.length; i++) s.held[recs[i]] = mark;
        }
        for (const slot of best.slots) {
          const recs = s.records(index.nameInitials, slot);
          for (let i = 0; i < recs.length; i++) if (s.held[recs[i]] === mark) collect(recs[i]);
        }
      } else if (proved)
        for (const slot of best.slots) offerAll(index, s.records(index.nameInitials, slot), lo, hi, offer);
      else
        for (const slot of best.slots) {
          const recs = s.records(index.nameInitials, slot);
          for (let i = 0; i < recs.length; i++) collect(recs[i]);
        }
    }
    if (!plan.full.some((f) => f.pattern.length >= 2)) return;
    if (floor) {
      if (floor.value > NOT_A_NAME_BOUND) return;
      // The duty text is read: the names' walks are finished first, so that the duties come
      // after every name, as the cap on a term's records counts them (offer).
      for (const walk of walks) this.walkNames(walk, floor, false);
    }
    // Duty text: full pinyin of two syllables or more, through the character pairs read so.
    // Readings that share their first two syllables (lingshianquan: ling shi an quan, ling shi
    // an qu an) read the same pairs: read once, and a record in which no reading before went
    // past their shared syllables is not checked again (its depth for this reading is the same).
    let before: SyllablePattern | null = null;
    for (const f of plan.full) {
      if (f.pattern.length < 2) continue;
      const shared =
        before && before[0] === f.pattern[0] && before[1] === f.pattern[1] ? sharedPrefix(before, f.pattern) : 0;
      if (shared === 0) this.pairRecords(f.pattern);
      const recs = s.pairSeen.view();
      const depths = s.depthsFor(recs.length);
      for (let i = 0; i < recs.length; i++) {
        if (shared > 0 && depths[i] < shared) continue;
        const depth = matchDepth(index, recs[i], f.pattern);
        depths[i] = depth;
        if (depth === f.pattern.length) offer(recs[i], f.complete ? 1 : 0.95);
      }
      before = f.pattern;
    }
  }

  /**
   * The records within the range holding a character pair read as the pattern's first two
   * syllables (the first MAX_EXPANSION pairs), into Scratch.pairSeen, each once, in the order met.
   */
  private pairRecords(pattern: SyllablePattern): void {
    const { index, s, lo, hi } = this;
    const pairStamp = s.next();
    const seen = s.pairSeen.clear();
    const firstChars: number[] = [];
    const secondChars: number[] = [];
    for (const id of syllablesOf(pattern[0])) firstChars.push(...charsOfSyllable(index, id));
    for (const id of syllablesOf(pattern[1])) secondChars.push(...charsOfSyllable(index, id));
    // The first MAX_EXPANSION (a, b) in this order; the pairs of one `a` are a run of the
    // sorted keys, found once (most characters begin no pair of the second syllable).
    let budget = MAX_EXPANSION;
    for (const a of firstChars) {
      const take = Math.min(secondChars.length, budget);
      if (take === 0) break;
      budget -= take;
      const from = index.bi.lowerBound(a * 65536);
      const to = index.bi.lowerBound((a + 1) * 65536);
      if (from === to) continue;
      for (let k = 0; k < take; k++) {
        const slot = index.bi.find(a * 65536 + secondChars[k], from, to);
        if (slot < 0) continue;
        const recs = s.records(index.bi, slot);
        for (let i = 0; i < recs.length; i++) {
          const rec = recs[i];
          if (rec < lo || rec >= hi || s.stamp[rec] === pairStamp) continue;
          s.stamp[rec] = pairStamp;
          seen.push(rec);
        }
      }
    }
  }

  /**
   * Walks a name list from `walk.at`, offering; with `stop`, up to the first name whose best
   * key is below the floor, and only names in the second source (`held`) are checked. Without
   * `stop` (finishing a walk after other patterns' walks, which mark `held` for themselves)
   * every name is checked.
   */
  private walkNames(walk: NameWalk, floor: KeyFloor, stop: boolean): void {
    const { index, s } = this;
    const { order, most, collect, held } = walk;
    for (; walk.at < order.length; walk.at++) {
      const rec = order[walk.at];
      // The order is by preScore(rec, most), and a check's strength is at most `most`.
      // Names of equal preScore(rec, most) are in record order: a name that ties the k-th and
      // comes after it loses the tie, and so does every name after it.
      if (stop && floor.excludes(preScore(index, rec, most), rec)) return;
      if (stop && held !== undefined && s.held[rec] !== held) continue;
      const strength = collect(rec);
      if (strength > 0) floor.add(preScore(index, rec, strength), rec);
    }
  }
}

/** A name list walked best key first, resumable where a walk stopped. */
interface NameWalk {
  order: Int32Array;
  at: number;
  /** The most a name of this walk can be offered at. */
  most: number;
  collect: (rec: number) => number;
  /** The mark in Scratch.held of the names in the pattern's second source, when read. */
  held?: number;
}

/**
 * Above every record but a name's key (preScore): full strength, no length, the lightest
 * kind penalty of the other records (duty clauses, honours, contacts).
 */
const NOT_A_NAME_BOUND =
  1 - WEIGHTS.preKind * Math.min(WEIGHTS.kind.unitDuty, WEIGHTS.kind.officeDuty, WEIGHTS.kind.other);

/** How many leading positions two patterns share (the same masks: pieceMask makes each once). */
function sharedPrefix(a: SyllablePattern, b: SyllablePattern): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Some full-pinyin reading of the term matches in the record. */
function matchesAnyFull(index: SearchIndex, rec: number, plan: TermPlan): boolean {
  for (const f of plan.full) if (matchesPattern(index, rec, f.pattern)) return true;
  return false;
}

/**
 * The name lists a pattern's names are found in, smallest first (each a set of lists whose
 * union holds every name the pattern matches): one letter, the names starting with it; one
 * position, its syllables' lists; else each pair of neighbouring positions' initials and,
 * for full pinyin (`bySyllable`), each position's syllables. Empty lists are left out.
 */
function nameSources(index: SearchIndex, pattern: SyllablePattern, oneLetter: boolean, bySyllable: boolean) {
  const { nameInitials } = index;
  const sources: { slots: number[]; size: number }[] = [];
  const add = (keys: number[]) => {
    const slots = keys.map((key) => nameInitials.find(key)).filter((slot) => slot >= 0);
    sources.push({ slots, size: slots.reduce((sum, slot) => sum + nameInitials.size(slot), 0) });
  };
  const syllablesAt = (j: number) => syllablesOf(pattern[j]).map(syllableKey);
  // Each position's first letters, read once (not again for every letter before it).
  const letters = pattern.map((mask) => initialLetters(index, mask));
  if (oneLetter) add(letters[0].map((a) => initialKey(a, 'first')));
  else if (pattern.length === 1) add(syllablesAt(0));
  else {
    for (let j = 0; j + 1 < pattern.length; j++)
      add(letters[j].flatMap((a) => letters[j + 1].map((b) => initialKey(a, b))));
    if (bySyllable) for (let j = 0; j < pattern.length; j++) add(syllablesAt(j));
  }
  return sources.sort((a, b) => a.size - b.size);
}

/** An upper bound on the records holding a Chinese term: its smallest list, in bytes (about one per record). */
function listSize(index: SearchIndex, plan: TermPlan): number {
  const { codes } = plan;
  if (codes.length === 1) {
    const slot = index.uni.find(codes[0]);
    return slot < 0 ? 0 : index.uni.size(slot);
  }
  let smallest = Infinity;
  for (let j = 0; j + 1 < codes.length; j++) {
    const size = pairSlots(index, plan, j, true).reduce((sum, slot) => sum + index.bi.size(slot), 0);
    if (size > 0) smallest = Math.min(smallest, size);
  }
  return smallest === Infinity ? 0 : smallest;
}

/** One chosen candidate. */
export interface Candidate {
  rec: number;
  /** Weighted share of the query the postings found in it (0..1). */
  coverage: number;
}

export interface Retrieved {
  candidates: Candidate[];
  /** Per term: its weight (rarity over the records; 0 when no record holds it). */
  weights: number[];
  /** Per term: the strength with which each office's own name holds it (office index → 0..1). */
  officeNames: Map<number, number>[];
}

/**
 * The `k` best records holding any of the terms, by `key(rec, coverage)` (larger is better;
 * ties: earlier record), or by preScore (rank.ts), which lets a lone pinyin term's walk over
 * names stop early. Coverage is the weighted share of the terms a record holds.
 */
export function retrieve(
  index: SearchIndex,
  plans: TermPlan[],
  range: RecordRange,
  k: number,
  by: ((rec: number, coverage: number) => number) | 'preScore',
): Retrieved {
  // One term's candidates are the best k of its own records (with more terms, coverage mixes
  // them): the k best names so far bound what a later name must reach.
  const s = scratchFor(index);
  const floor = by === 'preScore' && plans.length === 1 && !plans[0].term.han ? s.nameFloor.reset(k) : null;
  const matcher = new TermMatcher(index, s, range);
  const found: Int32Array[] = [];
  const marks: number[] = [];
  const weights: number[] = [];
  const officeNames: Map<number, number>[] = [];
  // Over the whole directory, a Chinese term whose postings alone pass the cap (管理) is not
  // read when another term finds records: it would cost thousands of records and weigh little.
  const whole = range.lo === 0 && range.hi === index.recCount;
  const sizes = plans.map((plan) =>
    whole && plan.term.han ? plan.formal.reduce((sum, f) => sum + listSize(index, f), listSize(index, plan)) : 0,
  );
  const common = (t: number) => sizes[t] >= MAX_TERM_RECORDS;
  const read = (plan: TermPlan, t: number) => {
    const { best, stamp, seen } = s.slot(t);
    const mark = s.next();
    seen.clear();
    // The offices whose own name holds the term, noted as offered (not in a pass of its own
    // over thousands of records).
    const names = new Map<number, number>();
    const full = () => seen.length >= MAX_TERM_RECORDS;
    // The records whose strength (as stored) reaches termFound, counted as offers raise it (no
    // second pass over thousands of records): strengths only rise, so each is counted once.
    let held = 0;
    const offer = (rec: number, strength: number) => {
      if (full() && isDuty(index, rec)) return;
      if (stamp[rec] !== mark) {
        stamp[rec] = mark;
        best[rec] = strength;
        seen.push(rec);
        if (best[rec] >= WEIGHTS.termFound) held++;
      } else if (strength > best[rec]) {
        const before = best[rec];
        best[rec] = strength;
        if (before < WEIGHTS.termFound && best[rec] >= WEIGHTS.termFound) held++;
      } else return;
      if (isOfficeName(index, rec)) {
        const o = index.recOffice[rec];
        names.set(o, Math.max(names.get(o) ?? 0, strength));
      }
    };
    if (plan.term.han) {
      matcher.ngrams(plan, true, offer, full);
      // An administrative word is a precise word: a record holding few of its pairs is no candidate.
      for (const formal of plan.formal)
        matcher.ngrams(
          formal,
          false,
          (rec, strength) => {
            if (strength >= WEIGHTS.expansionMinQuality) offer(rec, WEIGHTS.expansion * strength);
          },
          full,
        );
      matcher.abbreviation(plan, seen.length === 0, offer, (rec) => (stamp[rec] === mark ? best[rec] : 0));
    } else {
      matcher.ngrams(plan, false, offer, full);
      matcher.pinyin(plan, offer, floor);
    }
    found[t] = seen.view();
    marks[t] = mark;
    // A term is as rare as the records it counts as found in (`held`): one pair of it that many
    // records share (规划 of 规划验收) does not make it common. A lone term's weight only divides
    // itself out, and a walk that stopped early did not count its records: 1 (exactly, so that
    // its quality is the alignment's own).
    const weight = floor ? 1 : rarity(range.hi - range.lo, held > 0 ? held : seen.length);
    weights[t] = seen.length > 0 ? weight : 0;
    officeNames[t] = names;
  };
  // The other terms first; a common one is read only when none of them found a record (管理
  // beside 怎么办理 or a word no record holds), so a question is never empty for want of it.
  plans.forEach((plan, t) => common(t) || read(plan, t));
  const othersFound = plans.some((_, t) => !common(t) && found[t].length > 0);
  plans.forEach((plan, t) => {
    if (!common(t)) return;
    if (!othersFound) return read(plan, t);
    s.slot(t); // its scratch arrays, read (empty) when the candidates are scored
    found[t] = new Int32Array(0);
    marks[t] = s.next();
    weights[t] = rarity(index.recCount, sizes[t]);
    officeNames[t] = new Map();
  });

  // A term held by the record's own office name counts for the record too (株洲公安局 出入境).
  const strengthOf = (rec: number, t: number): number => {
    const own = s.termStamp[t][rec] === marks[t] ? s.termBest[t][rec] : 0;
    // Most terms are in no office's name: no lookup.
    const names = officeNames[t];
    const named = names.size === 0 ? undefined : names.get(index.recOffice[rec]);
    return named === undefined ? own : Math.max(own, OFFICE_CONTEXT * named);
  };
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let union: Int32Array;
  // Each record's coverage, by record: one term's own strengths, or the weighted sum.
  let cover: Float32Array;
  if (plans.length === 1) {
    // One term (the common case, every keystroke of it): its records as they are.
    union = found[0];
    cover = s.termBest[0];
  } else {
    const all = s.union.clear();
    const mark = s.next();
    // A term as common as 管理 (past the cap) weighs little and would bring thousands of
    // records: only the other terms bring candidates, when there are any.
    const selective = found.filter((seen) => seen.length > 0 && seen.length < MAX_TERM_RECORDS);
    for (const seen of selective.length > 0 ? selective : found) {
      for (const rec of seen) {
        if (s.stamp[rec] === mark) continue;
        s.stamp[rec] = mark;
        all.push(rec);
      }
    }
    union = all.view();
    for (const rec of union) {
      let sum = 0;
      for (let t = 0; t < plans.length; t++) if (weights[t] > 0) sum += weights[t] * strengthOf(rec, t);
      s.total[rec] = totalWeight > 0 ? sum / totalWeight : 0;
    }
    cover = s.total;
  }
  const chosen =
    k <= 0
      ? []
      : by === 'preScore'
        ? topByPreScore(index, union, cover, s.chosen.reset(k))
        : topK(union, (rec) => by(rec, cover[rec]), s.chosen.reset(k));
  const candidates = chosen.map((rec) => ({ rec, coverage: cover[rec] }));
  return { candidates, weights, officeNames };
}

/**
 * topK by preScore: a record whose bound (its coverage less its kind's cost) is already below
 * the k-th key is passed over without reading its length. The loop over thousands of
 * candidates per keystroke, so no call through a key function.
 */
function topByPreScore(index: SearchIndex, recs: Int32Array, cover: Float32Array, best: KeyFloor): number[] {
  for (let i = 0; i < recs.length; i++) {
    const rec = recs[i];
    // The owner is read only when the kind alone leaves the record in reach.
    if (preScoreLeastBound(index, rec, cover[rec]) < best.value) continue;
    if (preScoreBound(index, rec, cover[rec]) < best.value) continue;
    best.add(preScore(index, rec, cover[rec]), rec);
  }
  return best.best();
}

/** The records with the largest keys, as many as `best` keeps (ties: smaller record first), best first. */
function topK(recs: Int32Array, key: (rec: number) => number, best: KeyFloor): number[] {
  // One pass, no sort of the whole candidate list.
  for (const rec of recs) best.add(key(rec), rec);
  return best.best();
}
