// The chart's search: the app's search answers the query (pinyin, initials, traditional
// script, duties, people), and its hits are turned into the chart's boxes to light up and
// step through, with every box on the paths from the root down to them.
import type { HitKind } from '../types.ts';
import type { ChartNode } from './types.ts';

/** The part of a search hit the chart needs. */
export interface ChartHit {
  kind: HitKind;
  unitId: number | null;
}

export interface ChartSearchResult {
  /** Keys of the matching boxes, best hit first, each once. */
  matches: string[];
  /** Unit ids of the matching units (the office itself has none), in the same order. */
  unitIds: number[];
  /** Keys on the root-to-match paths, matches included. */
  onPath: Set<string>;
}

const OFFICE_KINDS: ReadonlySet<HitKind> = new Set(['office', 'person']);

export const NO_MATCHES: ChartSearchResult = { matches: [], unitIds: [], onPath: new Set() };

/** Each node's key with the keys of the nodes above it, root first. */
function pathsByKey(root: ChartNode): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  const visit = (node: ChartNode, path: string[]): void => {
    const here = [...path, node.key];
    paths.set(node.key, here);
    for (const child of node.children) visit(child, here);
  };
  visit(root, []);
  return paths;
}

/**
 * The boxes a search's hits point to. A hit on a unit's name, duty, person or contact lights
 * the unit; a hit on the office's own name or one of its leaders lights the office box.
 * Office-level duties, honours and contacts describe the whole office and light nothing
 * (every unit sits under them). Hits on units not in this chart (another
 * office) are dropped.
 */
export function chartMatches(root: ChartNode, hits: readonly ChartHit[]): ChartSearchResult {
  const paths = pathsByKey(root);
  const byUnit = new Map<number, ChartNode>();
  const index = (node: ChartNode): void => {
    if (node.unitId !== null) byUnit.set(node.unitId, node);
    node.children.forEach(index);
  };
  index(root);
  const matches: string[] = [];
  const unitIds: number[] = [];
  const onPath = new Set<string>();
  for (const hit of hits) {
    const node = hit.unitId !== null ? byUnit.get(hit.unitId) : OFFICE_KINDS.has(hit.kind) ? root : undefined;
    if (!node || matches.includes(node.key)) continue;
    matches.push(node.key);
    if (node.unitId !== null) unitIds.push(node.unitId);
    for (const key of paths.get(node.key) ?? []) onPath.add(key);
  }
  return { matches, unitIds, onPath };
}

/** Keys of the collapsed ancestors hiding `keys`, to expand them when a match is hidden. */
export function ancestorsOf(root: ChartNode, keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const [key, path] of pathsByKey(root)) if (keys.has(key)) for (const above of path.slice(0, -1)) out.add(above);
  return out;
}
