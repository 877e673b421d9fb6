// Search-to-highlight: the units whose name or alias contains the query, and every box on
// the paths from the root down to them.
import type { ChartNode } from './types.ts';

export interface ChartSearchResult {
  /** Keys of matching nodes, in tree order. */
  matches: string[];
  /** Unit ids of the matching units (the office itself has none). */
  unitIds: number[];
  /** Keys on the root-to-match paths, matches included. */
  onPath: Set<string>;
}

export function searchChart(root: ChartNode, query: string): ChartSearchResult {
  const q = query.trim().toLowerCase();
  const matches: string[] = [];
  const unitIds: number[] = [];
  const onPath = new Set<string>();
  if (!q) return { matches, unitIds, onPath };
  const visit = (node: ChartNode, path: string[]): void => {
    const here = [...path, node.key];
    if ([node.name, ...node.aliases].some((s) => s.toLowerCase().includes(q))) {
      matches.push(node.key);
      if (node.unitId !== null) unitIds.push(node.unitId);
      for (const key of here) onPath.add(key);
    }
    for (const child of node.children) visit(child, here);
  };
  visit(root, []);
  return { matches, unitIds, onPath };
}

/** Keys of the collapsed ancestors hiding `keys`, to expand them when a match is hidden. */
export function ancestorsOf(root: ChartNode, keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const visit = (node: ChartNode, path: string[]): void => {
    if (keys.has(node.key)) for (const key of path) out.add(key);
    for (const child of node.children) visit(child, [...path, node.key]);
  };
  visit(root, []);
  return out;
}
