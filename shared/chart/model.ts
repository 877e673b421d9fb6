// Turns an office as the API serves it into the tree the chart draws, its names with the
// full-width punctuation Chinese typography uses (出国（境）管理处; the stored text is unchanged).
import type { OfficeDetail, UnitNode } from '../types.ts';
import { fullWidthPunctuation as shown } from '../text/punctuation.ts';
import type { ChartNode } from './types.ts';

export const OFFICE_KEY = 'office';

export function unitKey(unitId: number): string {
  return `u${unitId}`;
}

/**
 * Internal units first, then the affiliated ones (直属单位) as a group after them, each in
 * source order (`order`; the API already sends units sorted, but do not rely on it).
 */
function chartOrder(units: UnitNode[]): UnitNode[] {
  const rank = (u: UnitNode) => (u.kind === 'affiliated' ? 1 : 0);
  return [...units].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

function unitToNode(unit: UnitNode): ChartNode {
  return {
    key: unitKey(unit.id),
    unitId: unit.id,
    name: shown(unit.name),
    aliases: unit.aliases.map(shown),
    people: unit.people.map((p) => shown(`${p.title}：${p.name}`)),
    affiliated: unit.kind === 'affiliated',
    children: chartOrder(unit.units).map(unitToNode),
  };
}

/** The printed labels of the two groups (内设机构, 直属单位), from the caller's locale. */
export interface GroupLabels {
  internal: string;
  affiliated: string;
}

function groupNode(kind: keyof GroupLabels, label: string, children: ChartNode[]): ChartNode {
  return {
    key: `group-${kind}`,
    unitId: null,
    name: label,
    aliases: [],
    people: [],
    group: true,
    children,
  };
}

/**
 * The office (with its nameplates) at the root, its units below: internal, then affiliated.
 * An office with both kinds gets the two labelled groups of a traditional 机构设置图
 * (内设机构, 直属单位) between it and its units; with one kind the label would say nothing.
 */
export function officeToChartTree(
  office: Pick<OfficeDetail, 'name' | 'aliases' | 'units'>,
  groups: GroupLabels,
): ChartNode {
  const units = chartOrder(office.units).map(unitToNode);
  const internal = units.filter((u) => !u.affiliated);
  const affiliated = units.filter((u) => u.affiliated);
  const children =
    internal.length && affiliated.length
      ? [groupNode('internal', groups.internal, internal), groupNode('affiliated', groups.affiliated, affiliated)]
      : units;
  return {
    key: OFFICE_KEY,
    unitId: null,
    name: shown(office.name),
    aliases: office.aliases.map(shown),
    people: [],
    children,
  };
}
