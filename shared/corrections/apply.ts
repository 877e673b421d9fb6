// Applying corrections to a document: role corrections become the parser's forced roles
// (they change how lines are read, so they act before parsing); the office name, merges and
// splits act on the parsed structure after it.
import type { ParsedDocument, ParsedUnit } from '../types.ts';
import { lineHashes, resolveAnchor } from './anchor.ts';
import type { Correction, LineRole, UnappliedCorrection, UnappliedWhy } from './types.ts';

export interface RoleResolution {
  /** 1-based line -> role, as the parser's `forcedRoles` takes them. */
  forcedRoles: Record<number, LineRole>;
  unapplied: UnappliedCorrection[];
}

const NO_LINE: UnappliedWhy = { code: 'no-line' };

/** The English sentence of each reason (the CLI's words). */
function englishReason(why: UnappliedWhy): string {
  switch (why.code) {
    case 'no-line':
      return 'its line is no longer in the document';
    case 'not-a-unit':
      return `line ${why.line} is not a unit heading in this reading`;
    case 'into-itself':
      return 'a unit cannot be merged into itself or into a unit under it';
    case 'split-at-heading':
      return 'a unit is split at a line below its heading';
  }
}

const unappliedOf = (correction: Correction, why: UnappliedWhy): UnappliedCorrection => ({
  correction,
  why,
  reason: englishReason(why),
});

export function resolveRoles(lines: readonly string[], corrections: readonly Correction[]): RoleResolution {
  const hashes = lineHashes(lines);
  const forcedRoles: Record<number, LineRole> = {};
  const unapplied: UnappliedCorrection[] = [];
  for (const c of corrections) {
    if (c.kind !== 'role') continue;
    const line = resolveAnchor(lines, c.at, hashes);
    if (line === null) unapplied.push(unappliedOf(c, NO_LINE));
    else forcedRoles[line] = c.role;
  }
  return { forcedRoles, unapplied };
}

interface Place {
  list: ParsedUnit[];
  index: number;
}

function findUnit(units: ParsedUnit[], line: number): Place | null {
  for (let index = 0; index < units.length; index++) {
    if (units[index]!.line === line) return { list: units, index };
    const inner = findUnit(units[index]!.units, line);
    if (inner) return inner;
  }
  return null;
}

function cloneUnit(u: ParsedUnit): ParsedUnit {
  return {
    ...u,
    aliases: [...u.aliases],
    formerNames: [...u.formerNames],
    duties: [...u.duties],
    people: [...u.people],
    units: u.units.map(cloneUnit),
  };
}

const byLine = <T extends { line: number }>(items: T[]) => items.sort((a, b) => a.line - b.line);

function contains(unit: ParsedUnit, other: ParsedUnit): boolean {
  return unit.units.some((u) => u === other || contains(u, other));
}

export interface StructureResult {
  doc: ParsedDocument;
  unapplied: UnappliedCorrection[];
}

/** The office name, merges and splits, in the order given, on a copy of `doc`. */
export function applyStructural(
  doc: ParsedDocument,
  lines: readonly string[],
  corrections: readonly Correction[],
): StructureResult {
  const hashes = lineHashes(lines);
  const office = { ...doc.office, units: doc.office.units.map(cloneUnit) };
  const unapplied: UnappliedCorrection[] = [];
  const skip = (correction: Correction, why: UnappliedWhy) => unapplied.push(unappliedOf(correction, why));
  const unitAt = (anchor: { hash: string; line: number }): Place | UnappliedWhy => {
    const line = resolveAnchor(lines, anchor, hashes);
    if (line === null) return NO_LINE;
    return findUnit(office.units, line) ?? { code: 'not-a-unit', line };
  };

  for (const c of corrections) {
    if (c.kind === 'office-name') {
      office.name = c.name;
    } else if (c.kind === 'merge') {
      const from = unitAt(c.unit);
      const into = unitAt(c.into);
      if ('code' in from) skip(c, from);
      else if ('code' in into) skip(c, into);
      else {
        const source = from.list[from.index]!;
        const target = into.list[into.index]!;
        if (source === target || contains(source, target)) {
          skip(c, { code: 'into-itself' });
          continue;
        }
        from.list.splice(from.index, 1);
        target.duties = byLine([...target.duties, ...source.duties]);
        target.people = byLine([...target.people, ...source.people]);
        target.units = byLine([...target.units, ...source.units]);
        for (const alias of source.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
        if (c.name) target.name = c.name;
      }
    } else if (c.kind === 'split') {
      const place = unitAt(c.unit);
      const at = resolveAnchor(lines, c.at, hashes);
      if ('code' in place) skip(c, place);
      else if (at === null) skip(c, NO_LINE);
      else {
        const unit = place.list[place.index]!;
        if (at <= unit.line) {
          skip(c, { code: 'split-at-heading' });
          continue;
        }
        const after = <T extends { line: number }>(items: T[]) => items.filter((x) => x.line >= at);
        const before = <T extends { line: number }>(items: T[]) => items.filter((x) => x.line < at);
        const split: ParsedUnit = {
          name: c.name,
          kind: unit.kind,
          aliases: [],
          formerNames: [],
          label: null,
          line: at,
          duties: after(unit.duties),
          people: after(unit.people),
          units: after(unit.units),
        };
        unit.duties = before(unit.duties);
        unit.people = before(unit.people);
        unit.units = before(unit.units);
        place.list.splice(place.index + 1, 0, split);
      }
    }
  }
  return { doc: { ...doc, office }, unapplied };
}
