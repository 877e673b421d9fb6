// The search index's base as page rows (search_index_pages, migration 012): the blob cut
// into 64 KiB pages, each with its CRC-32, under the base's number. Being rows, the pages are
// written in the write transaction that stores the base and read inside read transactions, so
// a reader never mixes two bases and a crash never leaves pages that disagree with the head.
// Read lazily through the paged reader (shared/search/blob.ts readBlobPaged): open reads the
// record tables and names, a query the text and postings pages it needs, each checked.
import type { Database } from 'better-sqlite3';
import { crc32 } from 'node:zlib';
import { CorruptIndexError, type PagedSource } from '../../../shared/search/blob.ts';
import { INDEX_PAGE_SIZE } from './index-file.ts';

/** Which base the pages belong to and its shape, as the head row (search_index) records it. */
export interface BaseHead {
  base: number;
  size: number;
  pageSize: number;
}

/**
 * The base's pages are gone from the database this read sees: a write replaced the base since
 * the index was opened. Not damage: the caller opens the new base and asks again.
 */
export class ReplacedBaseError extends Error {
  constructor() {
    super('the search index was replaced while it was being read');
    this.name = 'ReplacedBaseError';
  }
}

/** Stores `blob` as the pages of base `base`, replacing every other base's pages. Inside a write transaction. */
export function writeBasePages(db: Database, base: number, blob: Uint8Array, pageSize = INDEX_PAGE_SIZE): BaseHead {
  db.prepare('DELETE FROM search_index_pages WHERE base <> ?').run(base);
  const insert = db.prepare(
    'INSERT OR REPLACE INTO search_index_pages (base, page, bytes, checksum) VALUES (?, ?, ?, ?)',
  );
  const pages = Math.ceil(blob.byteLength / pageSize);
  for (let p = 0; p < pages; p++) {
    const bytes = blob.subarray(p * pageSize, (p + 1) * pageSize);
    insert.run(base, p, bytes, crc32(bytes));
  }
  return { base, size: blob.byteLength, pageSize };
}

/** The number a new base gets: past every base stored or named, so a reader of an old one never finds its pages reused. */
export function nextBaseNumber(db: Database): number {
  return db
    .prepare(
      `SELECT max(coalesce((SELECT max(base) FROM search_index_pages), 0),
                  coalesce((SELECT base FROM search_index WHERE id = 1), 0)) + 1`,
    )
    .pluck()
    .get() as number;
}

/**
 * The base's pages as a paged source on `db`: each page read is checked (its length and
 * CRC-32; CorruptIndexError when damaged). Reads see the connection's snapshot, so callers
 * read inside a read transaction; a page missing because the base was replaced since is
 * ReplacedBaseError, one missing while the base still stands is damage.
 */
export function basePages(db: Database, head: BaseHead): PagedSource {
  const { base, size, pageSize } = head;
  const page = db.prepare('SELECT bytes, checksum FROM search_index_pages WHERE base = ? AND page = ?');
  const standing = db.prepare('SELECT 1 FROM search_index WHERE id = 1 AND base = ?').pluck();
  return {
    size,
    pageSize,
    read(into, from, to) {
      for (let p = from; p < to; p++) {
        const row = page.get(base, p) as { bytes: Buffer; checksum: number } | undefined;
        if (!row) {
          if (standing.get(base) === undefined) throw new ReplacedBaseError();
          throw new CorruptIndexError(`missing page ${p}`);
        }
        const at = p * pageSize;
        if (row.bytes.byteLength !== Math.min(size, at + pageSize) - at || crc32(row.bytes) !== row.checksum)
          throw new CorruptIndexError(`damaged page ${p}`);
        into.set(row.bytes, at);
      }
    },
  };
}
