// A user's corrections to how a document was read. Each names the lines it is about by
// their content (a hash) with the line number only as a hint, so the corrections still find
// their lines when the same document, or one with lines added above, is imported again.

import type { LineRole } from '../types.ts';

export type { LineRole } from '../types.ts';

export const LINE_ROLES: readonly LineRole[] = [
  'office-name',
  'intro',
  'duty',
  'unit-heading',
  'unit-duty',
  'person',
  'honor',
  'contact',
  'ignored',
];

/** A source line by content: the hash of its text (spaces ignored) and where it was (1-based). */
export interface LineAnchor {
  hash: string;
  line: number;
}

export type Correction =
  /** Read this line as `role` (say, a unit heading the parser took for a duty). */
  | { kind: 'role'; at: LineAnchor; role: LineRole }
  /** The office is called `name`. */
  | { kind: 'office-name'; name: string }
  /** The unit headed at `unit` is part of the unit headed at `into` (optionally renamed `name`). */
  | { kind: 'merge'; unit: LineAnchor; into: LineAnchor; name?: string }
  /** From line `at` on, the unit headed at `unit` is another unit, `name`, listed right after it. */
  | { kind: 'split'; unit: LineAnchor; at: LineAnchor; name: string };

export type CorrectionKind = Correction['kind'];

/** Why a correction was not applied, typed so that a UI words it in its own language. */
export type UnappliedWhy =
  /** The line it was made on is no longer in the document. */
  | { code: 'no-line' }
  /** The line it names is not a unit heading in this reading. */
  | { code: 'not-a-unit'; line: number }
  /** A unit merged into itself or into a unit under it. */
  | { code: 'into-itself' }
  /** A unit split at or above its own heading. */
  | { code: 'split-at-heading' };

/** A correction that found no line to apply to in this document, and why (`reason`: in English, for the CLI). */
export interface UnappliedCorrection {
  correction: Correction;
  why: UnappliedWhy;
  reason: string;
}
