// Arrow-key movement between the boxes of a drawn chart: up to the parent, down to the first
// child, left and right through the siblings in reading order (rows top to bottom, each left
// to right, which also holds for wrapped rows and for 竖排 columns), Home and End to the
// first and last sibling.
import type { ChartBox, ChartLayout } from './types.ts';

export type Direction = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/** Rows closer than this (px) count as one row when ordering siblings. */
const ROW_TOLERANCE = 2;

function readingOrder(a: ChartBox, b: ChartBox): number {
  return Math.abs(a.y - b.y) > ROW_TOLERANCE ? a.y - b.y : a.x - b.x;
}

/** The key of the box an arrow key moves to from `key`, or null when there is none. */
export function neighbourBox(layout: Pick<ChartLayout, 'boxes' | 'edges'>, key: string, dir: Direction): string | null {
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  if (!byKey.has(key)) return null;
  const parentOf = new Map(layout.edges.map((e) => [e.to, e.from]));
  const childrenOf = (k: string) =>
    layout.edges
      .filter((e) => e.from === k)
      .map((e) => byKey.get(e.to))
      .filter((b): b is ChartBox => b !== undefined)
      .sort(readingOrder);
  const parent = parentOf.get(key);
  if (dir === 'up') return parent ?? null;
  if (dir === 'down') return childrenOf(key)[0]?.key ?? null;
  const siblings = parent === undefined ? [byKey.get(key)!] : childrenOf(parent);
  const at = siblings.findIndex((b) => b.key === key);
  const to = { left: at - 1, right: at + 1, first: 0, last: siblings.length - 1 }[dir];
  return to === at ? null : (siblings[to]?.key ?? null);
}
