// The search index, built from all offices at import time and stored as one blob so the
// app loads it at start-up instead of rebuilding it.
import type { Migration } from './types.ts';

export const searchIndex: Migration = {
  version: 2,
  name: 'search index blob',
  up(db) {
    db.exec(`
      CREATE TABLE search_index (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        bytes    BLOB NOT NULL,
        built_at TEXT NOT NULL
      );
    `);
  },
};
