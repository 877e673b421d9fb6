// The corrections in force, as the source lines they touched: what provenance shows beside a
// line ("corrected: read as a unit heading"). Anchors are found again by content, as when
// the corrections were applied; one that finds no line shows nowhere.
import { lineHashes, resolveAnchor } from './anchor.ts';
import type { Correction, LineRole } from './types.ts';

export type LineCorrection =
  /** The user said this line is a `role`. */
  | { kind: 'role'; role: LineRole }
  /** The unit headed here was merged into the unit headed at line `into`. */
  | { kind: 'merge'; into: number; name?: string }
  /** From this line on, the text is a unit of its own, `name`, split off from the one above. */
  | { kind: 'split'; name: string };

export function correctionsByLine(
  lines: readonly string[],
  corrections: readonly Correction[],
): Map<number, LineCorrection[]> {
  const hashes = lineHashes(lines);
  const byLine = new Map<number, LineCorrection[]>();
  const add = (line: number | null, correction: LineCorrection) => {
    if (line !== null) byLine.set(line, [...(byLine.get(line) ?? []), correction]);
  };
  for (const c of corrections) {
    if (c.kind === 'role') add(resolveAnchor(lines, c.at, hashes), { kind: 'role', role: c.role });
    else if (c.kind === 'merge') {
      const into = resolveAnchor(lines, c.into, hashes);
      if (into !== null)
        add(resolveAnchor(lines, c.unit, hashes), { kind: 'merge', into, ...(c.name ? { name: c.name } : {}) });
    } else if (c.kind === 'split') add(resolveAnchor(lines, c.at, hashes), { kind: 'split', name: c.name });
  }
  return byLine;
}
