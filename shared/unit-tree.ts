// Where a unit sits in its office's tree: its ancestors and the units listed beside it.
// The store answers a unit call with both, so the unit page needs no second call.
import type { UnitKind, UnitRef } from './types.ts';

interface TreeNode<N> {
  id: number;
  parentId: number | null;
  kind: UnitKind;
  units: N[];
}

/**
 * The units listed beside `unit`, itself included, in source order. A top-level unit's
 * siblings are the top-level units of its own kind (divisions, or affiliated bodies); a
 * nested unit's are its parent's sub-units.
 */
export function findSiblings<N extends TreeNode<N>>(units: readonly N[], unit: N): N[] {
  if (unit.parentId === null) return units.filter((u) => u.kind === unit.kind);
  for (const u of units) {
    if (u.id === unit.parentId) return u.units;
    const found = findSiblings(u.units, unit);
    if (found.length) return found;
  }
  return [];
}

/** The unit with `id` and its ancestors from the top-level unit down, or undefined. */
export function findUnit<N extends TreeNode<N>>(units: readonly N[], id: number): { unit: N; path: N[] } | undefined {
  for (const node of units) {
    if (node.id === id) return { unit: node, path: [] };
    const found = findUnit(node.units, id);
    if (found) return { unit: found.unit, path: [node, ...found.path] };
  }
  return undefined;
}

/** A unit's name fields only, for lists and links. */
export function unitRef({ id, name, kind, label, line }: UnitRef): UnitRef {
  return { id, name, kind, label, line };
}
