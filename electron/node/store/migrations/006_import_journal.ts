// Storage robustness. The import journal records every import a commit made (office, its
// version, the sha256 of the document, shipped or the user's), numbered by a commit counter
// that is mirrored outside the database (see journal.ts): a commit later lost with a
// deleted `-wal` is then noticed at start-up. The search index gets a checksum of its blob,
// so a damaged blob is rebuilt instead of served (null: not known yet, rebuilt on load).
// The offices already stored enter the journal once, so it starts out describing the database.
import type { Migration } from './types.ts';

export const importJournal: Migration = {
  version: 6,
  name: 'import journal and search index checksum',
  up(db) {
    db.exec(`
      CREATE TABLE import_journal (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        office      TEXT NOT NULL CHECK (office <> ''),
        version     INTEGER NOT NULL CHECK (version >= 1),
        sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
        origin      TEXT NOT NULL CHECK (origin IN ('shipped', 'user')),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX import_journal_by_office ON import_journal(office, version);

      INSERT INTO import_journal (office, version, sha256, origin, recorded_at)
        SELECT o.name, 1, s.sha256,
               CASE WHEN EXISTS (SELECT 1 FROM shipped_documents d WHERE d.source_id = s.id AND d.import_version > 0) THEN 'shipped' ELSE 'user' END,
               s.imported_at
        FROM offices o JOIN sources s ON s.id = o.source_id ORDER BY s.id;

      ALTER TABLE search_index ADD COLUMN checksum INTEGER;
    `);
  },
};
