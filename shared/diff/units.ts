// Matching the units of two versions of an office: first by name (or a name the other lists
// as an alias or former name), then, for what is left, by how alike the names, the duties and
// the places in the tree are, so a renamed unit is found as renamed, not removed and added.
import { nameSimilarity, textsSimilarity } from './similarity.ts';
import type { DiffUnit, UnitRef } from './types.ts';

export interface FlatUnit {
  index: number;
  unit: DiffUnit;
  parent: number | null;
  /** Place among its siblings, 0-based. */
  position: number;
  /** Place in the whole tree (pre-order) as a fraction 0..1. */
  relative: number;
  ref: UnitRef;
  dutyTexts: string[];
}

export function flatten(units: readonly DiffUnit[]): FlatUnit[] {
  const flat: FlatUnit[] = [];
  const walk = (list: readonly DiffUnit[], parent: number | null, path: string[]) =>
    list.forEach((unit, position) => {
      const index = flat.length;
      flat.push({
        index,
        unit,
        parent,
        position,
        relative: 0,
        ref: { name: unit.name, path, line: unit.line },
        dutyTexts: unit.duties.map((d) => d.text),
      });
      walk(unit.units, index, [...path, unit.name]);
    });
  walk(units, null, []);
  for (const f of flat) f.relative = flat.length > 1 ? f.index / (flat.length - 1) : 0;
  return flat;
}

/** A match: after[index] for each before index (or undefined). */
export type Matching = Map<number, number>;

function sameName(a: DiffUnit, b: DiffUnit): boolean {
  return (
    a.name === b.name || b.aliases.includes(a.name) || b.formerNames.includes(a.name) || a.aliases.includes(b.name)
  );
}

// Below these a pair is not the same unit. A rename keeps half its characters, or keeps its
// duties and its place (a unit renamed outright, 综合处 -> 办公室, with the same work).
const NAME_MATCH = 0.5;
const DUTY_MATCH = 0.6;
const POSITION_MATCH = 0.75;

interface Candidate {
  before: number;
  after: number;
  score: number;
}

function greedy(candidates: Candidate[], matching: Matching, taken: Set<number>): void {
  candidates.sort((x, y) => y.score - x.score || x.before - y.before || x.after - y.after);
  for (const c of candidates) {
    if (matching.has(c.before) || taken.has(c.after)) continue;
    matching.set(c.before, c.after);
    taken.add(c.after);
  }
}

export function matchUnits(
  before: FlatUnit[],
  after: FlatUnit[],
): { matching: Matching; similarity: Map<number, number> } {
  const matching: Matching = new Map();
  const taken = new Set<number>();
  const similarity = new Map<number, number>();
  const parentName = (flat: FlatUnit[], f: FlatUnit) => (f.parent === null ? null : flat[f.parent]!.unit.name);

  // 1. Same name: among several (综合科 under two parents) the one under a same-named parent,
  //    then the nearest place.
  const exact: Candidate[] = [];
  for (const b of before) {
    for (const a of after) {
      if (!sameName(b.unit, a.unit)) continue;
      const parentBonus = parentName(before, b) === parentName(after, a) ? 1 : 0;
      exact.push({ before: b.index, after: a.index, score: 2 + parentBonus - Math.abs(b.relative - a.relative) });
    }
  }
  greedy(exact, matching, taken);
  for (const [b] of matching) similarity.set(b, 1);

  // 2. Alike: the rest, by name, duties and place.
  const fuzzy: Candidate[] = [];
  for (const b of before) {
    if (matching.has(b.index)) continue;
    for (const a of after) {
      if (taken.has(a.index)) continue;
      const name = nameSimilarity(b.unit.name, a.unit.name);
      const duties = textsSimilarity(b.dutyTexts, a.dutyTexts);
      const place = 1 - Math.abs(b.relative - a.relative);
      const byName = name >= NAME_MATCH && (duties >= 0.3 || place >= POSITION_MATCH || name >= 0.75);
      const byWork = duties >= DUTY_MATCH && place >= POSITION_MATCH;
      if (!byName && !byWork) continue;
      fuzzy.push({ before: b.index, after: a.index, score: 0.5 * name + 0.35 * duties + 0.15 * place });
    }
  }
  const fuzzyStart = new Set(matching.keys());
  greedy(fuzzy, matching, taken);
  for (const [b, a] of matching) {
    if (!fuzzyStart.has(b)) similarity.set(b, nameSimilarity(before[b]!.unit.name, after[a]!.unit.name));
  }
  return { matching, similarity };
}

/** Indices of the longest increasing subsequence of `values` (patience sorting). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
