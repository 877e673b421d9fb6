// Ranking: every weight in one table, and the rules that turn evidence into an order.
// Scores are costs (0 is a perfect hit); a hit's score is what the search result reports.
import type { SearchIndex } from './layout.ts';
import { KIND, NAME } from './records.ts';
import {
  isOfficeName,
  KIND_CODES,
  kindCode,
  kindOf,
  kindOfCode,
  kindRoleOf,
  nameRoleOfCode,
  officeLevelOfCode,
  recLength,
} from './record.ts';

/** The alignment's gains and costs (align.ts), per query character. */
export const ALIGN = {
  EXACT: 2,
  HOMOPHONE: 1.4,
  SKIP_QUERY: -1.2,
  GAP_OPEN: -0.5,
  GAP_WORD: -0.15,
  GAP_PUNCT: -0.02,
} as const;

export const WEIGHTS = {
  /** Cost of a poor match (1 - quality): the query's words, exact, in order, together. */
  quality: 0.6,
  /** Cost of the part of the record the query does not cover (a name typed in full beats a long clause). */
  coverage: 0.15,
  /** Below this quality a record is not a hit. */
  minQuality: 0.34,
  /** A hit must hold at least this share of the query weight the best hit holds. */
  relativeCover: 0.6,
  /** A term counts as found in a record from this alignment quality on. */
  termFound: 0.34,
  /** Retrieval strength of an abbreviation's match (abbreviation.ts), next to 1 for the word as typed. */
  abbreviation: 0.7,
  /** An everyday word's administrative word (lexicon.ts) counts this much of the word as typed. */
  expansion: 0.8,
  /** An everyday word or its administrative word counts only when a record holds it at least this well (nearly whole: 网约车 is not 网站…节约…车). */
  expansionMinQuality: 0.8,
  /** Before alignment: the postings' coverage, minus this much per kind penalty and per character (capped). */
  preKind: 2,
  preLength: 0.002,
  preLengthCap: 100,
  /** What kind of record the hit is: names before people before duty clauses. */
  kind: {
    unitName: 0,
    unitAlias: 0.01,
    unitFormer: 0.03,
    officeName: 0.01,
    officeAlias: 0.02,
    officeFormer: 0.03,
    person: 0.02,
    /** An office's own leader before a unit head of the same title (宁德人大常委会主任 asks for the office's 主任). */
    officePerson: 0.015,
    unitDuty: 0.04,
    /** An office-level duty only mentions the topic; the unit's own duty says who does it (outweighs any coverage difference). */
    officeDuty: 0.2,
    other: 0.08,
  },
  /**
   * The next few plausible units, listed after every hit above: records that hold some of the
   * query (this share of the minimum quality and of the best hit's weight) but too little to
   * stand next to the best; each costs this much more, so it ranks below them.
   */
  nextFew: { count: 4, minQuality: 0.5, relativeCover: 0.25, cost: 0.5 },
  /** The question asks for a kind of unit (哪个处) and the hit's unit is not one. */
  otherUnitKind: 0.05,
  /**
   * The question names a kind of office (纪委的举报信, 想去法院告) and the record is in another
   * office: the topic words alone must not take the question to an office that does the same
   * kind of work (a 信访局 also receives letters).
   */
  otherOfficeKind: 0.15,
  /**
   * The question names a kind of office and more (供销社人事, 去信访局反映问题), or a person by
   * surname and title beside other words (龙泉林业局季科长): an office's name holds the office
   * but not the rest, which names a unit's work or its head; the name pays this much per share of
   * the query it misses, so that the unit of that office holding the rest ranks first.
   */
  officeNameShortfall: 0.25,
  /** A name found only by fuzzy matching (fuzzy.ts) ranks after every postings hit: its fuse.js score plus this. */
  fuzzy: 1,
  /** Candidates that reach alignment (more if the caller asks for more hits). */
  candidates: 48,
} as const;

/** The cost of a kind of record (record.ts kindCode); the one place that says a unit's own duty beats an office-level one. */
function penaltyOfCode(code: number): number {
  const k = WEIGHTS.kind;
  const role = nameRoleOfCode(code);
  switch (kindOfCode(code)) {
    case KIND.unit:
      return role === NAME.primary ? k.unitName : role === NAME.alias ? k.unitAlias : k.unitFormer;
    case KIND.office:
      return role === NAME.primary ? k.officeName : role === NAME.alias ? k.officeAlias : k.officeFormer;
    case KIND.person:
      return officeLevelOfCode(code) ? k.officePerson : k.person;
    case KIND.duty:
      return officeLevelOfCode(code) ? k.officeDuty : k.unitDuty;
    default:
      return k.other;
  }
}

// Per kind code, computed once: candidates are keyed by the thousand (preScore), one table read each.
const PENALTY = Float64Array.from({ length: KIND_CODES }, (_, code) => penaltyOfCode(code));
const PRE_KIND = PENALTY.map((penalty) => WEIGHTS.preKind * penalty);

// Per kind and name role (record.ts kindRoleOf), the lesser PRE_KIND of its two owners.
const PRE_KIND_LEAST = Float64Array.from({ length: KIND_CODES >> 1 }, (_, kindRole) =>
  Math.min(PRE_KIND[kindRole << 1], PRE_KIND[(kindRole << 1) | 1]),
);

