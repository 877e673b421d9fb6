// Reads stored offices back as the API's view types (shared/types.ts).
import type { Database, Statement } from 'better-sqlite3';
import { correctionsByLine, type Correction } from '../../../shared/corrections/index.ts';
import { correctionsSchema } from '../../../shared/corrections/schema.ts';
import type {
  ContactView,
  Diagnostic,
  DutyView,
  HonorView,
  OfficeDetail,
  OfficeSummary,
  PersonView,
  SourceInfo,
  SourceLine,
  UnitDetail,
  UnitKind,
  UnitNode,
  UnitRef,
} from '../../../shared/types.ts';
import { groupBy } from '../../../shared/group-by.ts';
import { repeatedLabelLines } from '../../../shared/repeated-labels.ts';
import { findSiblings, findUnit, unitRef } from '../../../shared/unit-tree.ts';

interface OfficeRow {
  id: number;
  source_id: number;
  name: string;
  aliases: string;
  former_names: string;
  summary: string;
  address: string | null;
  as_of: string | null;
}
interface UnitRow {
  id: number;
  parent_id: number | null;
  sort_order: number;
  name: string;
  kind: UnitKind;
  aliases: string;
  former_names: string;
  label: string | null;
  line: number;
}
interface DutyRow {
  id: number;
  unit_id: number | null;
  label: string | null;
  text: string;
  line: number;
}
interface ClauseRow {
  duty_id: number;
  text: string;
}
interface PersonRow {
  id: number;
  unit_id: number | null;
  title: string;
  name: string;
  line: number;
}
interface SourceRow {
  id: number;
  path: string;
  sha256: string;
  imported_at: string;
  line_count: number;
}

const names = (column: string) => JSON.parse(column) as string[];

const SOURCE_SELECT = `
  SELECT s.id, s.path, s.sha256, s.imported_at,
         (SELECT count(*) FROM source_lines l WHERE l.source_id = s.id) AS line_count
  FROM sources s`;

function toSourceInfo(row: SourceRow): SourceInfo {
  return { id: row.id, path: row.path, sha256: row.sha256, importedAt: row.imported_at, lineCount: row.line_count };
}

export function listSources(db: Database): SourceInfo[] {
  return (db.prepare(`${SOURCE_SELECT} ORDER BY s.id`).all() as SourceRow[]).map(toSourceInfo);
}

export function listOffices(db: Database): OfficeSummary[] {
  const rows = db
    .prepare(
      `
    SELECT o.id, o.name, o.aliases,
           (SELECT count(*) FROM units u WHERE u.office_id = o.id) AS unit_count,
           (SELECT count(*) FROM duties d WHERE d.office_id = o.id AND d.unit_id IS NULL) AS duty_count
    FROM offices o ORDER BY o.id`,
    )
    .all() as { id: number; name: string; aliases: string; unit_count: number; duty_count: number }[];
  const topUnits = groupBy(
    db
      .prepare('SELECT id, office_id, name, kind, label, line FROM units WHERE parent_id IS NULL ORDER BY sort_order')
      .all() as (UnitRef & { office_id: number })[],
    (u) => u.office_id,
  );
  const repeated = groupBy(
    db.prepare("SELECT office_id, line FROM diagnostics WHERE code = 'duplicate-label' ORDER BY line").all() as {
      office_id: number;
      line: number;
    }[],
    (d) => d.office_id,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    aliases: names(r.aliases),
    unitCount: r.unit_count,
    dutyCount: r.duty_count,
    units: (topUnits.get(r.id) ?? []).map(unitRef),
    repeatedLabelLines: (repeated.get(r.id) ?? []).map((d) => d.line),
  }));
}

const statements = new WeakMap<Database, Map<string, Statement>>();

