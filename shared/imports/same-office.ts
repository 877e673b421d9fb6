// Which stored office a newly read document is a new version of, when its name differs: an
// office renamed (某某局 → 某某局（加挂某某牌子）), or merged into a new name. Its history
// then goes on under the new name instead of a second office beginning beside the old one.
// - `stated`: the document says so (the old name among its former names or aliases), or the
//   new name is the old one with a bracketed addition (加挂…牌子, 挂…牌子);
// - `similar`: a stored office of the same place (a shared name prefix) whose units and duties
//   are mostly the same. Only offered in the preview, where the user sees and confirms it.
import { dice, textsSimilarity } from '../diff/similarity.ts';
import type { ParsedOffice, ParsedUnit } from '../types.ts';

/** `chosen`: the user said which office it replaces. */
export type SameOfficeReason = 'stated' | 'similar' | 'chosen';

export interface SameOffice {
  office: string;
  reason: SameOfficeReason;
}

export interface StoredCandidate {
  name: string;
  /** Read only when likeness is asked for (reading every stored office costs). */
  office: () => ParsedOffice;
}

/** Similar enough to offer: the units and the duties each at least this alike. */
const SIMILAR = 0.6;
/** The place a name begins with (某某市, 某某县): at least this many characters in common. */
const PLACE_PREFIX = 2;

/** A name without bracketed additions and spaces: 某某局（加挂某某牌子） → 某某局. */
export function baseName(name: string): string {
  return name.replace(/[（(][^（）()]*[）)]/g, '').replace(/[\s\u3000]/g, '');
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function unitNames(units: readonly ParsedUnit[]): string[] {
  return units.flatMap((u) => [u.name, ...unitNames(u.units)]);
}

function allDuties(office: ParsedOffice): string[] {
  const inUnits = (units: readonly ParsedUnit[]): string[] =>
    units.flatMap((u) => [...u.duties.map((d) => d.text), ...inUnits(u.units)]);
  return [...office.duties.map((d) => d.text), ...inUnits(office.units)];
}

/** How alike two offices' contents are, 0..1: the lower of their units' and their duties' likeness. */
export function contentSimilarity(a: ParsedOffice, b: ParsedOffice): number {
  return Math.min(dice(unitNames(a.units), unitNames(b.units)), textsSimilarity(allDuties(a), allDuties(b)));
}

/**
 * The stored office `office` replaces, or null. `stored` excludes an office of `office`'s own
 * name (that one is replaced as a matter of course). With `similar` off, only what the
 * document states counts.
 */
export function findSameOffice(
  office: ParsedOffice,
  stored: readonly StoredCandidate[],
  options: { similar: boolean },
): SameOffice | null {
  const named = new Set([...office.formerNames, ...office.aliases].map(baseName));
  const base = baseName(office.name);
  const stated = stored.find((s) => named.has(baseName(s.name)) || baseName(s.name) === base);
  if (stated) return { office: stated.name, reason: 'stated' };
  if (!options.similar) return null;
  let best: { name: string; score: number } | null = null;
  for (const s of stored) {
    if (commonPrefix(s.name, office.name) < PLACE_PREFIX) continue;
    const score = contentSimilarity(office, s.office());
    if (score >= SIMILAR && (!best || score > best.score)) best = { name: s.name, score };
  }
  return best ? { office: best.name, reason: 'similar' } : null;
}
