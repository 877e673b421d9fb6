// The stored search index, in two tiers. Each office has a segment (search_segments, built
// when the office is written). The base is segments merged into one blob, stored as page rows
// (base-pages.ts; search_index holds its head) that start-up opens paged: the record tables
// and names read at open, the text and postings a page at a time as queries need them. The delta is the offices written since, whose segments a load
// merges into the base in memory (a byte-copying merge), leaving the offices they replaced as
// empty entries. A write stores its offices' segments only, and rewrites the base when the
// delta has grown past a share of it, so one office re-imported into a national directory
// does not rewrite hundreds of megabytes. Everything is written inside the caller's write
// transaction. A CRC-32 is stored beside every segment and base page: a damaged one (a flipped
// bit that still parses) is rebuilt, never searched, a damaged segment from its office's rows.
import type { Database } from 'better-sqlite3';
import { crc32 } from 'node:zlib';
import { deltaOf, isEmptyDelta, type Delta } from '../../../shared/search/delta.ts';
import { CorruptIndexError } from '../../../shared/search/blob.ts';
import { loadSearchIndexPaged } from '../../../shared/search/layout.ts';
import {
  buildSearchIndex,
  builtSegment,
  loadSearchIndex,
  mergedIndex,
  mergeIndexes,
  type SearchIndex,
} from '../../../shared/search/index.ts';
import { basePages, nextBaseNumber, writeBasePages, type BaseHead } from './base-pages.ts';
import { retryWhileBusy } from './busy.ts';
import { readAllOffices, readOffice } from './read.ts';
import { buildSegments } from './segment-builders.ts';

/** A rebuild waits this long for other writers, then serves from memory rather than stall a search. */
const REBUILD_BUDGET_MS = 2000;
/**
 * Past this size of the delta's segments against the base, a write merges the delta into the
 * base. Small enough that a load's in-memory merge copies little beyond the base itself.
 */
const MAX_DELTA_SHARE = 0.1;

/** The bytes every index has whatever it holds (character tables): not counted in a share. */
let fixedBytes: number | undefined;
const contentBytes = (bytes: number) => Math.max(0, bytes - (fixedBytes ??= buildSearchIndex([]).length));

type BlobRow = { bytes: Uint8Array; checksum: number | null };

/** What `read` gives, or undefined when what it reads is damaged or another version's (CorruptIndexError). */
function readable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (err) {
    if (err instanceof CorruptIndexError) return undefined;
    throw err;
  }
}

/** The blob if it is intact and readable by this version; else undefined. */
function intact(row: BlobRow | undefined): SearchIndex | undefined {
  if (!row || row.checksum !== crc32(row.bytes)) return undefined;
  return readable(() => loadSearchIndex(row.bytes));
}

/** The base's head row: which base it is, its pages, when it was built and its offices. */
interface Head extends BaseHead {
  builtAt: string;
  /** Undefined for a base stored before its offices were (migration 010), or an unreadable list. */
  offices: number[] | undefined;
}

function officeIds(json: string | null): number[] | undefined {
  if (json === null) return undefined;
  try {
    const ids = JSON.parse(json) as unknown;
    return Array.isArray(ids) && ids.every(Number.isInteger) ? (ids as number[]) : undefined;
  } catch {
    return undefined;
  }
}

function headOf(db: Database): Head | undefined {
  const row = db.prepare('SELECT base, size, page_size, built_at, offices FROM search_index WHERE id = 1').get() as
    { base: number; size: number; page_size: number; built_at: string; offices: string | null } | undefined;
  return (
    row && {
      base: row.base,
      size: row.size,
      pageSize: row.page_size,
      builtAt: row.built_at,
      offices: officeIds(row.offices),
    }
  );
}

/**
 * The index this connection last stored or loaded (the base, or the base with a delta merged
 * in), while the stored base is still the one it came from (number and time): a load after
 * this connection's own write then reads no base back, and merges only what is new.
 */
const current = new WeakMap<Database, { base: number; builtAt: string; index: SearchIndex }>();

