// Tracks which sources came from the shipped documents (data/), so the default database can
// follow the shipped data after an app update without touching the user's own imports.
// A row per shipped file: the sha256 of its bytes and the import version when it was last
// imported (or considered), and the source it produced; that source being deleted (the user
// imported the same office from their own file) leaves the row with no source.
//
// A database built before this step has no rows to tell shipped sources from the user's.
// Every source is entered as a candidate at import version 0: the first refresh adopts those
// whose file name is still shipped (and re-imports them, their parser being unknown) and
// drops the rest from tracking without touching their offices. A database with no candidate
// under a shipped name was never built from the shipped folder and does not follow it.
import type { Migration } from './types.ts';

export const shippedDocuments: Migration = {
  version: 4,
  name: 'shipped documents',
  up(db) {
    db.exec(`
      CREATE TABLE shipped_documents (
        file           TEXT PRIMARY KEY CHECK (file <> ''),
        sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
        import_version INTEGER NOT NULL CHECK (import_version >= 0),
        source_id      INTEGER UNIQUE REFERENCES sources(id) ON DELETE SET NULL
      );

      -- One candidate per file name: the latest source imported under it.
      INSERT INTO shipped_documents (file, sha256, import_version, source_id)
        SELECT path, sha256, 0, max(id) FROM sources GROUP BY path;
    `);
  },
};
