// The stored index in two tiers: a base (all offices' segments merged, rewritten rarely) and
// a delta of offices written since (their segments, plus the base's offices they replaced).
// This is how the delta is read off the office ids alone, with no index bytes.
import { DROPPED_OFFICE } from './merge.ts';

export interface Delta {
  /** Positions in the base of offices gone since (replaced or removed). */
  drop: Set<number>;
  /** Offices not in the base, in id order. */
  added: number[];
}

/** Past this share of empty entries (replaced offices), the base is rebuilt from the segments. */
export const MAX_DROPPED_SHARE = 0.25;

export const isEmptyDelta = (d: Delta) => d.drop.size === 0 && d.added.length === 0;

/**
 * The delta between the base's offices (in base order, DROPPED_OFFICE for empty entries) and
 * the live ones. Undefined when the base cannot be brought up to date by leaving offices out
 * and appending new ones: a new office older than a kept one (offices stay in id order), or
 * too many empty entries.
 */
export function deltaOf(base: readonly number[], live: readonly number[]): Delta | undefined {
  const liveSet = new Set(live);
  const kept = new Set<number>();
  const drop = new Set<number>();
  let empty = 0;
  base.forEach((id, o) => {
    if (id === DROPPED_OFFICE) empty++;
    else if (liveSet.has(id)) kept.add(id);
    else drop.add(o);
  });
  const added = live.filter((id) => !kept.has(id));
  let newestKept = -1;
  for (const id of kept) newestKept = Math.max(newestKept, id);
  if (added.some((id) => id < newestKept)) return undefined;
  if (empty + drop.size > MAX_DROPPED_SHARE * Math.max(live.length, 4)) return undefined;
  return { drop, added };
}
