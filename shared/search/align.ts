// Where a Chinese query word sits in a record: a semi-global alignment of the word against
// the record's folded text (the whole word should be used, the text may start and end
// anywhere), so that words apart (因公…护照), a missing parenthetical (出国(境)管理) and a
// homophone typo (亚州 for 亚洲) still give a good, highlightable match. The text may be
// preceded by the record's office name, so that 宣传部办公室 aligns with 中共…宣传部 + 办公室.
import type { SearchIndex } from './layout.ts';
import { isWordCode } from './fold.ts';
import { ALIGN } from './rank.ts';

const { EXACT, HOMOPHONE, SKIP_QUERY, GAP_OPEN, GAP_WORD, GAP_PUNCT } = ALIGN;
const NONE = -1e9;

export interface Alignment {
  /** 0..1: 1 when every character matched exactly and contiguously. */
  quality: number;
  /** Matched positions, relative to the record start, ascending (none in the prefix). */
  positions: number[];
}

/** Scratch for the alignment's matrices and positions, grown as needed and reused (search is synchronous). */
const scratch = {
  H: new Float64Array(0),
  G: new Float64Array(0),
  backH: new Uint8Array(0),
  backG: new Uint8Array(0),
  at: new Int32Array(0),
};

function reserve(cells: number, m: number): typeof scratch {
  if (scratch.H.length < cells) {
    const size = Math.max(cells, scratch.H.length * 2);
    scratch.H = new Float64Array(size);
    scratch.G = new Float64Array(size);
    scratch.backH = new Uint8Array(size);
    scratch.backG = new Uint8Array(size);
  }
  if (scratch.at.length < m) scratch.at = new Int32Array(Math.max(m, scratch.at.length * 2));
  return scratch;
}

function recordLength(index: SearchIndex, rec: number): number {
  return rec < 0 ? 0 : index.recStart[rec + 1] - index.recStart[rec];
}

/** Absolute text positions into `at`: the prefix record's (if any), then the record's. */
function fillPositions(index: SearchIndex, rec: number, prefixRec: number, at: Int32Array): void {
  let j = 0;
  if (prefixRec >= 0) for (let p = index.recStart[prefixRec]; p < index.recStart[prefixRec + 1]; p++) at[j++] = p;
  for (let p = index.recStart[rec]; p < index.recStart[rec + 1]; p++) at[j++] = p;
}

/** Where the record's folded text first holds `codes` as they are (relative to its start), or -1; read off the codes (no string is made). */
export function indexOfCodes(index: SearchIndex, rec: number, codes: readonly number[]): number {
  const { norm } = index;
  const start = index.recStart[rec];
  index.text.ensure(start, index.recStart[rec + 1]);
  const last = index.recStart[rec + 1] - codes.length;
  for (let p = start; p <= last; p++) {
    let k = 0;
    while (k < codes.length && norm[p + k] === codes[k]) k++;
    if (k === codes.length) return p - start;
  }
  return -1;
}

/** The positions at, at + 1, …, at + n - 1 (a loop: Array.from with a map was a tenth of a keystroke's evidence). */
export function runOf(at: number, n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = at + i;
  return out;
}

// Back pointers: H from diagonal (1), from skipping a query char (2), from a text gap (3);
// G opened from H (1) or extended (2).
export function alignWord(
  index: SearchIndex,
  rec: number,
  codes: number[],
  sylOfCodes: number[],
  prefixRec = -1,
): Alignment {
  // The word as it is in the record is the best alignment there is (every character exact,
  // no gap: quality 1), and the table's would end where its first occurrence ends: no table.
  if (prefixRec < 0 && codes.length > 0) {
    const found = indexOfCodes(index, rec, codes);
    if (found >= 0) return { quality: 1, positions: runOf(found, codes.length) };
  }
  const { norm } = index;
  if (prefixRec >= 0) index.syllables.of(prefixRec);
  const syl = index.syllables.of(rec);
  const start = index.recStart[rec];
  const m = recordLength(index, prefixRec) + recordLength(index, rec);
  const n = codes.length;
  const w = m + 1;
  const { H, G, backH, backG, at } = reserve((n + 1) * w, m);
  fillPositions(index, rec, prefixRec, at);
  for (let j = 0; j <= m; j++) {
    H[j] = 0;
    G[j] = NONE;
  }
  for (let i = 1; i <= n; i++) {
    H[i * w] = SKIP_QUERY * i;
    backH[i * w] = 2;
    G[i * w] = NONE;
    backG[i * w] = 0;
    const qc = codes[i - 1];
    const qs = sylOfCodes[i - 1];
    for (let j = 1; j <= m; j++) {
      const tc = norm[at[j - 1]];
      const gapCost = isWordCode(tc) ? GAP_WORD : GAP_PUNCT;
      const open = H[i * w + j - 1] + GAP_OPEN + gapCost;
      const extend = G[i * w + j - 1] + gapCost;
      if (open >= extend) {
        G[i * w + j] = open;
        backG[i * w + j] = 1;
      } else {
        G[i * w + j] = extend;
        backG[i * w + j] = 2;
      }
      const ts = syl[at[j - 1]];
      const gain = tc === qc ? EXACT : qs !== 0 && ts === qs ? HOMOPHONE : NONE;
      let best = H[(i - 1) * w + j - 1] + gain;
      let from = 1;
      const skip = H[(i - 1) * w + j] + SKIP_QUERY;
      if (skip > best) {
        best = skip;
        from = 2;
      }
      if (G[i * w + j] > best) {
        best = G[i * w + j];
        from = 3;
      }
      H[i * w + j] = best;
      backH[i * w + j] = from;
    }
  }
  let bestJ = 0;
  for (let j = 1; j <= m; j++) if (H[n * w + j] > H[n * w + bestJ]) bestJ = j;
  const positions: number[] = [];
  let i = n;
  let j = bestJ;
  let inGap = false;
  while (i > 0 && j >= 0) {
    if (inGap) {
      inGap = backG[i * w + j] === 2;
      j--;
      continue;
    }
    const from = backH[i * w + j];
    if (from === 1) {
      if (at[j - 1] >= start) positions.push(at[j - 1] - start);
      i--;
      j--;
    } else if (from === 2) i--;
    else inGap = true;
  }
  positions.reverse();
  return { quality: Math.max(0, H[n * w + bestJ]) / (EXACT * n), positions };
}
