// Keeps the offices imported from the shipped documents (data/) in line with them: after an
// app update ships new or changed documents, or a parser that reads them differently, those
// are re-imported, in one transaction; the user's own imports are never touched. Checking
// costs a hash of each shipped file and no parse or write when nothing changed.
// The tracking table is described in migrations/004_shipped_documents.ts.
//
// Only a database built from the shipped folder follows it: one the user filled with their
// own documents (`orgatlas import --db`) and then opened as the default one (ORGATLAS_DB)
// is not stocked with the shipped offices behind their back.
import type { Database } from 'better-sqlite3';
import { basename } from 'node:path';
import { documentSha256 } from '../documents/load.ts';
import { readDocumentsForImportNow, type DocumentToImport } from './import.ts';
import { recordImports } from './journal.ts';
import { refreshSearchIndex } from './search-index.ts';
import { documentKey } from './corrections.ts';
import { recordOffer } from './shipped-offers.ts';
import { writeRevision } from './versions.ts';

/**
 * Bump when a parser or store change should reach offices already imported from the shipped
 * documents: each is then re-imported once. (A stored search index needs no bump: one the
 * search code cannot read is rebuilt when loaded.)
 */
export const IMPORT_VERSION = 2; // 2: units carry their kind (internal or affiliated)

interface TrackedRow {
  file: string;
  sha256: string;
  import_version: number;
  source_id: number | null;
}

export interface RefreshReport {
  /** Shipped files imported: new, changed, or imported by an older IMPORT_VERSION. */
  imported: string[];
  /** Shipped files not imported because the user imported that office from their own file. */
  leftToUser: string[];
  /** Files no longer shipped whose offices were removed. */
  removed: string[];
}

interface Plan {
  /** Paths of shipped documents to (re)import. */
  stale: string[];
  /** Tracked files that are no longer shipped. */
  gone: TrackedRow[];
}

function plan(db: Database, documents: string[], building: boolean): Plan {
  const rows = db
    .prepare('SELECT file, sha256, import_version, source_id FROM shipped_documents')
    .all() as TrackedRow[];
  const tracked = new Map(rows.map((row) => [row.file, row]));
  const shipped = new Set(documents.map((path) => basename(path)));
  // Built from the shipped folder: it tracks a shipped import, or (built before tracking
  // existed) holds a source imported under a shipped file's name.
  const follows = building || rows.some((row) => row.import_version > 0 || shipped.has(row.file));
  if (!follows) return { stale: [], gone: rows };
  return {
    stale: documents.filter((path) => {
      const row = tracked.get(basename(path));
      return !row || row.import_version !== IMPORT_VERSION || row.sha256 !== documentSha256(path);
    }),
    gone: rows.filter((row) => !shipped.has(row.file)),
  };
}

export interface RefreshOptions {
  /** The database is being built from the shipped folder (it starts empty, so tracks nothing yet). */
  building?: boolean;
}

/**
 * Brings the database in line with `documents`, the files of the shipped folder, if it was
 * built from that folder. A document that cannot be read throws its DocumentError and
 * nothing is changed.
 */
export function refreshShippedDocuments(
  db: Database,
  documents: string[],
  options: RefreshOptions = {},
): RefreshReport {
  const building = options.building ?? false;
  const report: RefreshReport = { imported: [], leftToUser: [], removed: [] };
  const first = plan(db, documents, building);
  if (first.stale.length === 0 && first.gone.length === 0) return report;

  const deleteSource = db.prepare('DELETE FROM sources WHERE id = ?');
  const untrack = db.prepare('DELETE FROM shipped_documents WHERE file = ?');
  const trackedSource = db.prepare('SELECT source_id FROM shipped_documents WHERE file = ?').pluck();
  const trackedSha = db.prepare('SELECT sha256 FROM shipped_documents WHERE file = ?').pluck();
  const officeHolder = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM shipped_documents s WHERE s.source_id = o.source_id) AS shipped
    FROM offices o WHERE o.name = ?`);
  const sourceOf = db.prepare('SELECT source_id FROM offices WHERE id = ?').pluck();
  const track = db.prepare(`
    INSERT INTO shipped_documents (file, sha256, import_version, source_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (file) DO UPDATE SET sha256 = excluded.sha256, import_version = excluded.import_version,
                                     source_id = excluded.source_id`);

  const importOne = ({ path, parsed, source }: DocumentToImport, importedAt: string) => {
    const file = basename(path);
    // What this file described before goes, even if the office now has another name.
    const previous = trackedSource.get(file) as number | null | undefined;
    if (previous != null) deleteSource.run(previous);
    const holder = officeHolder.get(parsed.office.name) as { shipped: number } | undefined;
    let sourceId: number | null = null;
    if (holder && !holder.shipped) {
      report.leftToUser.push(file);
      // New content for the user's office is offered, never written over their version.
      if (trackedSha.get(file) !== source.sha256) {
        recordOffer(db, { file, office: parsed.office.name, sha256: source.sha256, foundAt: importedAt });
      }
    } else {
      const meta = {
        origin: 'shipped',
        documentKey: documentKey(parsed, source),
        corrections: [],
        createdAt: importedAt,
      } as const;
      sourceId = sourceOf.get(writeRevision(db, parsed, source, meta)) as number;
      recordImports(db, [{ office: parsed.office.name, sha256: source.sha256, origin: 'shipped' }], importedAt);
      report.imported.push(file);
    }
    // Tracked even when left to the user, so an unchanged file is not parsed again.
    track.run(file, source.sha256, IMPORT_VERSION, sourceId);
  };

  // IMMEDIATE takes the write lock first, so the app and the CLI starting at once take turns;
  // the second one plans again and finds nothing left to do.
  return db
    .transaction((): RefreshReport => {
      const { stale, gone } = plan(db, documents, building);
      const documentsToImport = readDocumentsForImportNow(stale);
      for (const row of gone) {
        // A document the app no longer ships loses its office: shipped offices are rebuilt from
        // the app's own files at will, and one kept after its document was withdrawn (an office
        // merged away, data found wrong) would look as current as the rest and never be updated
        // again. A legacy candidate (import version 0, see migration 004) whose file is not
        // shipped was the user's own import: it only stops being tracked.
        if (row.import_version > 0 && row.source_id !== null) {
          deleteSource.run(row.source_id);
          report.removed.push(row.file);
        }
        untrack.run(row.file);
      }
      const importedAt = new Date().toISOString();
      for (const document of documentsToImport) importOne(document, importedAt);
      if (report.imported.length > 0 || report.removed.length > 0) refreshSearchIndex(db);
      return report;
    })
    .immediate();
}
