// Turns an office as the API serves it into the tree the chart draws.
import type { OfficeDetail, UnitNode } from '../types.ts';
import type { ChartNode } from './types.ts';

export const OFFICE_KEY = 'office';

export function unitKey(unitId: number): string {
  return `u${unitId}`;
}

function unitToNode(unit: UnitNode): ChartNode {
  return {
    key: unitKey(unit.id),
    unitId: unit.id,
    name: unit.name,
    aliases: unit.aliases,
    people: unit.people.map((p) => `${p.title}：${p.name}`),
    // Source order is `order`; the API already sends units sorted, but do not rely on it.
    children: [...unit.units].sort((a, b) => a.order - b.order).map(unitToNode),
  };
}

/** The office (with its nameplates) at the root, its units below in source order. */
export function officeToChartTree(office: Pick<OfficeDetail, 'name' | 'aliases' | 'units'>): ChartNode {
  return {
    key: OFFICE_KEY,
    unitId: null,
    name: office.name,
    aliases: office.aliases,
    people: [],
    children: [...office.units].sort((a, b) => a.order - b.order).map(unitToNode),
  };
}

export function countNodes(root: ChartNode): number {
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    n++;
    stack.push(...node.children);
  }
  return n;
}