function knownIndex(db: Database, head: Head): SearchIndex | undefined {
  const known = current.get(db);
  return known && known.base === head.base && known.builtAt === head.builtAt ? known.index : undefined;
}

/** The stored base opened paged (its pages read as they are needed, on `db`), if what open reads is intact. */
function storedBase(db: Database, head: Head): SearchIndex | undefined {
  return readable(() => loadSearchIndexPaged(basePages(db, head)).index);
}

const officesOf = (index: SearchIndex) => index.meta.offices.map((o) => o.id);

/** Stores `bytes` as the base (a new base number, its pages and head). Inside a write transaction. */
export function storeIndex(db: Database, bytes: Uint8Array): void {
  const builtAt = new Date().toISOString();
  const index = loadSearchIndex(bytes);
  const { base, size, pageSize } = writeBasePages(db, nextBaseNumber(db), bytes);
  db.prepare(
    `INSERT INTO search_index (id, base, size, page_size, built_at, offices) VALUES (1, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET base = excluded.base, size = excluded.size, page_size = excluded.page_size,
                                      built_at = excluded.built_at, offices = excluded.offices`,
  ).run(base, size, pageSize, builtAt, JSON.stringify(officesOf(index)));
  current.set(db, { base, builtAt, index });
}

/** The office's stored segment if it is intact and its own; else undefined. */
function storedSegment(db: Database, officeId: number): SearchIndex | undefined {
  const stored = intact(
    db.prepare('SELECT bytes, checksum FROM search_segments WHERE office_id = ?').get(officeId) as BlobRow | undefined,
  );
  return stored && stored.meta.offices.length === 1 && stored.meta.offices[0].id === officeId ? stored : undefined;
}

function storeSegment(db: Database, officeId: number, bytes: Uint8Array): void {
  db.prepare('INSERT OR REPLACE INTO search_segments (office_id, bytes, checksum) VALUES (?, ?, ?)').run(
    officeId,
    bytes,
    crc32(bytes),
  );
}

/** The office's stored segment, or (missing, damaged, another version's) one built from its rows and stored. */
function segmentOf(db: Database, officeId: number): SearchIndex {
  const stored = storedSegment(db, officeId);
  if (stored) return stored;
  // Used as built: reading the bytes back would only repeat the work.
  const { bytes, index } = builtSegment(readOffice(db, officeId)!);
  storeSegment(db, officeId, bytes);
  return index;
}

/** Builds and stores the offices' segments (on worker threads too when there are many). */
function buildAndStore(db: Database, ids: number[]): ReturnType<typeof buildSegments> {
  const built = buildSegments(ids.length, (i) => readOffice(db, ids[i])!);
  built.segments.forEach((bytes, i) => storeSegment(db, ids[i], bytes));
  return built;
}

/** Builds the segment of every office that has none (the offices just written). Inside a write transaction. */
export function storeMissingSegments(db: Database): void {
  const missing = db
    .prepare('SELECT id FROM offices WHERE id NOT IN (SELECT office_id FROM search_segments) ORDER BY id')
    .pluck()
    .all() as number[];
  buildAndStore(db, missing);
}

