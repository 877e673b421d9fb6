// Human-readable output (the --json forms print the data as it is).
import type { DocumentFormat } from '../documents/extracted.ts';
import type { ImportReport } from '../store/import.ts';
import type { Diagnostic, ParsedDocument, ParsedUnit, SearchResult } from '../../../shared/types.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function countWarnings(diagnostics: Diagnostic[]): string {
  return diagnostics.length ? `, ${plural(diagnostics.length, 'diagnostic')}` : '';
}

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  text: 'text',
  html: 'web page',
  docx: 'Word file',
  doc: 'Word 97-2003 file',
  rtf: 'RTF file',
  odt: 'OpenDocument text file',
  pdf: 'PDF',
  ofd: 'OFD file',
};

/** `, read as PDF` after the name of a file that was not plain text. */
const readAs = (format: DocumentFormat) => (format === 'text' ? '' : `, read as ${FORMAT_NAMES[format]}`);

export function formatParsed(
  file: string,
  doc: ParsedDocument,
  read: { format: DocumentFormat; note?: string } = { format: 'text' },
): string {
  const { office } = doc;
  const out: string[] = [`${office.name}  (${file}${readAs(read.format)})`];
  if (read.note) out.push(`  note: ${read.note}`);
  if (office.aliases.length) out.push(`  also: ${office.aliases.join('、')}`);
  if (office.formerNames.length) out.push(`  formerly: ${office.formerNames.join('、')}`);
  out.push(
    `  ${plural(office.summary.length, 'summary paragraph')}, ${plural(office.duties.length, 'duty', 'duties')}, ` +
      `${plural(office.units.length, 'unit')}, ${plural(office.honors.length, 'honour')}`,
  );
  const walk = (unit: ParsedUnit, depth: number) => {
    const alias = unit.aliases.length ? `(${unit.aliases.join('、')})` : '';
    const label = unit.label ? `${unit.label} ` : '';
    const people = unit.people.map((p) => `${p.title}：${p.name}`).join('，');
    out.push(
      `${'  '.repeat(depth)}- ${label}${unit.name}${alias}  line ${unit.line}, ` +
        `${plural(unit.duties.length, 'duty', 'duties')}${people ? `; ${people}` : ''}`,
    );
    for (const child of unit.units) walk(child, depth + 1);
  };
  // The office's own divisions, then the bodies under it (直属单位), under their own headings.
  const affiliated = office.units.filter((u) => u.kind === 'affiliated');
  const internal = office.units.filter((u) => u.kind === 'internal');
  if (internal.length) out.push('  units:');
  for (const unit of internal) walk(unit, 2);
  if (affiliated.length) out.push('  affiliated units (直属单位):');
  for (const unit of affiliated) walk(unit, 2);
  for (const p of office.people) out.push(`  ${p.title}：${p.name}`);
  for (const h of office.honors) out.push(`  honour ${h.date ?? '(undated)'}: ${h.text}`);
  if (office.address) out.push(`  address: ${office.address}`);
  for (const c of office.contacts) out.push(`  ${c.label}: ${c.value}`);
  if (doc.diagnostics.length) out.push('  diagnostics:');
  for (const d of doc.diagnostics) out.push(`    line ${d.line} ${d.severity} ${d.code}: ${d.message}`);
  return out.join('\n') + '\n';
}

export function formatImport(report: ImportReport): string {
  const format = report.format === undefined || report.format === 'text' ? '' : ` (${FORMAT_NAMES[report.format]})`;
  return (
    `imported ${report.file}${format}: ${report.office} (${plural(report.unitCount, 'unit')}, ` +
    `${plural(report.dutyCount, 'duty', 'duties')}${countWarnings(report.diagnostics)}): ${report.summary}\n`
  );
}

export function formatSearch(result: SearchResult): string {
  if (!result.hits.length) return `no hits for "${result.query}"\n`;
  return (
    result.hits
      .map((hit, i) => `${i + 1}. [${hit.kind}] ${hit.office}${hit.unit ? ` › ${hit.unit}` : ''}: ${hit.text}`)
      .join('\n') + '\n'
  );
}
