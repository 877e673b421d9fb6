// Where a unit sits: siblings and ancestors over a hand-built tree.
import { describe, expect, it } from 'vitest';
import { findSiblings, findUnit } from '../../../shared/unit-tree.ts';
import type { UnitKind } from '../../../shared/types.ts';

interface Node {
  id: number;
  parentId: number | null;
  kind: UnitKind;
  units: Node[];
}
const node = (id: number, parentId: number | null, kind: UnitKind, units: Node[] = []): Node => ({
  id,
  parentId,
  kind,
  units,
});

// 1 internal { 11, 12 { 121 } }, 2 affiliated, 3 internal, 4 affiliated { 41 }
const tree = [
  node(1, null, 'internal', [node(11, 1, 'internal'), node(12, 1, 'internal', [node(121, 12, 'internal')])]),
  node(2, null, 'affiliated'),
  node(3, null, 'internal'),
  node(4, null, 'affiliated', [node(41, 4, 'affiliated')]),
];
const ids = (nodes: Node[]) => nodes.map((n) => n.id);

describe('findSiblings', () => {
  it('lists a top-level unit among the top-level units of its kind, in order', () => {
    expect(ids(findSiblings(tree, tree[0]!))).toEqual([1, 3]);
    expect(ids(findSiblings(tree, tree[1]!))).toEqual([2, 4]);
  });

  it("lists a nested unit among its parent's sub-units, at any depth", () => {
    expect(ids(findSiblings(tree, tree[0]!.units[1]!))).toEqual([11, 12]);
    expect(ids(findSiblings(tree, tree[0]!.units[1]!.units[0]!))).toEqual([121]);
    expect(ids(findSiblings(tree, tree[3]!.units[0]!))).toEqual([41]);
  });

  it('finds nothing for a unit whose parent is not in the tree', () => {
    expect(findSiblings(tree, node(99, 98, 'internal'))).toEqual([]);
  });
});

describe('findUnit', () => {
  it('gives the unit and its ancestors from the top down', () => {
    const found = findUnit(tree, 121);
    expect(found?.unit.id).toBe(121);
    expect(ids(found!.path)).toEqual([1, 12]);
    expect(ids(findUnit(tree, 3)!.path)).toEqual([]);
  });

  it('is undefined for an id not in the tree', () => {
    expect(findUnit(tree, 5)).toBeUndefined();
  });
});
