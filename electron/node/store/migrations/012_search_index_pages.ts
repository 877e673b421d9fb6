// The search index's base as page rows (store/base-pages.ts) instead of one blob, so start-up
// reads the record tables and names, not hundreds of megabytes, and queries read the rest a
// page at a time, inside read transactions. search_index keeps one head row: which base, its
// size, page size, time and offices. A stored blob that is intact moves into pages as base 1;
// a damaged one is dropped, and the next load rebuilds the base from the segments.
import { crc32 } from 'node:zlib';
import { writeBasePages } from '../base-pages.ts';
import type { Migration } from './types.ts';

type OldRow = { bytes: Buffer; built_at: string; checksum: number | null; offices: string | null };

export const searchIndexPages: Migration = {
  version: 12,
  name: 'search index base in pages',
  up(db) {
    const old = db.prepare('SELECT bytes, built_at, checksum, offices FROM search_index WHERE id = 1').get() as
      OldRow | undefined;
    db.exec(`
      DROP TABLE search_index;
      CREATE TABLE search_index (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        base      INTEGER NOT NULL CHECK (base >= 1),
        size      INTEGER NOT NULL CHECK (size >= 0),
        page_size INTEGER NOT NULL CHECK (page_size > 0 AND page_size % 4 = 0),
        built_at  TEXT NOT NULL,
        offices   TEXT
      );
      CREATE TABLE search_index_pages (
        base     INTEGER NOT NULL,
        page     INTEGER NOT NULL CHECK (page >= 0),
        bytes    BLOB NOT NULL,
        checksum INTEGER NOT NULL,
        PRIMARY KEY (base, page)
      );
    `);
    if (!old || old.checksum !== crc32(old.bytes)) return;
    const { base, size, pageSize } = writeBasePages(db, 1, old.bytes);
    db.prepare('INSERT INTO search_index (id, base, size, page_size, built_at, offices) VALUES (1, ?, ?, ?, ?, ?)').run(
      base,
      size,
      pageSize,
      old.built_at,
      old.offices,
    );
  },
};
