// The stored search index: one segment per office (search_segments, built when the office
// is written) merged into one blob (search_index) that start-up loads as views. Every write
// transaction refreshes it before committing, so it always matches the data: an office
// replaced or rolled back (a new office id) costs its own segment and one byte-copying merge
// with the stored index, in which the replaced office is left as an empty entry. A CRC-32 is
// stored beside every blob: a damaged one (a flipped bit that still parses) is rebuilt, never
// searched, a damaged segment from its office's rows.
import type { Database } from 'better-sqlite3';
import { crc32 } from 'node:zlib';
import {
  buildSearchIndex,
  buildSegment,
  DROPPED_OFFICE,
  loadSearchIndex,
  mergeIndexes,
  type MergePart,
  type SearchIndex,
} from '../../../shared/search/index.ts';
import { retryWhileBusy } from './busy.ts';
import { readAllOffices, readOffice } from './read.ts';

/** A rebuild waits this long for other writers, then serves from memory rather than stall a search. */
const REBUILD_BUDGET_MS = 2000;
/** Past this share of empty entries (replaced offices), a refresh merges all segments afresh. */
const MAX_DROPPED_SHARE = 0.25;

/** The blob if it is intact and readable by this version; else undefined. */
function intact(row: { bytes: Uint8Array; checksum: number | null } | undefined): SearchIndex | undefined {
  if (!row || row.checksum !== crc32(row.bytes)) return undefined;
  try {
    return loadSearchIndex(row.bytes);
  } catch {
    // Written by another version of the search code.
    return undefined;
  }
}

/**
 * The index this connection last stored, while the stored row still says it is the one
 * (checksum and time): a refresh after an import then reads no blob back.
 */
const lastStored = new WeakMap<Database, { checksum: number; builtAt: string; index: SearchIndex }>();

function storedIndex(db: Database): SearchIndex | undefined {
  const head = db.prepare('SELECT checksum, built_at FROM search_index WHERE id = 1').get() as
    { checksum: number | null; built_at: string } | undefined;
  if (!head) return undefined;
  const known = lastStored.get(db);
  if (known && known.checksum === head.checksum && known.builtAt === head.built_at) return known.index;
  return intact(
    db.prepare('SELECT bytes, checksum FROM search_index WHERE id = 1').get() as
      { bytes: Uint8Array; checksum: number | null } | undefined,
  );
}

function storeIndex(db: Database, bytes: Uint8Array): void {
  const builtAt = new Date().toISOString();
  const checksum = crc32(bytes);
  db.prepare(
    `INSERT INTO search_index (id, bytes, built_at, checksum) VALUES (1, ?, ?, ?)
              ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes, built_at = excluded.built_at, checksum = excluded.checksum`,
  ).run(bytes, builtAt, checksum);
  lastStored.set(db, { checksum, builtAt, index: loadSearchIndex(bytes) });
}

/** The office's stored segment, or (missing, damaged, another version's) one built from its rows and stored. */
function segmentOf(db: Database, officeId: number): SearchIndex {
  const stored = intact(
    db.prepare('SELECT bytes, checksum FROM search_segments WHERE office_id = ?').get(officeId) as
      { bytes: Uint8Array; checksum: number } | undefined,
  );
  if (stored && stored.meta.offices.length === 1 && stored.meta.offices[0].id === officeId) return stored;
  const bytes = buildSegment(readOffice(db, officeId)!);
  db.prepare('INSERT OR REPLACE INTO search_segments (office_id, bytes, checksum) VALUES (?, ?, ?)').run(
    officeId,
    bytes,
    crc32(bytes),
  );
  return loadSearchIndex(bytes);
}

/**
 * How the stored index becomes the current one by a merge: the offices gone left out, the
 * new ones appended (they have the highest ids, so office order stays id order). Undefined
 * when it cannot (an office older than a kept one is new, or too many empty entries).
 */
function spliceParts(db: Database, old: SearchIndex, live: number[]): MergePart[] | 'unchanged' | undefined {
  const liveSet = new Set(live);
  const drop = new Set<number>();
  const kept = new Set<number>();
  let empty = 0;
  old.meta.offices.forEach(({ id }, o) => {
    if (id === DROPPED_OFFICE) empty++;
    else if (liveSet.has(id)) kept.add(id);
    else drop.add(o);
  });
  const added = live.filter((id) => !kept.has(id));
  if (drop.size === 0 && added.length === 0) return 'unchanged';
  const newestKept = Math.max(-1, ...kept);
  if (added.some((id) => id < newestKept)) return undefined;
  if (empty + drop.size > MAX_DROPPED_SHARE * Math.max(live.length, 4)) return undefined;
  return [{ index: old, drop }, ...added.map((id) => ({ index: segmentOf(db, id) }))];
}

function mergedSegments(db: Database, live: number[]): Uint8Array {
  if (live.length === 0) return buildSearchIndex([]);
  return mergeIndexes(live.map((id) => ({ index: segmentOf(db, id) })));
}

function liveOffices(db: Database): number[] {
  return db.prepare('SELECT id FROM offices ORDER BY id').pluck().all() as number[];
}

/**
 * Brings the stored index up to date with the offices, inside the caller's write
 * transaction: only new offices' segments are built; the rest is a merge.
 */
export function refreshSearchIndex(db: Database): void {
  const live = liveOffices(db);
  const old = storedIndex(db);
  const parts = old ? spliceParts(db, old, live) : undefined;
  if (parts === 'unchanged') return;
  storeIndex(db, parts ? mergeIndexes(parts) : mergedSegments(db, live));
}

/** Merges every office's segment afresh (rebuilding missing or damaged ones). Inside a write transaction. */
export function rebuildSearchIndex(db: Database): void {
  storeIndex(db, mergedSegments(db, liveOffices(db)));
}

/** An index built from the stored offices, in memory only. */
export function freshSearchIndex(db: Database): SearchIndex {
  return loadSearchIndex(buildSearchIndex(readAllOffices(db)));
}

/**
 * Loads the stored index. A missing blob (a database migrated from before the index
 * existed), a damaged one or one this version cannot read is rebuilt from the segments and
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
