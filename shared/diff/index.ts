// The difference between two versions of an office, as people read it: units added,
// removed, renamed, moved and reordered, duties added, removed and changed, and one line.
import { diffDuties } from './duties.ts';
import { chineseSummary, summariseChanges, type ChangeSummary } from './summary.ts';
import { flatten, longestIncreasing, matchUnits, type FlatUnit } from './units.ts';
import type { DiffOffice, OfficeDiff, UnitPair } from './types.ts';

export type * from './types.ts';
export { chineseSummary, summariseChanges, UNIT_CHANGES, type ChangeSummary } from './summary.ts';
export { nameSimilarity, textSimilarity } from './similarity.ts';

const EMPTY: DiffOffice = { name: '', duties: [], units: [] };

/** The summary of an office's first version: what it holds. */
export function firstChanges(office: DiffOffice): ChangeSummary {
  const units = flatten(office.units);
  const duties = office.duties.length + units.reduce((n, u) => n + u.unit.duties.length, 0);
  return { kind: 'first', units: units.length, duties };
}

/** `before` null: the office is new, everything in `after` is added. */
export function diffOffices(before: DiffOffice | null, after: DiffOffice): OfficeDiff {
  const old = flatten((before ?? EMPTY).units);
  const now = flatten(after.units);
  const { matching, similarity } = matchUnits(old, now);
  const matchedAfter = new Set(matching.values());
  const pair = (b: FlatUnit, a: FlatUnit): UnitPair => ({ before: b.ref, after: a.ref });

  const diff: Omit<OfficeDiff, 'summary' | 'changes'> = {
    officeName: { before: before ? before.name : null, after: after.name },
    unitsAdded: now.filter((a) => !matchedAfter.has(a.index)).map((a) => a.ref),
    unitsRemoved: old.filter((b) => !matching.has(b.index)).map((b) => b.ref),
    unitsRenamed: [],
    unitsMoved: [],
    unitsReordered: [],
    duties: diffDuties((before ?? EMPTY).duties, after.duties, null),
  };

  // Where a matched unit's parent went: moved when that is not its parent now.
  const stays: { b: FlatUnit; a: FlatUnit }[] = [];
  for (const [bi, ai] of [...matching].sort((x, y) => x[1] - y[1])) {
    const b = old[bi]!;
    const a = now[ai]!;
    if (b.unit.name !== a.unit.name) diff.unitsRenamed.push({ ...pair(b, a), similarity: similarity.get(bi) ?? 0 });
    const parentNow = b.parent === null ? null : (matching.get(b.parent) ?? -1);
    if (parentNow !== a.parent || b.unit.kind !== a.unit.kind) diff.unitsMoved.push(pair(b, a));
    else stays.push({ b, a });
    diff.duties.push(...diffDuties(b.unit.duties, a.unit.duties, a.unit.name));
  }

  // Among siblings that stayed under one parent, those out of the longest run kept in the
  // old order were reordered; additions and removals alone shift nothing.
  const byParent = new Map<number | null, { b: FlatUnit; a: FlatUnit }[]>();
  for (const s of stays) {
    const list = byParent.get(s.a.parent) ?? [];
    list.push(s);
    byParent.set(s.a.parent, list);
  }
  for (const siblings of byParent.values()) {
    siblings.sort((x, y) => x.a.position - y.a.position);
    const kept = longestIncreasing(siblings.map((s) => s.b.position));
    siblings.forEach((s, i) => {
      if (!kept.has(i)) diff.unitsReordered.push(pair(s.b, s.a));
    });
  }
  const changes = before ? summariseChanges(diff) : firstChanges(after);
  return { ...diff, changes, summary: chineseSummary(changes) };
}
