// A stored office as the parsed document it was written from (ids dropped), so versions,
// diffs and data packages handle stored and freshly parsed offices alike.
import type { Database } from 'better-sqlite3';
import type { OfficeDetail, ParsedDocument, ParsedUnit, UnitNode } from '../../../shared/types.ts';
import { readOffice, readSourceContent } from './read.ts';
import type { SourceDocument } from './write.ts';

const plain = <T extends { id: number }>({ id: _id, ...rest }: T) => rest;

function unitAsParsed(u: UnitNode): ParsedUnit {
  return {
    name: u.name,
    kind: u.kind,
    aliases: u.aliases,
    formerNames: u.formerNames,
    label: u.label,
    line: u.line,
    duties: u.duties.map((d) => ({ label: d.label, text: d.text, line: d.line })),
    people: u.people.map(plain),
    units: u.units.map(unitAsParsed),
  };
}

export function officeAsParsed(office: OfficeDetail): ParsedDocument {
  return {
    office: {
      name: office.name,
      aliases: office.aliases,
      formerNames: office.formerNames,
      summary: office.summary,
      duties: office.duties.map((d) => ({ label: d.label, text: d.text, line: d.line })),
      units: office.units.map(unitAsParsed),
      people: office.people.map(plain),
      honors: office.honors.map(plain),
      address: office.address,
      contacts: office.contacts.map(plain),
      asOf: office.asOf,
    },
    diagnostics: office.diagnostics,
    // The store keeps no line roles; a preview reads them from the source again.
    lineRoles: [],
  };
}

export interface StoredOffice {
  id: number;
  parsed: ParsedDocument;
  source: SourceDocument;
  importedAt: string;
}

/** The office stored under `name` with its source, or undefined. */
export function readStoredOffice(db: Database, name: string): StoredOffice | undefined {
  const id = db.prepare('SELECT id FROM offices WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) return undefined;
  const office = readOffice(db, id)!;
  const { encoding, lines } = readSourceContent(db, office.source.id);
  return {
    id,
    parsed: officeAsParsed(office),
    source: { path: office.source.path, sha256: office.source.sha256, encoding, lines },
    importedAt: office.source.importedAt,
  };
}
