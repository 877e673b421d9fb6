// How a long group of siblings wraps into rows around the central trunk.

/** How many of `n` wrapped siblings each row holds, at most `maxPerRow` a row. The trunk to
 *  the lower rows runs down a lane between the middle two boxes of every row it passes, so
 *  such a row holds an even number, half each side, and the office sits centred over it;
 *  the last row, where the trunk ends, may hold an odd number centred on the trunk. Of the
 *  fewest rows that allows, the split whose last row is nearest the others in size. One per
 *  row stays one column beside the trunk.
 *
 *  When that symmetric split leaves its last row at most half as full as the row above it
 *  (13 at four a row as 4+4+4+1, a lone box under full rows; 6 as 4+2), what is left over
 *  reads as an afterthought, and the rows are balanced instead (4+3+3+3, 3+3): as many
 *  rows, none wider than the limit, so it fits the same width and type size. Pairs (2+1)
 *  cannot be balanced further.
 *  A row of an odd number the trunk passes through then has its extra box left of the
 *  trunk, and the last row keeps to the columns above it, as a grid (layout.ts). */
export function rowCounts(n: number, maxPerRow: number): number[] {
  if (n <= maxPerRow) return [n];
  if (maxPerRow < 2) return new Array<number>(n).fill(1);
  const symmetric = symmetricCounts(n, maxPerRow);
  const [above, last] = symmetric.slice(-2) as [number, number];
  return last * 2 <= above && above - last > 1 ? balancedCounts(n, symmetric.length) : symmetric;
}

/** Even rows above an odd or even last one, as described above. */
function symmetricCounts(n: number, maxPerRow: number): number[] {
  const evenMax = maxPerRow - (maxPerRow % 2);
  // Ends: with pairs (e = 2) the last row shrinks by two a row until it holds one or two.
  for (let rows = Math.ceil(n / maxPerRow); ; rows++) {
    let best: { even: number; last: number } | null = null;
    for (let even = evenMax; even >= 2; even -= 2) {
      const last = n - even * (rows - 1);
      if (last < 1 || last > maxPerRow) continue;
      if (!best || Math.abs(last - even) < Math.abs(best.last - best.even)) best = { even, last };
    }
    if (best) return [...new Array<number>(rows - 1).fill(best.even), best.last];
  }
}

/** `n` in `rows` rows differing by one at most, the fuller rows first. */
function balancedCounts(n: number, rows: number): number[] {
  const base = Math.floor(n / rows);
  return Array.from({ length: rows }, (_, r) => base + (r < n % rows ? 1 : 0));
}
