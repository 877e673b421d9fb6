// Reading a document with the user's corrections: role corrections steer the parser, the
// rest reshape what it read. Corrections that no longer find their lines are reported as
// diagnostics, never dropped silently. (Their zod schemas are in schema.ts, apart, so the
// renderer bundle, which builds corrections, carries no zod.)
import type { Diagnostic, ParsedDocument } from '../types.ts';
import { applyStructural, resolveRoles } from './apply.ts';
import type { Correction, LineRole, UnappliedCorrection } from './types.ts';
import { diagnostic } from '../parser/diagnostics.ts';

export type * from './types.ts';
export { LINE_ROLES } from './types.ts';
export { anchorOf, lineHash, resolveAnchor } from './anchor.ts';
export { applyStructural, resolveRoles } from './apply.ts';
export { correctionsByLine, type LineCorrection } from './by-line.ts';

/** A parser that honours forced line roles (shared/parser's parseDocument). */
export type RoleAwareParser = (text: string, options?: { forcedRoles?: Record<number, LineRole> }) => ParsedDocument;

export interface CorrectedReading {
  parsed: ParsedDocument;
  unapplied: UnappliedCorrection[];
}

function describe(c: Correction): string {
  switch (c.kind) {
    case 'role':
      return `line ${c.at.line} read as ${c.role}`;
    case 'office-name':
      return `office name "${c.name}"`;
    case 'merge':
      return `merging the unit at line ${c.unit.line} into the one at line ${c.into.line}`;
    case 'split':
      return `splitting the unit at line ${c.unit.line} at line ${c.at.line}`;
  }
}

function lineOf(c: Correction): number {
  switch (c.kind) {
    case 'role':
      return c.at.line;
    case 'office-name':
      return 1;
    case 'merge':
      return c.unit.line;
    case 'split':
      return c.at.line;
  }
}

export function unappliedDiagnostic({ correction, why, reason }: UnappliedCorrection): Diagnostic {
  const heading = why.code === 'not-a-unit' ? { heading: why.line } : {};
  return diagnostic('correction-not-applied', lineOf(correction), {
    context: why.code,
    correction: describe(correction),
    reason,
    ...heading,
  });
}

/** Parses `lines` with `corrections` applied; what could not be applied is in `unapplied` and in the diagnostics. */
export function readWithCorrections(
  lines: readonly string[],
  corrections: readonly Correction[],
  parse: RoleAwareParser,
): CorrectedReading {
  const roles = resolveRoles(lines, corrections);
  const hasRoles = Object.keys(roles.forcedRoles).length > 0;
  const parsed = parse(lines.join('\n'), hasRoles ? { forcedRoles: roles.forcedRoles } : undefined);
  const shaped = applyStructural(parsed, lines, corrections);
  const unapplied = [...roles.unapplied, ...shaped.unapplied];
  return {
    parsed: { ...shaped.doc, diagnostics: [...shaped.doc.diagnostics, ...unapplied.map(unappliedDiagnostic)] },
    unapplied,
  };
}
