// Imports documents in one transaction: all files land, with the rebuilt search index, or
// none does and the database stays as it was.
import type { Database } from 'better-sqlite3';
import type { Diagnostic } from '../../../shared/types.ts';
import { loadDocument, requireOfficeName, type DocumentOptions, type LoadedDocument } from '../documents/load.ts';
import { recordImports } from './journal.ts';
import { rebuildSearchIndex } from './search-index.ts';
import { applyUpdates, planUpdate, updateReport } from './update.ts';

export interface ImportReport {
  file: string;
  officeId: number;
  office: string;
  unitCount: number;
  dutyCount: number;
  diagnostics: Diagnostic[];
  /** What changed against the office stored before (see shared/diff). */
  summary: string;
}

export interface DocumentToImport extends LoadedDocument {
  path: string;
}

/** Reads and parses every file first, so that a bad file fails before any database is touched. */
export function readDocumentsForImport(paths: string[], options: DocumentOptions = {}): DocumentToImport[] {
  return paths.map((path) => {
    const doc = loadDocument(path, options);
    requireOfficeName(path, doc, options);
    return { path, ...doc };
  });
}

export function importDocuments(db: Database, documents: DocumentToImport[]): ImportReport[] {
  const importedAt = new Date().toISOString();
  return db.transaction(() => {
    // Each document with its stored corrections, recorded as its office's next version.
    const reports = documents.map(({ path, parsed, source }): ImportReport => {
      const update = planUpdate(db, { file: path, parsed, source });
      const [officeId] = applyUpdates(db, [update], importedAt) as [number];
      return updateReport(update, officeId);
    });
    rebuildSearchIndex(db);
    recordImports(db, documents.map(({ parsed, source }) => ({ office: parsed.office.name, sha256: source.sha256, origin: 'user' })), importedAt);
    return reports;
    // IMMEDIATE takes the write lock before reading, so a concurrent writer makes this wait
    // (and be retried) instead of failing half-way when its read snapshot is outdated.
  }).immediate();
}
