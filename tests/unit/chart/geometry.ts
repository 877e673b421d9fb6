// Geometry checks shared by the layout and print tests.
import type { ChartBox, ChartLayout, ChartNode } from '../../../shared/chart/types.ts';

const EPS = 1e-6;

/** Pairs of boxes that overlap, found with a sweep over x. */
export function overlappingPairs(boxes: ChartBox[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width - EPS; j++) {
      const b = sorted[j]!;
      if (b.y < a.y + a.height - EPS && a.y < b.y + b.height - EPS) out.push([a.key, b.key]);
    }
  }
  return out;
}

/** Parent key of every non-root node, from the data. */
export function parentsOf(root: ChartNode, collapsed: ReadonlySet<string> = new Set()): Map<string, string> {
  const out = new Map<string, string>();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (collapsed.has(node.key)) continue;
    for (const child of node.children) {
      out.set(child.key, node.key);
      stack.push(child);
    }
  }
  return out;
}

/** Problems with the edges: wrong endpoints, diagonal segments, missing or extra edges,
 *  segments running through a third box (checked when `crossings` is set). */
export function edgeProblems(
  layout: ChartLayout,
  root: ChartNode,
  crossings: boolean,
  collapsed?: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const expected = parentsOf(root, collapsed);
  const seen = new Set<string>();
  for (const edge of layout.edges) {
    if (expected.get(edge.to) !== edge.from) problems.push(`edge ${edge.from}->${edge.to} is not parent->child`);
    seen.add(edge.to);
    const p = byKey.get(edge.from)!;
    const c = byKey.get(edge.to)!;
    const [x0, y0] = edge.points[0]!;
    const [x1, y1] = edge.points.at(-1)!;
    if (Math.abs(x0 - (p.x + p.width / 2)) > EPS || Math.abs(y0 - (p.y + p.height)) > EPS)
      problems.push(`${edge.to}: does not start at parent's bottom centre`);
    if (Math.abs(x1 - (c.x + c.width / 2)) > EPS || Math.abs(y1 - c.y) > EPS)
      problems.push(`${edge.to}: does not end at child's top centre`);
    for (let i = 1; i < edge.points.length; i++) {
      const [ax, ay] = edge.points[i - 1]!;
      const [bx, by] = edge.points[i]!;
      if (Math.abs(ax - bx) > EPS && Math.abs(ay - by) > EPS) problems.push(`${edge.to}: diagonal segment`);
      if (!crossings) continue;
      for (const box of layout.boxes) {
        if (box === p || box === c) continue;
        const hitX = Math.min(ax, bx) < box.x + box.width - EPS && Math.max(ax, bx) > box.x + EPS;
        const hitY = Math.min(ay, by) < box.y + box.height - EPS && Math.max(ay, by) > box.y + EPS;
        if (hitX && hitY) problems.push(`${edge.from}->${edge.to} crosses ${box.key}`);
      }
    }
  }
  for (const key of expected.keys()) if (!seen.has(key)) problems.push(`no edge to ${key}`);
  return problems;
}
