// How a long group of siblings wraps into rows around the central trunk.

/** How many of `n` wrapped siblings each row holds, at most `maxPerRow` a row. The trunk to
 *  the lower rows runs down a lane between the middle two boxes of every row it passes, so
 *  such a row holds an even number, half each side, and the office sits centred over it;
 *  the last row, where the trunk ends, may hold an odd number centred on the trunk. Of the
 *  fewest rows that allows, the split whose last row is nearest the others in size. One per
 *  row stays one column beside the trunk. */
export function rowCounts(n: number, maxPerRow: number): number[] {
  if (n <= maxPerRow) return [n];
  if (maxPerRow < 2) return new Array<number>(n).fill(1);
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
