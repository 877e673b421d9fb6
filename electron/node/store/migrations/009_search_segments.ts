// Per-office search-index segments: each office's index, built once when the office is
// written, so that importing, replacing or rolling back one office rebuilds only its segment
// and merges (shared/search/merge.ts). Office ids are never reused (AUTOINCREMENT), so a
// segment belongs to exactly one content of its office and goes with it.
import type { Migration } from './types.ts';

export const searchSegments: Migration = {
  version: 9,
  name: 'search index segments',
  up(db) {
    db.exec(`
      CREATE TABLE search_segments (
        office_id INTEGER PRIMARY KEY REFERENCES offices(id) ON DELETE CASCADE,
        bytes     BLOB NOT NULL,
        checksum  INTEGER NOT NULL
      );
    `);
  },
};
