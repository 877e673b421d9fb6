// The stored search index: rebuilt from all offices inside every import transaction, so it
// always matches the data it was built from.
import type { Database } from 'better-sqlite3';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../../../shared/search/index.ts';
import { readAllOffices } from './read.ts';

export function rebuildSearchIndex(db: Database): void {
  const bytes = buildSearchIndex(readAllOffices(db));
  db.prepare(`INSERT INTO search_index (id, bytes, built_at) VALUES (1, ?, ?)
              ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes, built_at = excluded.built_at`)
    .run(bytes, new Date().toISOString());
}

/**
 * Loads the stored index. A missing blob (a database migrated from before the index
 * existed) or one this version cannot read is rebuilt from the offices, and stored again
 * unless the database is read-only.
 */
export function loadStoredSearchIndex(db: Database): SearchIndex {
  const bytes = db.prepare('SELECT bytes FROM search_index WHERE id = 1').pluck().get() as Uint8Array | undefined;
  if (bytes) {
    try {
      return loadSearchIndex(bytes);
    } catch {
      // Written by another version of the search code: fall through and rebuild.
    }
  }
  if (db.readonly) return loadSearchIndex(buildSearchIndex(readAllOffices(db)));
  db.transaction(() => rebuildSearchIndex(db))();
  return loadStoredSearchIndex(db);
}
