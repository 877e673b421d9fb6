// Nesting the prose states apart from the list: `另设机关党委，机关纪委在机关党委下设立` before a
// list that names both bodies side by side makes the second a part of the first.
import type { ParsedUnit } from '../../types.ts';
import { looksLikeOrgName } from '../names.ts';

const STATED_UNDER =
  /(?:^|[，,。；;])([^，,。；;、]{2,30}?)(?:在([^，,。；;、]{2,30}?)下设立?|设在([^，,。；;、]{2,30}?)之?下)/g;

/** The (parent, child) pairs of unit names a line's sentences state. */
export function statedNesting(text: string): { parent: string; child: string }[] {
  if (!/下设|设在/.test(text)) return [];
  return [...text.matchAll(STATED_UNDER)]
    .map((m) => ({ parent: (m[2] ?? m[3]).trim(), child: m[1].trim() }))
    .filter((p) => p.parent !== p.child && looksLikeOrgName(p.parent) && looksLikeOrgName(p.child));
}

/** Moves each stated child listed beside its parent (both top-level) under that parent, in place. */
export function applyNesting(units: ParsedUnit[], pairs: readonly { parent: string; child: string }[]): void {
  for (const { parent, child } of pairs) {
    const p = units.find((u) => u.name === parent);
    const at = units.findIndex((u) => u.name === child);
    if (!p || at < 0 || units[at].kind !== p.kind) continue;
    const [moved] = units.splice(at, 1);
    p.units.push(moved);
  }
}

// A two-level table (部门 | 科室 | 职责) whose first cell is merged down its 科 rows reads as the
// 部门's bare name over its 科 with their duties: a body of a higher rank over those of a lower one.
const GROUP_RANK = /(?:部|处|所|局|中心|大队|支队)$/;
const PART_RANK = /(?:科|股|室|组|中队)$/;

/**
 * Moves the units under each bare group name (no duty, label, people or parts) that the list
 * sets over lower-ranked units with duties, in place, when two or more groups do so: one such
 * line alone may be a unit whose duty the page left out.
 */
export function nestUnderGroupNames(units: ParsedUnit[]): void {
  const bare = (u: ParsedUnit) =>
    u.duties.length === 0 && u.units.length === 0 && u.people.length === 0 && u.label === null;
  const groups: { at: number; end: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!bare(units[i]) || !GROUP_RANK.test(units[i].name)) continue;
    let end = i + 1;
    while (end < units.length && !bare(units[end])) end++;
    const parts = units.slice(i + 1, end);
    if (
      parts.length === 0 ||
      !parts.every((u) => PART_RANK.test(u.name) && u.label === null && u.kind === units[i].kind)
    )
      return;
    groups.push({ at: i, end });
    i = end - 1;
  }
  if (groups.length < 2) return;
  for (const { at, end } of groups.reverse()) units[at].units.push(...units.splice(at + 1, end - at - 1));
}
