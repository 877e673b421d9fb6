// Duties of one unit (or the office) in two versions: the same text is unchanged wherever it
// moved in the list; of the rest, alike texts are one duty changed, the others added or removed.
import { textSimilarity } from './similarity.ts';
import type { DiffDuty, DutyChange } from './types.ts';

/** Below this two duty texts are different duties, not one reworded. */
const CHANGED_MATCH = 0.5;

export function diffDuties(before: readonly DiffDuty[], after: readonly DiffDuty[], unit: string | null): DutyChange[] {
  const leftBefore = new Set(before.keys());
  const leftAfter = new Set(after.keys());
  for (const a of after.keys()) {
    const b = [...leftBefore].find((i) => before[i]!.text === after[a]!.text);
    if (b === undefined) continue;
    leftBefore.delete(b);
    leftAfter.delete(a);
  }
  const pairs: { b: number; a: number; score: number }[] = [];
  for (const b of leftBefore) {
    for (const a of leftAfter) {
      const score = textSimilarity(before[b]!.text, after[a]!.text);
      if (score >= CHANGED_MATCH) pairs.push({ b, a, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a);
  const changes: DutyChange[] = [];
  for (const { b, a } of pairs) {
    if (!leftBefore.has(b) || !leftAfter.has(a)) continue;
    leftBefore.delete(b);
    leftAfter.delete(a);
    changes.push({ kind: 'changed', unit, before: before[b]!, after: after[a]! });
  }
  for (const b of leftBefore) changes.push({ kind: 'removed', unit, before: before[b]!, after: null });
  for (const a of leftAfter) changes.push({ kind: 'added', unit, before: null, after: after[a]! });
  const lineOf = (c: DutyChange) => (c.after ?? c.before)!.line;
  return changes.sort((x, y) => lineOf(x) - lineOf(y));
}
