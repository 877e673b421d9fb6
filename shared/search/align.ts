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

/** Absolute text positions: the prefix record's (if any), then the record's. */
function textPositions(index: SearchIndex, rec: number, prefixRec: number): Int32Array {
  const spans = prefixRec >= 0 ? [prefixRec, rec] : [rec];
  let m = 0;
  for (const r of spans) m += index.recStart[r + 1] - index.recStart[r];
  const at = new Int32Array(m);
  let j = 0;
  for (const r of spans) for (let p = index.recStart[r]; p < index.recStart[r + 1]; p++) at[j++] = p;
  return at;
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
  const { norm } = index;
  if (prefixRec >= 0) index.syllables.of(prefixRec);
  const syl = index.syllables.of(rec);
  const start = index.recStart[rec];
  const at = textPositions(index, rec, prefixRec);
  const m = at.length;
  const n = codes.length;
  const w = m + 1;
  const H = new Float64Array((n + 1) * w);
  const G = new Float64Array((n + 1) * w);
  const backH = new Uint8Array((n + 1) * w);
  const backG = new Uint8Array((n + 1) * w);
  for (let j = 0; j <= m; j++) G[j] = NONE;
  for (let i = 1; i <= n; i++) {
    H[i * w] = SKIP_QUERY * i;
    backH[i * w] = 2;
    G[i * w] = NONE;
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
