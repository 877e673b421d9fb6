// Turns an office as the API serves it into the tree the chart draws, its names with the
// full-width punctuation Chinese typography uses (出国（境）管理处; the stored text is unchanged).
import type { OfficeDetail, UnitNode } from '../types.ts';
import { fullWidthPunctuation as shown } from '../text/punctuation.ts';
import { chartGroup, GROUP_ORDER, type ChartGroup } from './groups.ts';
import type { ChartNode } from './types.ts';

export const OFFICE_KEY = 'office';

export function unitKey(unitId: number): string {
  return `u${unitId}`;
}

/** Units in source order (`order`; the API already sends units sorted, but do not rely on it). */
function sourceOrder(units: UnitNode[]): UnitNode[] {
  return [...units].sort((a, b) => a.order - b.order);
}

/** The office's units group by group (groups.ts: 内设机构, 派出机构, 直属单位, 议事协调机构),
 *  each group in source order; a sub-unit stays with its parent. */
function groupOrder(units: UnitNode[]): UnitNode[] {
  const rank = (u: UnitNode) => GROUP_ORDER.indexOf(chartGroup(u));
  return sourceOrder(units).sort((a, b) => rank(a) - rank(b));
}

/** A unit's chart node; `group` is the group of the office's unit it sits under (its own
 *  for a unit directly under the office). */
function unitToNode(unit: UnitNode, group: ChartGroup = chartGroup(unit)): ChartNode {
  return {
    key: unitKey(unit.id),
    unitId: unit.id,
    name: shown(unit.name),
    aliases: unit.aliases.map(shown),
    people: unit.people.map((p) => shown(`${p.title}：${p.name}`)),
    affiliated: unit.kind === 'affiliated',
    ...(group === 'internal' ? {} : { outside: group }),
    children: sourceOrder(unit.units).map((u) => unitToNode(u, group)),
  };
}

/** The printed label of each group (内设机构, 派出机构, 直属单位, 议事协调机构), from the caller's locale. */
export type GroupLabels = Record<ChartGroup, string>;

function groupNode(kind: ChartGroup, label: string, children: ChartNode[]): ChartNode {
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
 * The office (with its nameplates) at the root, its units below, group by group. An office
 * with units of two or more groups gets the labelled groups of a traditional 机构设置图
 * between it and its units; with one group the label would say nothing.
 */
export function officeToChartTree(
  office: Pick<OfficeDetail, 'name' | 'aliases' | 'units'>,
  groups: GroupLabels,
): ChartNode {
  const sorted = groupOrder(office.units);
  const units = sorted.map((u) => unitToNode(u));
  const present = GROUP_ORDER.filter((g) => sorted.some((u) => chartGroup(u) === g));
  const children =
    present.length > 1
      ? present.map((g) =>
          groupNode(
            g,
            groups[g],
            units.filter((_, i) => chartGroup(sorted[i]!) === g),
          ),
        )
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
