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
