// Exports the whole database: JSON (every office as the API serves it, plus its source with
// all raw lines) or CSV (one row per record, for spreadsheets).
import type { Database } from 'better-sqlite3';
import type { OfficeDetail, SourceInfo, UnitNode } from '../../../shared/types.ts';
import { listSources, readAllOffices, readSourceContent } from './read.ts';

export type ExportFormat = 'json' | 'csv';
export const exportFormats: readonly ExportFormat[] = ['json', 'csv'];

export interface JsonExport {
  format: 'orgatlas-export';
  version: 1;
  offices: OfficeDetail[];
  sources: (SourceInfo & { encoding: string; lines: string[] })[];
}

export function exportJson(db: Database): string {
  const data: JsonExport = {
    format: 'orgatlas-export',
    version: 1,
    offices: readAllOffices(db),
    sources: listSources(db).map((s) => ({ ...s, ...readSourceContent(db, s.id) })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

// `unit_kind` (internal or affiliated) is the kind of the unit a row belongs to, empty for
// office-level rows, so a spreadsheet can filter the office's own divisions from its 直属单位.
export const CSV_COLUMNS = ['kind', 'office', 'unit', 'label', 'text', 'line', 'source', 'unit_kind'] as const;

type CsvRow = [
  kind: string,
  office: string,
  unit: string,
  label: string,
  text: string,
  line: number | null,
  source: string,
  unitKind: string,
];

/**
 * Text a spreadsheet would run as a formula (or DDE command) if a cell began with it: such
 * cells get a leading ' (OWASP's CSV injection advice), since scraped documents are not ours.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: quote fields holding a comma, quote or line break; double inner quotes. Text that
 * starts like a formula is defused first; numbers stay numbers.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function officeRows(office: OfficeDetail): CsvRow[] {
  const src = office.source.path;
  const rows: CsvRow[] = [];
  const add = (kind: string, unit: string, label: string, text: string, line: number | null, unitKind = '') =>
    rows.push([kind, office.name, unit, label, text, line, src, unitKind]);
  add('office', '', '', office.name, null);
  for (const alias of office.aliases) add('alias', '', '', alias, null);
  for (const former of office.formerNames) add('former-name', '', '', former, null);
  for (const paragraph of office.summary) add('summary', '', '', paragraph, null);
  for (const d of office.duties) add('duty', '', d.label ?? '', d.text, d.line);
  for (const p of office.people) add('person', '', p.title, p.name, p.line);
  const walk = (unit: UnitNode, path: string) => {
    const k = unit.kind;
    add('unit', path, unit.label ?? '', unit.name, unit.line, k);
    for (const alias of unit.aliases) add('alias', path, '', alias, unit.line, k);
    for (const former of unit.formerNames) add('former-name', path, '', former, unit.line, k);
    for (const d of unit.duties) add('duty', path, d.label ?? '', d.text, d.line, k);
    for (const p of unit.people) add('person', path, p.title, p.name, p.line, k);
    for (const child of unit.units) walk(child, `${path} / ${child.name}`);
  };
  for (const unit of office.units) walk(unit, unit.name);
  for (const h of office.honors) add('honor', '', h.date ?? '', h.text, h.line);
  if (office.address !== null) add('address', '', '', office.address, null);
  for (const c of office.contacts) add('contact', '', c.label, c.value, c.line);
  return rows;
}

/** UTF-8 with a BOM and CRLF line ends, so Excel opens the Chinese text correctly. */
export function exportCsv(db: Database): string {
  const rows: (readonly (string | number | null)[])[] = [CSV_COLUMNS, ...readAllOffices(db).flatMap(officeRows)];
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
