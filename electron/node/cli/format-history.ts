// Human-readable output of the history and package commands (--json prints the data as it is).
import type { OfficeDiff, UnitRef } from '../../../shared/diff/index.ts';
import type { VersionInfo } from '../../../shared/versions/types.ts';
import type { PackageInfo } from '../packages/package.ts';
import type { DocumentUpdate } from '../store/update.ts';

const where = (u: UnitRef) => [...u.path, u.name].join(' / ');
const cut = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** The diff as people read one: + added, - removed, ~ renamed, > moved, ^ reordered, duties below. */
export function formatDiff(diff: OfficeDiff, indent = '  '): string[] {
  const out: string[] = [];
  for (const u of diff.unitsAdded) out.push(`${indent}+ ${where(u)}  (line ${u.line})`);
  for (const u of diff.unitsRemoved) out.push(`${indent}- ${where(u)}`);
  for (const r of diff.unitsRenamed) out.push(`${indent}~ ${where(r.before)} → ${r.after.name}`);
  for (const m of diff.unitsMoved) out.push(`${indent}> ${where(m.before)} → ${where(m.after)}`);
  for (const m of diff.unitsReordered) out.push(`${indent}^ ${where(m.after)} (now line ${m.after.line})`);
  for (const d of diff.duties) {
    const unit = d.unit ?? '(office)';
    if (d.kind === 'added') out.push(`${indent}+ duty of ${unit}, line ${d.after!.line}: ${cut(d.after!.text)}`);
    else if (d.kind === 'removed') out.push(`${indent}- duty of ${unit}: ${cut(d.before!.text)}`);
    else out.push(`${indent}~ duty of ${unit}, line ${d.after!.line}: ${cut(d.before!.text)} → ${cut(d.after!.text)}`);
  }
  return out;
}

export interface PlannedImport {
  update: DocumentUpdate;
  /** For an office from a package: its signer and whether it is trusted. */
  signer?: { publicKey: string | null; trusted: boolean };
}

export function formatPlan({ update, signer }: PlannedImport): string {
  const head = `${update.parsed.office.name} (${update.file}): ${update.replaces ? update.diff.summary : `new office, ${update.diff.unitsAdded.length} units`}`;
  const out = [head];
  if (signer)
    out.push(
      `  package ${signer.publicKey ? `signed by ${signer.publicKey}${signer.trusted ? ' (trusted)' : ' (not trusted)'}` : 'unsigned'}`,
    );
  if (update.replaces) out.push(...formatDiff(update.diff));
  for (const u of update.unapplied) out.push(`  ! correction not applied: ${u.reason}`);
  return out.join('\n') + '\n';
}

export function planJson({ update, signer }: PlannedImport) {
  return {
    file: update.file,
    office: update.parsed.office.name,
    replaces: update.replaces,
    summary: update.diff.summary,
    diff: update.diff,
    corrections: update.corrections.length,
    unappliedCorrections: update.unapplied.map((u) => ({ ...u.correction, reason: u.reason })),
    package: signer ?? null,
  };
}

export function formatHistory(office: string, versions: VersionInfo[]): string {
  const rows = versions.map((v) => {
    const when = v.createdAt.replace('T', ' ').slice(0, 16);
    const asOf = v.asOf ? `as of ${v.asOf}` : 'undated';
    const flags = [
      v.current ? 'current' : '',
      v.correctionCount ? `${v.correctionCount} corrections` : '',
      v.signer ? `signed ${v.signer.slice(0, 20)}…` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `  v${v.number}  ${when}  ${asOf.padEnd(16)}  ${v.origin.padEnd(8)}  ${v.sourceFile}  ${v.summary}${flags ? `  [${flags}]` : ''}`;
  });
  return [office, ...rows].join('\n') + '\n';
}

export function formatPackageInfo(file: string, info: PackageInfo, trusted: boolean | null): string {
  const signer = info.signer
    ? `signed by ${info.signer}${trusted === null ? '' : trusted ? ' (trusted)' : ' (not trusted)'}`
    : 'unsigned';
  return `intact: ${file}: ${info.offices.length} ${info.offices.length === 1 ? 'office' : 'offices'}, made ${info.createdAt} by ${info.producer}, ${signer}\n`;
}