/** What the offices' segments hold beyond the fixed tables, in bytes. */
function segmentBytes(db: Database, offices: number[]): number {
  const sizes = db
    .prepare('SELECT length(bytes) FROM search_segments WHERE office_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(offices)) as number[];
  return sizes.reduce((sum, size) => sum + contentBytes(size), 0);
}

/** The parts that make `index` with the delta merged in: the offices gone left out, the new segments appended. */
function deltaParts(index: SearchIndex, delta: Delta, segment: (id: number) => SearchIndex | undefined) {
  const segments = delta.added.map(segment);
  if (segments.some((s) => !s)) return undefined;
  return [{ index, drop: delta.drop }, ...segments.map((s) => ({ index: s! }))];
}

/** Every live office's segment merged, the missing and damaged ones built (all at once) and stored first. */
function mergedSegments(db: Database, live: number[]): Uint8Array {
  if (live.length === 0) return buildSearchIndex([]);
  const segments = live.map((id) => storedSegment(db, id));
  const missing = live.filter((_, i) => !segments[i]);
  const { segments: bytes, indexes } = buildAndStore(db, missing);
  // A segment built on this thread is merged as built; a worker's is read from its bytes.
  const built = (k: number) => indexes[k] ?? loadSearchIndex(bytes[k]);
  let k = 0;
  return mergeIndexes(segments.map((stored) => ({ index: stored ?? built(k++) })));
}

function liveOffices(db: Database): number[] {
  return db.prepare('SELECT id FROM offices ORDER BY id').pluck().all() as number[];
}

/** The old base with the delta merged in; undefined when there is none or a page it reads is damaged. */
function baseWithDelta(db: Database, head: Head | undefined, live: number[]): Uint8Array | undefined {
  const base = head && (knownIndex(db, head) ?? storedBase(db, head));
  const delta = base && deltaOf(officesOf(base), live);
  const parts = delta && deltaParts(base, delta, (id) => segmentOf(db, id));
  return parts && readable(() => mergeIndexes(parts));
}

/** Rewrites the base as the live offices: the old base with the delta merged in, or (when it cannot be) every segment merged. */
function compact(db: Database, head: Head | undefined, live: number[]): void {
  storeIndex(db, baseWithDelta(db, head, live) ?? mergedSegments(db, live));
}

/**
 * Brings the stored index up to date with the offices, inside the caller's write
 * transaction: the new offices' segments are built, and the base is rewritten only when the
 * delta has grown too large for it (or cannot be expressed against it).
 */
export function refreshSearchIndex(db: Database): void {
  const live = liveOffices(db);
  storeMissingSegments(db);
  const head = headOf(db);
  const delta = head?.offices && deltaOf(head.offices, live);
  if (delta && (isEmptyDelta(delta) || segmentBytes(db, delta.added) <= MAX_DELTA_SHARE * contentBytes(head.size)))
    return;
  compact(db, head, live);
}

/** Rewrites the base with the delta merged in (what a write does past the share). Inside a write transaction. */
export function compactSearchIndex(db: Database): void {
  compact(db, headOf(db), liveOffices(db));
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
 * The stored base with the delta merged in, inside a read transaction; undefined when the
 * base or a delta segment is missing or damaged. Starts from what this connection already
 * holds of the same base, so it reads and merges only the offices written since.
 */
function upToDate(db: Database): SearchIndex | undefined {
  const head = headOf(db);
  if (!head) return undefined;
  const live = liveOffices(db);
  const bring = (index: SearchIndex) => {
    const delta = deltaOf(officesOf(index), live);
    if (!delta || isEmptyDelta(delta)) return delta && index;
    const parts = deltaParts(index, delta, (id) => storedSegment(db, id));
    return parts && readable(() => mergedIndex(parts));
  };
  const known = knownIndex(db, head);
  let index = known && bring(known);
  if (!index) {
    const base = storedBase(db, head);
    index = base && bring(base);
  }
  if (index) current.set(db, { base: head.base, builtAt: head.builtAt, index });
  return index;
}

/**
 * Loads the stored index. A missing base (a database migrated from before the index
 * existed), a damaged base or segment, or one this version cannot read is rebuilt from the
 * segments and stored again; where it cannot be stored (read-only, a full disk, a long-busy
 * database) the rebuilt index serves from memory. Call outside a read transaction (it may write).
 */
export function loadStoredSearchIndex(db: Database): SearchIndex {
  return db.transaction(() => upToDate(db))() ?? rebuiltSearchIndex(db);
}

/**
 * The index rebuilt from the segments and stored, then loaded; served from memory where it
 * cannot be stored. What a load does with a damaged base, and what a search does when a page
 * it reads is damaged. Call outside a read transaction.
 */
export function rebuiltSearchIndex(db: Database): SearchIndex {
  if (!db.readonly) {
    try {
      retryWhileBusy(() => db.transaction(() => rebuildSearchIndex(db)).immediate(), REBUILD_BUDGET_MS);
      const stored = db.transaction(() => upToDate(db))();
      if (stored) return stored;
    } catch {
      // Served from memory below; the next load tries to store it again.
    }
  }
  return freshSearchIndex(db);
}
