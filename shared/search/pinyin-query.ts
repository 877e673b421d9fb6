// Reading a Latin query as pinyin: full syllables (`zonghechu`, the last one possibly still
// being typed: `zongh`) or initials (`lsaq`). A pattern is one mask per position saying which
// syllable ids may stand there; records carry a syllable id per character.
import type { SearchIndex } from './layout.ts';
import { isWordCode } from './fold.ts';

/** One mask (indexed by syllable id) per matched character. */
export type SyllablePattern = Uint8Array[];

const MAX_SEGMENTATIONS = 4;
const MAX_SYLLABLE = 6;

/**
 * Per index, what reading a query's letters needs and only the syllable table decides: every
 * prefix of a syllable, and the masks of the pieces queries are cut into, each made the
 * first time it is asked for (a few hundred syllables and their prefixes: bounded).
 */
interface Readings {
  prefixes: Set<string>;
  masks: Map<string, Uint8Array | null>;
}

const readings = new WeakMap<SearchIndex, Readings>();

function readingsOf(index: SearchIndex): Readings {
  let r = readings.get(index);
  if (!r) {
    const prefixes = new Set<string>();
    for (const s of index.meta.syllables) for (let n = 1; n <= s.length; n++) prefixes.add(s.slice(0, n));
    r = { prefixes, masks: new Map() };
    readings.set(index, r);
  }
  return r;
}

/** The mask of the syllables a piece stands for: `=` one syllable, `^` any it begins, `@` any with that first letter. */
function pieceMask(index: SearchIndex, how: '=' | '^' | '@', piece: string): Uint8Array | null {
  const { masks } = readingsOf(index);
  const key = how + piece;
  let mask = masks.get(key);
  if (mask === undefined) {
    mask = maskOf(
      index,
      how === '=' ? (s) => s === piece : how === '^' ? (s) => s.startsWith(piece) : (s) => s[0] === piece,
    );
    masks.set(key, mask);
  }
  return mask;
}

const idsOfMask = new WeakMap<Uint8Array, number[]>();

/** The syllable ids a pattern's mask takes, ascending (made once per mask: masks are shared, pieceMask). */
export function syllablesOf(mask: Uint8Array): readonly number[] {
  let ids = idsOfMask.get(mask);
  if (!ids) {
    ids = [];
    for (let id = 0; id < mask.length; id++) if (mask[id]) ids.push(id);
    idsOfMask.set(mask, ids);
  }
  return ids;
}

/** Syllables that `accept` takes and that some document character is read as; null if none. */
function maskOf(index: SearchIndex, accept: (s: string) => boolean): Uint8Array | null {
  const mask = new Uint8Array(index.meta.syllables.length);
  let any = false;
  index.meta.syllables.forEach((s, id) => {
    if (id > 0 && index.sylOffsets[id + 1] > index.sylOffsets[id] && accept(s)) {
      mask[id] = 1;
      any = true;
    }
  });
  return any ? mask : null;
}

/** Ways to cut `token` into known syllables, the last one possibly a prefix (complete: a whole syllable too); fewest cuts first. */
function segmentations(index: SearchIndex, token: string): { cuts: string[]; complete: boolean }[] {
  if (!/^[a-z]+$/.test(token)) return [];
  const { prefixes } = readingsOf(index);
  const found: { cuts: string[]; complete: boolean }[] = [];
  // Positions from which the rest cannot be cut: remembered, so `ananan…v` stays linear.
  const dead = new Set<number>();
  const walk = (pos: number, cuts: string[]) => {
    const before = found.length;
    for (let len = Math.min(MAX_SYLLABLE, token.length - pos); len >= 1; len--) {
      const s = token.slice(pos, pos + len);
      if (pos + len === token.length) {
        // The last syllable may still be being typed: `lin` on the way to `ling`.
        if (prefixes.has(s)) found.push({ cuts: [...cuts, s], complete: index.sylIds.has(s) });
      } else if (index.sylIds.has(s) && !dead.has(pos + len)) walk(pos + len, [...cuts, s]);
      if (found.length >= MAX_SEGMENTATIONS) return;
    }
    if (found.length === before) dead.add(pos);
  };
  walk(0, []);
  return found.sort((a, b) => a.cuts.length - b.cuts.length || Number(b.complete) - Number(a.complete));
}