export function kindPenalty(index: SearchIndex, rec: number): number {
  return PENALTY[kindCode(index, rec)];
}

/**
 * At least preScore(index, rec, coverage), whatever the record's length: a record whose bound
 * is below the k-th key so far need not be keyed (retrieval.ts topK).
 */
export function preScoreBound(index: SearchIndex, rec: number, coverage: number): number {
  return coverage - PRE_KIND[kindCode(index, rec)];
}

/** At least preScoreBound, read off the record's packed kind alone (not its owner). */
export function preScoreLeastBound(index: SearchIndex, rec: number, coverage: number): number {
  return coverage - PRE_KIND_LEAST[kindRoleOf(index, rec)];
}

/** The key that picks candidates for alignment (larger is better). */
export function preScore(index: SearchIndex, rec: number, coverage: number): number {
  return (
    preScoreBound(index, rec, coverage) - WEIGHTS.preLength * Math.min(WEIGHTS.preLengthCap, recLength(index, rec))
  );
}

/** What evidence.ts found in one record. */
export interface Evidence {
  rec: number;
  /** 0..1: how well the query's terms align, weighted by their rarity. */
  quality: number;
  /** 0..1: weighted share of the query's terms found at all. */
  found: number;
  /** 0..1: share of the record's characters the query covers. */
  coverage: number;
  /** Matched positions in the record's text, ascending. */
  positions: number[];
  /** The question names a kind of office (terms.ts officeKind) that neither the record nor its office holds. */
  otherOffice?: boolean;
  /** The question names a kind of office, or a person by surname and title, beside other words (供销社人事, 季科长). */
  kindAndMore?: boolean;
}

export interface Ranked {
  evidence: Evidence;
  score: number;
}

/** Not the kind of unit the question asks for (`asked` is the ending of its name: 处, 科, 支队). */
function otherKind(index: SearchIndex, rec: number, asked: string | null): boolean {
  if (asked === null) return false;
  const unit = index.recUnit[rec];
  return unit < 0 || !index.units.endsWith(unit, asked);
}

export function score(index: SearchIndex, e: Evidence, asked: string | null = null): number {
  return (
    WEIGHTS.quality * (1 - e.quality) +
    WEIGHTS.coverage * (1 - e.coverage) +
    kindPenalty(index, e.rec) +
    (otherKind(index, e.rec, asked) ? WEIGHTS.otherUnitKind : 0) +
    (e.otherOffice ? WEIGHTS.otherOfficeKind : 0) +
    (e.kindAndMore && isOfficeName(index, e.rec) ? WEIGHTS.officeNameShortfall * (1 - e.quality) : 0)
  );
}

/**
 * The unit that owns a record, or the office when the record is the office's name or one of its
 * leaders (罗局长 asks for the office's 局长, who stands for it like its name); null otherwise.
 */
function ownerOf(index: SearchIndex, rec: number): number | null {
  const unit = index.recUnit[rec];
  if (unit >= 0) return unit;
  return isOfficeName(index, rec) || kindOf(index, rec) === KIND.person ? -1 - index.recOffice[rec] : null;
}

const byScore = (a: Ranked, b: Ranked) => a.score - b.score || a.evidence.rec - b.evidence.rec;

/**
 * The hits in order: records good enough on their own and next to the best one, by score
 * (`asked`: the ending of the unit name the question asks for, askedUnitEnding)
 * (ties: office order, then unit order); then units first, each with its best evidence (and an
 * office whose own name matches, so that typing an office's name finds the office), then
 * everything else; then the next few plausible units (WEIGHTS.nextFew), below all of them.
 */
export function rank(index: SearchIndex, evidence: Evidence[], asked: string | null = null): Ranked[] {
  let bestFound = 0;
  for (const e of evidence) if (e.quality >= WEIGHTS.minQuality) bestFound = Math.max(bestFound, e.found);
  const good = (e: Evidence) => e.quality >= WEIGHTS.minQuality && e.found >= WEIGHTS.relativeCover * bestFound;
  const ranked = evidence
    .filter(good)
    .map((e) => ({ evidence: e, score: score(index, e, asked) }))
    .sort(byScore);
  const unitsFirst: Ranked[] = [];
  const rest: Ranked[] = [];
  const seenOwners = new Set<number>();
  for (const r of ranked) {
    const owner = ownerOf(index, r.evidence.rec);
    if (owner !== null && !seenOwners.has(owner)) {
      seenOwners.add(owner);
      unitsFirst.push(r);
    } else rest.push(r);
  }
  const { count, minQuality, relativeCover, cost } = WEIGHTS.nextFew;
  const next: Ranked[] = [];
  const plausible = evidence
    .filter(
      (e) =>
        !good(e) && e.found > 0 && e.found >= relativeCover * bestFound && e.quality >= minQuality * WEIGHTS.minQuality,
    )
    .map((e) => ({ evidence: e, score: score(index, e, asked) + cost }))
    .sort(byScore);
  for (const r of plausible) {
    const owner = ownerOf(index, r.evidence.rec);
    if (next.length >= count || owner === null || seenOwners.has(owner)) continue;
    seenOwners.add(owner);
    next.push(r);
  }
  return [...unitsFirst, ...rest, ...next];
}