/** The connection's statement for `sql`, prepared once: a whole-index rebuild reads every office. */
function prepared(db: Database, sql: string): Statement {
  let forDb = statements.get(db);
  if (!forDb) statements.set(db, (forDb = new Map()));
  let statement = forDb.get(sql);
  if (!statement) forDb.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export function readOffice(db: Database, officeId: number): OfficeDetail | undefined {
  const office = prepared(db, 'SELECT * FROM offices WHERE id = ?').get(officeId) as OfficeRow | undefined;
  if (!office) return undefined;
  const source = prepared(db, `${SOURCE_SELECT} WHERE s.id = ?`).get(office.source_id) as SourceRow;

  // IN, not a join: the clauses then come in primary-key order, with no sort.
  const clauses = groupBy(
    prepared(
      db,
      `SELECT duty_id, text FROM duty_clauses
        WHERE duty_id IN (SELECT id FROM duties WHERE office_id = ?) ORDER BY duty_id, sort_order`,
    ).all(officeId) as ClauseRow[],
    (c) => c.duty_id,
  );
  const duties = groupBy(
    prepared(db, 'SELECT id, unit_id, label, text, line FROM duties WHERE office_id = ? ORDER BY sort_order').all(
      officeId,
    ) as DutyRow[],
    (d) => d.unit_id,
  );
  const people = groupBy(
    prepared(db, 'SELECT id, unit_id, title, name, line FROM people WHERE office_id = ? ORDER BY sort_order').all(
      officeId,
    ) as PersonRow[],
    (p) => p.unit_id,
  );
  const units = groupBy(
    prepared(db, 'SELECT * FROM units WHERE office_id = ? ORDER BY sort_order').all(officeId) as UnitRow[],
    (u) => u.parent_id,
  );

  const dutyViews = (unitId: number | null): DutyView[] =>
    (duties.get(unitId) ?? []).map((d) => ({
      id: d.id,
      label: d.label,
      text: d.text,
      line: d.line,
      clauses: (clauses.get(d.id) ?? []).map((c) => c.text),
    }));
  const personViews = (unitId: number | null): PersonView[] =>
    (people.get(unitId) ?? []).map((p) => ({ id: p.id, title: p.title, name: p.name, line: p.line }));
  const unitNodes = (parentId: number | null): UnitNode[] =>
    (units.get(parentId) ?? []).map((u) => ({
      id: u.id,
      officeId,
      parentId: u.parent_id,
      order: u.sort_order,
      name: u.name,
      kind: u.kind,
      aliases: names(u.aliases),
      formerNames: names(u.former_names),
      label: u.label,
      line: u.line,
      duties: dutyViews(u.id),
      people: personViews(u.id),
      units: unitNodes(u.id),
    }));

  return {
    id: office.id,
    name: office.name,
    aliases: names(office.aliases),
    formerNames: names(office.former_names),
    summary: names(office.summary),
    duties: dutyViews(null),
    units: unitNodes(null),
    people: personViews(null),
    honors: prepared(db, 'SELECT id, date, text, line FROM honors WHERE office_id = ? ORDER BY sort_order').all(
      officeId,
    ) as HonorView[],
    address: office.address,
    contacts: prepared(db, 'SELECT id, label, value, line FROM contacts WHERE office_id = ? ORDER BY sort_order').all(
      officeId,
    ) as ContactView[],
    asOf: office.as_of,
    source: toSourceInfo(source),
    diagnostics: prepared(
      db,
      'SELECT line, severity, code, message FROM diagnostics WHERE office_id = ? ORDER BY sort_order',
    ).all(officeId) as Diagnostic[],
  };
}

export function readAllOffices(db: Database): OfficeDetail[] {
  const ids = db.prepare('SELECT id FROM offices ORDER BY id').pluck().all() as number[];
  return ids.map((id) => readOffice(db, id)!);
}

/** The unit with its ancestors and siblings, or undefined when there is no such unit. */
export function readUnit(db: Database, unitId: number): UnitDetail | undefined {
  const officeId = db.prepare('SELECT office_id FROM units WHERE id = ?').pluck().get(unitId) as number | undefined;
  if (officeId === undefined) return undefined;
  const office = readOffice(db, officeId)!;
  const found = findUnit(office.units, unitId);
  if (!found) return undefined;
  return {
    unit: found.unit,
    office: { id: office.id, name: office.name },
    path: found.path.map(({ id, name }) => ({ id, name })),
    siblings: findSiblings(office.units, found.unit).map(unitRef),
    source: office.source,
    repeatedLabelLines: [...repeatedLabelLines(office.diagnostics)],
  };
}

export function sourceExists(db: Database, sourceId: number): boolean {
  return db.prepare('SELECT 1 FROM sources WHERE id = ?').get(sourceId) !== undefined;
}

/** Lines `from`–`to` of a source, each with the corrections in force that touched it. */
export function readSourceLines(db: Database, sourceId: number, from: number, to: number): SourceLine[] {
  const lines = db
    .prepare('SELECT line, text FROM source_lines WHERE source_id = ? AND line BETWEEN ? AND ? ORDER BY line')
    .all(sourceId, from, to) as SourceLine[];
  const corrections = correctionsInForce(db, sourceId);
  if (corrections.length === 0) return lines;
  // Anchors are found by content among all the lines, as when they were applied.
  const byLine = correctionsByLine(readSourceContent(db, sourceId).lines, corrections);
  return lines.map((l) => (byLine.has(l.line) ? { ...l, corrected: byLine.get(l.line) } : l));
}

/** The corrections the stored office read from this source was read with: its newest version's. */
function correctionsInForce(db: Database, sourceId: number): Correction[] {
  const raw = db
    .prepare(
      `SELECT v.corrections FROM offices o JOIN office_versions v ON v.office = o.name
        WHERE o.source_id = ? ORDER BY v.number DESC LIMIT 1`,
    )
    .pluck()
    .get(sourceId) as string | undefined;
  return raw === undefined ? [] : correctionsSchema.parse(JSON.parse(raw));
}

/** What was read from one source file: its encoding and every raw line, in order. */
export function readSourceContent(db: Database, sourceId: number): { encoding: string; lines: string[] } {
  return {
    encoding: db.prepare('SELECT encoding FROM sources WHERE id = ?').pluck().get(sourceId) as string,
    lines: db
      .prepare('SELECT text FROM source_lines WHERE source_id = ? ORDER BY line')
      .pluck()
      .all(sourceId) as string[],
  };
}
