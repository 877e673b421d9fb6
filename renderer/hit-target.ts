// Which item on an office or unit page a search hit points at (see ItemTarget in routes.ts).
// Pure: the views mark the item, view-focus.ts scrolls to it.
import type { HitKind } from '../shared/types.ts';
import type { ItemTarget } from './routes.ts';

export function isTarget(target: ItemTarget | undefined, kinds: readonly HitKind[], line: number): boolean {
  return !!target && target.line === line && kinds.includes(target.kind);
}

/** The clause of a duty the target names (by its text), or -1 when it names none of them. */
export function targetClause(target: ItemTarget | undefined, line: number, clauses: readonly string[]): number {
  if (!target?.text || !isTarget(target, ['duty'], line)) return -1;
  const text = target.text;
  return clauses.findIndex((c) => c.trim().startsWith(text));
}

/** Props that mark an element as the hit's item (styled by [data-hit-target]), focusable for the jump. */
export function targetProps(on: boolean): { 'data-hit-target'?: true; tabIndex?: -1 } {
  return on ? { 'data-hit-target': true, tabIndex: -1 } : {};
}