/** The letters read as pinyin syllables (whether or not any document has that reading). */
export function readsAsPinyin(index: SearchIndex, token: string): boolean {
  return segmentations(index, token).length > 0;
}

/** Ways to cut `token` into whole syllables that document characters are read as, the last one taken as a prefix; fewest cuts first. */
export function fullPinyinPatterns(
  index: SearchIndex,
  token: string,
): { pattern: SyllablePattern; complete: boolean }[] {
  const found = segmentations(index, token);
  const out: { pattern: SyllablePattern; complete: boolean }[] = [];
  for (const f of found) {
    const pattern: SyllablePattern = [];
    for (let i = 0; i < f.cuts.length; i++) {
      const cut = f.cuts[i];
      const last = i === f.cuts.length - 1;
      const mask = pieceMask(index, last ? '^' : '=', cut);
      if (!mask) break;
      pattern.push(mask);
    }
    if (pattern.length === f.cuts.length) out.push({ pattern, complete: f.complete });
  }
  return out;
}

/** `lsaq`: each letter is the first letter of one syllable. */
export function initialsPattern(index: SearchIndex, token: string): SyllablePattern | null {
  // One letter is already covered as the start of a syllable being typed.
  if (!/^[a-z]{2,10}$/.test(token)) return null;
  const pattern: SyllablePattern = [];
  for (const letter of token) {
    const mask = pieceMask(index, '@', letter);
    if (!mask) return null;
    pattern.push(mask);
  }
  return pattern;
}

/**
 * Positions in record `rec` where the pattern matches consecutive Han characters
 * (punctuation between them is skipped: 出国(境)管理处), or null.
 */
export function matchPattern(index: SearchIndex, rec: number, pattern: SyllablePattern): number[] | null {
  const p = matchStart(index, rec, pattern);
  if (p < 0) return null;
  // Matched: walk it again to collect the positions (only once per record).
  const syl = index.syllables.of(rec);
  const start = index.recStart[rec];
  const hits = [p - start];
  for (let r = p + 1; hits.length < pattern.length; r++) if (syl[r] !== 0) hits.push(r - start);
  return hits;
}

/** Whether the pattern matches in record `rec` (matchPattern without the positions: retrieval asks this per name). */
export function matchesPattern(index: SearchIndex, rec: number, pattern: SyllablePattern): boolean {
  return matchStart(index, rec, pattern) >= 0;
}

/**
 * How far the pattern gets in record `rec`: its length where it matches, else the most of its
 * leading positions that match from any one start (0: not even the first). A pattern that
 * shares more leading positions with this one than that cannot match in the record either.
 */
export function matchDepth(index: SearchIndex, rec: number, pattern: SyllablePattern): number {
  return matchStart(index, rec, pattern) >= 0 ? pattern.length : deepest;
}

/** The depth the last matchStart without a match reached (matchDepth). */
let deepest = 0;

/** The text position where the pattern first matches in record `rec`, or -1. */
function matchStart(index: SearchIndex, rec: number, pattern: SyllablePattern): number {
  const { norm } = index;
  const syl = index.syllables.of(rec);
  const start = index.recStart[rec];
  const end = index.recStart[rec + 1];
  const first = pattern[0];
  let most = 0;
  for (let p = start; p < end; p++) {
    const s0 = syl[p];
    if (s0 === 0 || !first[s0]) continue;
    let q = p + 1;
    let j = 1;
    for (; j < pattern.length; j++) {
      while (q < end && syl[q] === 0 && !isWordCode(norm[q])) q++;
      if (q >= end || syl[q] === 0 || !pattern[j][syl[q]]) break;
      q++;
    }
    if (j < pattern.length) {
      if (j > most) most = j;
      continue;
    }
    return p;
  }
  deepest = most;
  return -1;
}
