// Exports the whole database: JSON (every office as the API serves it, plus its source with
// all raw lines) or CSV (one row per record, for spreadsheets).
import type { Database } from 'better-sqlite3';
import type { OfficeDetail, SourceInfo, UnitNode } from '../../shared/types.ts';
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

export const CSV_COLUMNS = ['kind', 'office', 'unit', 'label', 'text', 'line', 'source'] as const;

type CsvRow = [kind: string, office: string, unit: string, label: string, text: string, line: number | null, source: string];

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
  const rows: CsvRow[] = [['office', office.name, '', '', office.name, null, src]];
  for (const alias of office.aliases) rows.push(['alias', office.name, '', '', alias, null, src]);
  for (const former of office.formerNames) rows.push(['former-name', office.name, '', '', former, null, src]);
  for (const paragraph of office.summary) rows.push(['summary', office.name, '', '', paragraph, null, src]);
  for (const d of office.duties) rows.push(['duty', office.name, '', d.label ?? '', d.text, d.line, src]);
  for (const p of office.people) rows.push(['person', office.name, '', p.title, p.name, p.line, src]);
  const walk = (unit: UnitNode, path: string) => {
    rows.push(['unit', office.name, path, unit.label ?? '', unit.name, unit.line, src]);
    for (const alias of unit.aliases) rows.push(['alias', office.name, path, '', alias, unit.line, src]);
    for (const former of unit.formerNames) rows.push(['former-name', office.name, path, '', former, unit.line, src]);
    for (const d of unit.duties) rows.push(['duty', office.name, path, d.label ?? '', d.text, d.line, src]);
    for (const p of unit.people) rows.push(['person', office.name, path, p.title, p.name, p.line, src]);
    for (const child of unit.units) walk(child, `${path} / ${child.name}`);
  };
  for (const unit of office.units) walk(unit, unit.name);
  for (const h of office.honors) rows.push(['honor', office.name, '', h.date ?? '', h.text, h.line, src]);
  if (office.address !== null) rows.push(['address', office.name, '', '', office.address, null, src]);
  for (const c of office.contacts) rows.push(['contact', office.name, '', c.label, c.value, c.line, src]);
  return rows;
}

/** UTF-8 with a BOM and CRLF line ends, so Excel opens the Chinese text correctly. */
export function exportCsv(db: Database): string {
  const rows: (readonly (string | number | null)[])[] = [CSV_COLUMNS, ...readAllOffices(db).flatMap(officeRows)];
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
