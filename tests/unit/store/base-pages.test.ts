// The base stored as page rows and read lazily (store/base-pages.ts): a damaged page is found
// when a query first reads it and the base rebuilt, its bytes never searched; a read
// transaction sees one base through an import that replaces it; an index whose base was
// replaced outside any snapshot says so instead of reading the new base's pages.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReplacedBaseError, writeBasePages } from '../../../electron/node/store/base-pages.ts';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import {
  freshSearchIndex,
  loadStoredSearchIndex,
  rebuildSearchIndex,
} from '../../../electron/node/store/search-index.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { loadSearchIndex, search, type SearchIndex } from '../../../shared/search/index.ts';
import { handOffice, storedBaseBytes, tempDir, writeDocuments } from './helpers.ts';

const QUERIES = ['秘书科', '督查', '文电处理', '档案', 'mishu', '李明'];
/** Small pages, so a two-office base has text pages that open does not read. */
const SMALL_PAGE = 256;

const hitsOf = (index: SearchIndex) => QUERIES.map((q) => search(index, q).hits);

/** A database of two hand offices whose base is stored again in SMALL_PAGE pages. */
function smallPagedDatabase(): string {
  const file = path.join(tempDir(), 'pages.db');
  const db = openDatabase(file, { create: true });
  writeDocuments(db, [handOffice('甲市人民政府办公室'), handOffice('乙市人民政府办公室')]);
  repage(db, SMALL_PAGE);
  db.close();
  return file;
}

function repage(db: Database.Database, pageSize: number): void {
  db.transaction(() => {
    const { base } = db.prepare('SELECT base FROM search_index').get() as { base: number };
    writeBasePages(db, base, storedBaseBytes(db), pageSize);
    db.prepare('UPDATE search_index SET page_size = ?').run(pageSize);
  })();
}

/** The blob's sections as byte ranges, read off its header ("OAS1" | u32 length | JSON). */
function sectionRanges(blob: Buffer): { name: string; from: number; to: number }[] {
  const headerLength = blob.readUInt32LE(4);
  const header = JSON.parse(blob.subarray(8, 8 + headerLength).toString()) as {
    sections: { name: string; type: string; length: number; offset: number }[];
  };
  const dataStart = (8 + headerLength + 3) & ~3;
  const width = (type: string) => (type === 'u8' ? 1 : type === 'u16' ? 2 : 4);
  return header.sections.map((s) => ({
    name: s.name,
    from: dataStart + s.offset,
    to: dataStart + s.offset + s.length * width(s.type),
  }));
}

describe('the base in page rows', () => {
  it('a flipped byte in a text page that open does not read is caught by the first query to read it and rebuilt, never searched', () => {
    const file = smallPagedDatabase();
    const healthy = hitsOf(freshSearchIndex(openDatabase(file, { readonly: true })));

    const raw = new Database(file);
    const blob = storedBaseBytes(raw);
    const ranges = sectionRanges(blob);
    const text = ranges.find((r) => r.name === 'norm')!;
    const others = ranges.filter((r) => r !== text);
    // A flip on a page that lies wholly in the text, which changes or breaks what a query finds.
    let flippedAt: number | undefined;
    for (let at = text.from; at < text.to && flippedAt === undefined; at += 7) {
      const page = Math.floor(at / SMALL_PAGE);
      const [from, to] = [page * SMALL_PAGE, (page + 1) * SMALL_PAGE];
      if (from < text.from || to > text.to || others.some((r) => r.from < to && r.to > from)) continue;
      const candidate = Buffer.from(blob);
      candidate[at]! ^= 0x04;
      let differs: boolean;
      try {
        differs = JSON.stringify(hitsOf(loadSearchIndex(candidate))) !== JSON.stringify(healthy);
      } catch {
        differs = true;
      }
      if (differs) flippedAt = at;
    }
    expect(flippedAt).toBeDefined();
    const page = Math.floor(flippedAt! / SMALL_PAGE);
    const { base } = raw.prepare('SELECT base FROM search_index').get() as { base: number };
    const row = raw
      .prepare('SELECT bytes FROM search_index_pages WHERE base = ? AND page = ?')
      .pluck()
      .get(base, page) as Buffer;
    row[flippedAt! - page * SMALL_PAGE]! ^= 0x04;
    raw.prepare('UPDATE search_index_pages SET bytes = ? WHERE base = ? AND page = ?').run(row, base, page);
    raw.close();

    // Open does not read the page: the base loads as it is, not rebuilt.
    const reader = openDatabase(file);
    loadStoredSearchIndex(reader);
    expect(reader.prepare('SELECT base FROM search_index').pluck().get()).toBe(base);
    reader.close();

    const store = openStore(file);
    expect(QUERIES.map((q) => store.search(q).hits)).toEqual(healthy);
    store.close();
    const check = openDatabase(file, { readonly: true });
    expect(check.prepare('SELECT base FROM search_index').pluck().get()).toBeGreaterThan(base);
    expect(hitsOf(loadStoredSearchIndex(check))).toEqual(healthy);
    check.close();
  });

  it('a read transaction sees the base it began with while an import replaces it; outside one, a replaced base is said, not read', () => {
    const file = smallPagedDatabase();
    const reader = openDatabase(file);
    const writer = openDatabase(file);
    const before = hitsOf(freshSearchIndex(reader));
    const replace = (name: string) =>
      writer.transaction(() => {
        writeDocuments(writer, [handOffice(name)]);
        rebuildSearchIndex(writer);
        repage(writer, SMALL_PAGE);
      })();

    const seen = reader.transaction(() => {
      const index = loadStoredSearchIndex(reader);
      replace('丙市人民政府办公室');
      return hitsOf(index);
    })();
    expect(seen).toEqual(before);
    expect(hitsOf(freshSearchIndex(reader))).not.toEqual(before);

    // Opened, then replaced before its text was read: reading it names the replacement.
    const opened = loadStoredSearchIndex(reader);
    replace('丁市人民政府办公室');
    expect(() => reader.transaction(() => opened.readAll())()).toThrow(ReplacedBaseError);
    reader.close();
    writer.close();
  });
});
