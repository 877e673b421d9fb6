// Abbreviations: a short word made of characters taken, in order, from a longer name or
// phrase (体卫艺 for 体育卫生艺术, 住建局 for 住房和城乡建设局, 集采 for 集中带量采购). The
// characters must come in the record's order, each within a few characters of the one
// before, so that the letters of 网约车 spread over a whole clause do not count.
import type { SearchIndex } from './layout.ts';

/** The longest an abbreviation is looked for (longer words are typed, not abbreviated). */
export const ABBREVIATION_MAX = 8;
/** Most characters between two successive characters of an abbreviation in a name (特设股 in 特种设备安全监察股). */
export const NAME_GAP = 6;
/** The same in duty text, where a wide spread is more often chance. */
export const TEXT_GAP = 4;

/**
 * How many of `codes`, from the first, occur in the record's folded text in order, each at
 * most `maxGap` characters after the one before (the first anywhere).
 */
export function orderedPrefix(index: SearchIndex, rec: number, codes: readonly number[], maxGap: number): number {
  const { norm } = index;
  const end = index.recStart[rec + 1];
  // A paged load reads the record's text on first use (layout.ts).
  index.text.ensure(index.recStart[rec], end);
  let best = 0;
  for (let p = index.recStart[rec]; p < end && best < codes.length; p++)
    if (norm[p] === codes[0]) best = Math.max(best, deepest(norm, end, codes, maxGap, 1, p + 1));
  return best;
}

/**
 * How many of `codes` the text holds in order from `codes[k]` on, the next one within
 * `maxGap` of `from`. Depth-first over the occurrences: the earliest next character is not
 * always the one that leaves the following within reach. (A plain function: it runs for every
 * office name on every keystroke, and a closure per call would be garbage.)
 */
function deepest(
  norm: Uint16Array,
  end: number,
  codes: readonly number[],
  maxGap: number,
  k: number,
  from: number,
): number {
  if (k === codes.length) return k;
  let best = k;
  const last = Math.min(end, from + maxGap + 1);
  for (let p = from; p < last && best < codes.length; p++)
    if (norm[p] === codes[k]) best = Math.max(best, deepest(norm, end, codes, maxGap, k + 1, p + 1));
  return best;
}
