// Writes one parsed document into the database. Call inside a transaction (see import.ts):
// the office it describes replaces any stored office of the same name.
import type { Database } from 'better-sqlite3';
import { splitClauses } from '../../../shared/parser/index.ts';
import { storePlacement } from './placement.ts';
import type { ParsedDocument, ParsedDuty, ParsedPerson, ParsedUnit } from '../../../shared/types.ts';

export interface SourceDocument {
  /** File name as shown to users (not the full path: the database may move between machines). */
  path: string;
  sha256: string;
  encoding: string;
  /** Every raw line of the document, as the parser numbered them. */
  lines: string[];
}

const json = (values: string[]) => JSON.stringify(values);

export function writeDocument(db: Database, doc: ParsedDocument, source: SourceDocument, importedAt: string): number {
  const { office } = doc;
  // The source owns the office (ON DELETE CASCADE), so this removes the old office whole.
  db.prepare('DELETE FROM sources WHERE id IN (SELECT source_id FROM offices WHERE name = ?)').run(office.name);

  const sourceId = Number(
    db
      .prepare('INSERT INTO sources (path, sha256, encoding, imported_at) VALUES (?, ?, ?, ?)')
      .run(source.path, source.sha256, source.encoding, importedAt).lastInsertRowid,
  );
  const insertLine = db.prepare('INSERT INTO source_lines (source_id, line, text) VALUES (?, ?, ?)');
  source.lines.forEach((text, i) => insertLine.run(sourceId, i + 1, text));

  const officeId = Number(
    db
      .prepare(
        `INSERT INTO offices (source_id, name, aliases, former_names, summary, address, as_of)
                VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        sourceId,
        office.name,
        json(office.aliases),
        json(office.formerNames),
        json(office.summary),
        office.address,
        office.asOf,
      ).lastInsertRowid,
  );
  storePlacement(db, officeId, office.name);

  const insertUnit =
    db.prepare(`INSERT INTO units (office_id, parent_id, sort_order, name, kind, aliases, former_names, label, line)
                                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertDuty = db.prepare(`INSERT INTO duties (office_id, unit_id, sort_order, label, text, line)
                                 VALUES (?, ?, ?, ?, ?, ?)`);
  const insertClause = db.prepare('INSERT INTO duty_clauses (duty_id, sort_order, text) VALUES (?, ?, ?)');
  const insertPerson = db.prepare(`INSERT INTO people (office_id, unit_id, sort_order, title, name, line)
                                   VALUES (?, ?, ?, ?, ?, ?)`);

  const writeDuties = (duties: ParsedDuty[], unitId: number | null) =>
    duties.forEach((duty, order) => {
      const dutyId = insertDuty.run(officeId, unitId, order, duty.label, duty.text, duty.line).lastInsertRowid;
      splitClauses(duty.text).forEach((clause, i) => insertClause.run(dutyId, i, clause));
    });
  const writePeople = (people: ParsedPerson[], unitId: number | null) =>
    people.forEach((p, order) => insertPerson.run(officeId, unitId, order, p.title, p.name, p.line));
  const writeUnits = (units: ParsedUnit[], parentId: number | null) =>
    units.forEach((unit, order) => {
      const unitId = Number(
        insertUnit.run(
          officeId,
          parentId,
          order,
          unit.name,
          unit.kind,
          json(unit.aliases),
          json(unit.formerNames),
          unit.label,
          unit.line,
        ).lastInsertRowid,
      );
      writeDuties(unit.duties, unitId);
      writePeople(unit.people, unitId);
      writeUnits(unit.units, unitId);
    });

  writeDuties(office.duties, null);
  writePeople(office.people, null);
  writeUnits(office.units, null);

  const insertHonor = db.prepare('INSERT INTO honors (office_id, sort_order, date, text, line) VALUES (?, ?, ?, ?, ?)');
  office.honors.forEach((h, order) => insertHonor.run(officeId, order, h.date, h.text, h.line));
  const insertContact = db.prepare(
    'INSERT INTO contacts (office_id, sort_order, label, value, line) VALUES (?, ?, ?, ?, ?)',
  );
  office.contacts.forEach((c, order) => insertContact.run(officeId, order, c.label, c.value, c.line));
  const insertDiagnostic = db.prepare(`INSERT INTO diagnostics (office_id, sort_order, line, severity, code, message)
                                       VALUES (?, ?, ?, ?, ?, ?)`);
  doc.diagnostics.forEach((d, order) => insertDiagnostic.run(officeId, order, d.line, d.severity, d.code, d.message));
  return officeId;
}
