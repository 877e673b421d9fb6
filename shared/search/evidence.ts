// Evidence for one candidate record: how well each query term aligns with its text (Chinese:
// alignment with homophones and gaps; Latin: the text itself, full pinyin, initials of names),
// weighted by the term's rarity; which share of the query it holds; how much of the record the
// query covers; and the positions to highlight.
import { alignWord, indexOfCodes, runOf } from './align.ts';
import { isWordCode } from './fold.ts';
import type { SearchIndex } from './layout.ts';
import { matchPattern } from './pinyin-query.ts';
import { WEIGHTS, type Evidence } from './rank.ts';
import { isDuty, isOfficeName, recText } from './record.ts';
import { OFFICE_CONTEXT, type Candidate, type Retrieved, type TermPlan } from './retrieval.ts';

interface TermMatch {
  quality: number;
  positions: number[];
}

const NO_MATCH: TermMatch = { quality: 0, positions: [] };

function latinMatch(index: SearchIndex, rec: number, plan: TermPlan): TermMatch {
  let best = NO_MATCH;
  const at = indexOfCodes(index, rec, plan.codes);
  if (at >= 0) return { quality: 1, positions: runOf(at, plan.codes.length) };
  for (const f of plan.full) {
    const hit = matchPattern(index, rec, f.pattern);
    if (hit) return { quality: f.complete ? 1 : 0.95, positions: hit };
  }
  // Initials say little inside a long clause: names only.
  if (plan.initials && !isDuty(index, rec)) {
    const hit = matchPattern(index, rec, plan.initials);
    if (hit) best = { quality: 0.85, positions: hit };
  }
  return best;
}

/** The office's own name record, or -1. */
function officeNameRecord(index: SearchIndex, rec: number): number {
  const first = index.officeStart[index.recOffice[rec]];
  return first !== rec && isOfficeName(index, first) ? first : -1;
}

/**
 * An everyday word (lexicon.ts): the word as typed or one of its administrative words, each
 * worth a little less than the word itself, and only nearly whole (厕所 is not 所 in 派出所).
 */
function everydayMatch(index: SearchIndex, rec: number, plan: TermPlan): TermMatch {
  const whole = (m: TermMatch) => (m.quality >= WEIGHTS.expansionMinQuality ? m : NO_MATCH);
  let best = whole(alignWord(index, rec, plan.codes, plan.syls));
  for (const formal of plan.formal) {
    if (best.quality >= WEIGHTS.expansion) break;
    const m = whole(alignWord(index, rec, formal.codes, formal.syls));
    if (WEIGHTS.expansion * m.quality > best.quality)
      best = { quality: WEIGHTS.expansion * m.quality, positions: m.positions };
  }
  return best;
}

function termMatch(index: SearchIndex, rec: number, plan: TermPlan, inOfficeName: boolean): TermMatch {
  if (!plan.term.han) return latinMatch(index, rec, plan);
  if (plan.formal.length > 0) return everydayMatch(index, rec, plan);
  const own = alignWord(index, rec, plan.codes, plan.syls);
  const prefix = inOfficeName ? officeNameRecord(index, rec) : -1;
  if (prefix < 0 || own.quality >= 1) return own;
  // Part of the term is the office's name (宣传部办公室): aligned across both, worth a little less.
  const across = alignWord(index, rec, plan.codes, plan.syls, prefix);
  return OFFICE_CONTEXT * across.quality > own.quality
    ? { quality: OFFICE_CONTEXT * across.quality, positions: across.positions }
    : own;
}

/** The UTF-16 units of the record's letters and digits (at least 1), read off the folded codes. */
function wordChars(index: SearchIndex, rec: number): number {
  const { norm } = index;
  index.text.ensure(index.recStart[rec], index.recStart[rec + 1]);
  let n = 0;
  for (let p = index.recStart[rec]; p < index.recStart[rec + 1]; p++) {
    const c = norm[p];
    // Outside the BMP a letter is two units that no table entry says are one: read as text.
    if (c >= 0xd800 && c <= 0xdfff) return recText(index, rec, 'norm').replace(/[^\p{L}\p{N}]/gu, '').length || 1;
    if (isWordCode(c)) n++;
  }
  return n || 1;
}

export function evidenceFor(
  index: SearchIndex,
  plans: TermPlan[],
  retrieved: Retrieved,
  candidate: Candidate,
): Evidence {
  const { rec } = candidate;
  let totalWeight = 0;
  let quality = 0;
  let found = 0;
  // One term's positions are ascending and distinct already (most keystrokes): no set, no sort.
  let positions: number[] = [];
  let merged: Set<number> | null = null;
  let otherOffice = false;
  plans.forEach((plan, t) => {
    const w = retrieved.weights[t];
    if (w === 0) return;
    totalWeight += w;
    // Aligned even where the postings did not offer the record for this term: they need most
    // of its pairs, alignment also finds the word apart (就业培训 in 职业技能培训).
    const inOfficeName = retrieved.officeNames[t].has(index.recOffice[rec]);
    const m = termMatch(index, rec, plan, inOfficeName);
    // The office kind counts only as written or in the office's name: 纪委 is not 市委 or 违法 by sound.
    if (plan.term.officeKind && !inOfficeName && m.quality < 1) otherOffice = true;
    quality += w * m.quality;
    if (m.quality >= WEIGHTS.termFound) found += w;
    if (m.positions.length === 0) return;
    if (merged) for (const p of m.positions) merged.add(p);
    else if (positions.length === 0) positions = m.positions;
    else merged = new Set([...positions, ...m.positions]);
  });
  if (merged) positions = [...merged].sort((a, b) => a - b);
  return {
    rec,
    quality: totalWeight > 0 ? quality / totalWeight : 0,
    found: totalWeight > 0 ? found / totalWeight : 0,
    coverage: Math.min(1, positions.length / wordChars(index, rec)),
    positions,
    otherOffice,
    kindAndMore: plans.length > 1 && plans.some((p) => p.term.officeKind || p.term.person),
  };
}
