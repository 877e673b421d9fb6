// The stored search index: rebuilt from all offices inside every import transaction, so it
// always matches the data it was built from. A CRC-32 of the blob is stored beside it: a
// blob damaged on disk (a flipped bit that still parses) is rebuilt, never searched.
import type { Database } from 'better-sqlite3';
import { crc32 } from 'node:zlib';
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from '../../../shared/search/index.ts';
import { retryWhileBusy } from './busy.ts';
import { readAllOffices } from './read.ts';

/** A rebuild waits this long for other writers, then serves from memory rather than stall a search. */
const REBUILD_BUDGET_MS = 2000;

export function rebuildSearchIndex(db: Database): void {
  const bytes = buildSearchIndex(readAllOffices(db));
  db.prepare(
    `INSERT INTO search_index (id, bytes, built_at, checksum) VALUES (1, ?, ?, ?)
              ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes, built_at = excluded.built_at, checksum = excluded.checksum`,
  ).run(bytes, new Date().toISOString(), crc32(bytes));
}

/** The stored index if its blob is there, intact and readable by this version; else undefined. */
function storedIndex(db: Database): SearchIndex | undefined {
  const row = db.prepare('SELECT bytes, checksum FROM search_index WHERE id = 1').get() as
    { bytes: Uint8Array; checksum: number | null } | undefined;
  if (!row || row.checksum !== crc32(row.bytes)) return undefined;
  try {
    return loadSearchIndex(row.bytes);
  } catch {
    // Written by another version of the search code.
    return undefined;
  }
}

/** An index built from the stored offices, in memory only. */
export function freshSearchIndex(db: Database): SearchIndex {
  return loadSearchIndex(buildSearchIndex(readAllOffices(db)));
}

/**
 * Loads the stored index. A missing blob (a database migrated from before the index
 * existed), a damaged one or one this version cannot read is rebuilt from the offices and
 * stored again; where it cannot be stored (read-only, a full disk, a long-busy database) the
 * rebuilt index serves from memory. Call outside a read transaction (it may write).
 */
export function loadStoredSearchIndex(db: Database): SearchIndex {
  const index = storedIndex(db);
  if (index) return index;
  if (!db.readonly) {
    try {
      retryWhileBusy(() => db.transaction(() => rebuildSearchIndex(db)).immediate(), REBUILD_BUDGET_MS);
      const stored = storedIndex(db);
      if (stored) return stored;
    } catch {
      // Served from memory below; the next load tries to store it again.
    }
  }
  return freshSearchIndex(db);
}
