// The user's corrections, stored per document and applied again whenever that document is
// imported (the anchors find their lines by content; see shared/corrections).
import type { Database } from 'better-sqlite3';
import { readWithCorrections, type Correction, type UnappliedCorrection } from '../../../shared/corrections/index.ts';
import { correctionsSchema } from '../../../shared/corrections/schema.ts';
import { parseDocument } from '../../../shared/parser/index.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import type { SourceDocument } from './write.ts';

/**
 * Which document this is, across imports: the office it names (as read, or as --options
 * named it), or the file name when the parser found no office name. Corrections are kept
 * under this key, so a re-import, even of a copy saved under another file name, finds them.
 */
export function documentKey(parsed: ParsedDocument, source: SourceDocument): string {
  const guessed = parsed.diagnostics.some((d) => d.code === 'no-office-name');
  return guessed ? `file:${source.path}` : `office:${parsed.office.name}`;
}

export function loadCorrections(db: Database, key: string): Correction[] {
  const raw = db.prepare('SELECT corrections FROM document_corrections WHERE document_key = ?').pluck().get(key) as
    string | undefined;
  return raw === undefined ? [] : correctionsSchema.parse(JSON.parse(raw));
}

export function saveCorrections(db: Database, key: string, corrections: readonly Correction[], at: string): void {
  if (corrections.length === 0) {
    db.prepare('DELETE FROM document_corrections WHERE document_key = ?').run(key);
    return;
  }
  db.prepare(
    `INSERT INTO document_corrections (document_key, corrections, updated_at) VALUES (?, ?, ?)
              ON CONFLICT (document_key) DO UPDATE SET corrections = excluded.corrections, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(corrections), at);
}

export interface CorrectedDocument {
  parsed: ParsedDocument;
  unapplied: UnappliedCorrection[];
}

/**
 * The document read again with `corrections`. Without corrections it is `parsed` as it was;
 * the name it was loaded under (its own, or --options name) stands unless a correction fixes it.
 */
export function correctDocument(
  parsed: ParsedDocument,
  source: SourceDocument,
  corrections: readonly Correction[],
): CorrectedDocument {
  if (corrections.length === 0) return { parsed, unapplied: [] };
  const named: Correction[] = corrections.some((c) => c.kind === 'office-name')
    ? [...corrections]
    : [{ kind: 'office-name', name: parsed.office.name }, ...corrections];
  return readWithCorrections(source.lines, named, parseDocument);
}
