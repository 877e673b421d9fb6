// Imports documents in one transaction: all files land, with the rebuilt search index, or
// none does and the database stays as it was.
import type { Database } from 'better-sqlite3';
import type { Diagnostic } from '../../../shared/types.ts';
import type { DocumentFormat } from '../documents/extracted.ts';
import {
  loadDocument,
  loadDocumentNow,
  requireOfficeName,
  type DocumentOptions,
  type LoadedDocument,
} from '../documents/load.ts';
import { recordImports } from './journal.ts';
import { refreshSearchIndex } from './search-index.ts';
import { applyUpdates, planUpdate, updateReport } from './update.ts';

export interface ImportReport {
  file: string;
  /** The format the file was read as (absent for versions that came from no file, such as a rollback). */
  format?: DocumentFormat;
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

function toImport(path: string, doc: LoadedDocument, options: DocumentOptions): DocumentToImport {
  requireOfficeName(path, doc, options);
  return { path, ...doc };
}

/** Reads and parses every file first, so that a bad file fails before any database is touched. */
export async function readDocumentsForImport(
  paths: string[],
  options: DocumentOptions = {},
): Promise<DocumentToImport[]> {
  const documents: DocumentToImport[] = [];
  // One at a time: a PDF or Word file holds its whole text in memory while it is read.
  for (const path of paths) documents.push(toImport(path, await loadDocument(path, options), options));
  return documents;
}

/** readDocumentsForImport for text files and web pages, inside a transaction (see loadDocumentNow). */
export function readDocumentsForImportNow(paths: string[], options: DocumentOptions = {}): DocumentToImport[] {
  return paths.map((path) => toImport(path, loadDocumentNow(path, options), options));
}

export function importDocuments(db: Database, documents: DocumentToImport[]): ImportReport[] {
  const importedAt = new Date().toISOString();
  return db
    .transaction(() => {
      // Each document with its stored corrections, recorded as its office's next version.
      const reports = documents.map(({ path, format, parsed, source }): ImportReport => {
        const update = planUpdate(db, { file: path, parsed, source });
        const [officeId] = applyUpdates(db, [update], importedAt) as [number];
        return { ...updateReport(update, officeId), format };
      });
      refreshSearchIndex(db);
      recordImports(
        db,
        documents.map(({ parsed, source }) => ({ office: parsed.office.name, sha256: source.sha256, origin: 'user' })),
        importedAt,
      );
      return reports;
      // IMMEDIATE takes the write lock before reading, so a concurrent writer makes this wait
      // (and be retried) instead of failing half-way when its read snapshot is outdated.
    })
    .immediate();
}
