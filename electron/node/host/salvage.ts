// Reads what can still be read from a damaged database: the user's own imports, from the raw
// lines every source keeps (sources, source_lines). Each query may fail on a damaged page;
// a source is salvaged only when its lines read back complete (1…n without a gap) and parse
// again, so nothing half-read is restored. The shipped documents are not salvaged: they are
// rebuilt from the app's own files.
import Database from 'better-sqlite3';
import { parseDocument } from '../../../shared/parser/index.ts';
import { formatOfEncoding } from '../documents/extracted.ts';
import type { DocumentToImport } from '../store/import.ts';

interface SourceRow {
  id: number;
  path: string;
  sha256: string;
  encoding: string;
}

export interface Salvage {
  /** The user's imports read back whole, ready to import again. */
  documents: DocumentToImport[];
  /** The user's imports (office names, else file names) that could not be read back. */
  unreadable: string[];
  /** False when not even the list of sources could be read (an empty or garbage file). */
  listed: boolean;
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** `shippedFiles`: the names of the shipped documents, to tell them apart if the tracking table is unreadable. */
export function salvageUserImports(file: string, shippedFiles: ReadonlySet<string>): Salvage {
  const db = attempt(() => new Database(file, { readonly: true, fileMustExist: true }));
  if (!db) return { documents: [], unreadable: [], listed: false };
  try {
    const sources = attempt(
      () => db.prepare('SELECT id, path, sha256, encoding FROM sources ORDER BY id').all() as SourceRow[],
    );
    if (!sources) return { documents: [], unreadable: [], listed: false };
    const tracked = attempt(
      () =>
        new Set(
          db
            .prepare('SELECT source_id FROM shipped_documents WHERE import_version > 0 AND source_id IS NOT NULL')
            .pluck()
            .all() as number[],
        ),
    );
    const isShipped = (s: SourceRow) => (tracked ? tracked.has(s.id) : shippedFiles.has(s.path));
    const salvage: Salvage = { documents: [], unreadable: [], listed: true };
    for (const source of sources.filter((s) => !isShipped(s))) {
      const office = attempt(
        () => db.prepare('SELECT name FROM offices WHERE source_id = ?').pluck().get(source.id) as string | undefined,
      );
      const document = attempt(() => readBack(db, source, office));
      if (document) salvage.documents.push(document);
      else salvage.unreadable.push(office ?? source.path);
    }
    return salvage;
  } finally {
    db.close();
  }
}

function readBack(db: Database.Database, source: SourceRow, office: string | undefined): DocumentToImport | undefined {
  const rows = db.prepare('SELECT line, text FROM source_lines WHERE source_id = ? ORDER BY line').all(source.id) as {
    line: number;
    text: string;
  }[];
  if (rows.length === 0 || rows.some((row, i) => row.line !== i + 1)) return undefined;
  const lines = rows.map((row) => row.text);
  let parsed = parseDocument(lines.join('\n'));
  // The stored name wins: it may have been given at import (--options name).
  if (office) parsed = { ...parsed, office: { ...parsed.office, name: office } };
  if (!parsed.office.name.trim()) return undefined;
  return {
    path: source.path,
    format: formatOfEncoding(source.encoding),
    parsed,
    source: { path: source.path, sha256: source.sha256, encoding: source.encoding, lines },
  };
}
