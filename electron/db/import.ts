// Imports documents in one transaction: all files land, with the rebuilt search index, or
// none does and the database stays as it was.
import type { Database } from 'better-sqlite3';
import type { Diagnostic } from '../../shared/types.ts';
import { loadDocument, requireOfficeName, type DocumentOptions } from './document-file.ts';
import { rebuildSearchIndex } from './search-index.ts';
import { writeDocument } from './write.ts';

export interface ImportReport {
  file: string;
  officeId: number;
  office: string;
  unitCount: number;
  dutyCount: number;
  diagnostics: Diagnostic[];
}

export function importFiles(db: Database, paths: string[], options: DocumentOptions = {}): ImportReport[] {
  // Read and parse everything first: a bad file fails before the database is touched.
  const documents = paths.map((path) => {
    const doc = loadDocument(path, options);
    requireOfficeName(path, doc, options);
    return { path, ...doc };
  });
  const importedAt = new Date().toISOString();
  return db.transaction(() => {
    const reports = documents.map(({ path, parsed, source }): ImportReport => {
      const officeId = writeDocument(db, parsed, source, importedAt);
      const count = (sql: string) => db.prepare(sql).pluck().get(officeId) as number;
      return {
        file: path,
        officeId,
        office: parsed.office.name,
        unitCount: count('SELECT count(*) FROM units WHERE office_id = ?'),
        dutyCount: count('SELECT count(*) FROM duties WHERE office_id = ?'),
        diagnostics: parsed.diagnostics,
      };
    });
    rebuildSearchIndex(db);
    return reports;
  })();
}
