// Damaged files at start-up: the default database is kept aside when it is damaged (never
// overwritten), rebuilt from the shipped documents plus what of the user's imports can still
// be read, and the user is told in one sentence; lost commits are reported; a damaged search
// index is rebuilt; crashed builds' leftovers go.
import Database from 'better-sqlite3';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ensureDefaultDatabase } from '../../../electron/node/host/default-database.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { loadSearchIndex, search } from '../../../shared/search/index.ts';
import { repoRoot, storedBaseBytes, tempDir } from './helpers.ts';
import { writeOffice } from './states.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';

const SHIPPED_OFFICE = '江西省人民政府外事办公室';
const MY_OFFICE = '样例市档案局';

/** An installed app: the shipped data folder, the default database built from it, and one import of the user's. */
function installed() {
  const root = tempDir();
  const dataDir = path.join(root, 'data');
  cpSync(path.join(repoRoot, 'data'), dataDir, { recursive: true });
  const dbPath = path.join(root, 'cfg', 'orgatlas.db');
  ensureDefaultDatabase({ dataDir, dbPath, onNotice: () => {} });
  const mine = writeOffice(root, 'mine.txt', MY_OFFICE, ['办公室', '档案保管科', '利用服务科']);
  const store = openStore(dbPath);
  store.importDocuments(readDocumentsForImportNow([mine]));
  store.close();
  return { root, dataDir, dbPath, mine };
}

function start(dataDir: string, dbPath: string): string[] {
  const notices: string[] = [];
  ensureDefaultDatabase({ dataDir, dbPath, onNotice: (s) => notices.push(s) });
  return notices;
}

function officesIn(dbPath: string): string[] {
  const store = openStore(dbPath);
  try {
    return store
      .listOffices()
      .map((o) => o.name)
      .sort();
  } finally {
    store.close();
  }
}

/** The damaged file kept aside, which must hold exactly the bytes it had. */
function keptAside(dbPath: string): string {
  const kept = readdirSync(path.dirname(dbPath)).filter((n) =>
    /^orgatlas\.db\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(n),
  );
  expect(kept).toHaveLength(1);
  return path.join(path.dirname(dbPath), kept[0]!);
}

function expectOneSentence(notices: string[], pattern: RegExp) {
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(pattern);
  expect(notices[0]).not.toContain('\n');
  expect(notices[0]).toMatch(/\.$/);
}

describe('a damaged default database at start-up', () => {
  it('a zero-byte file is kept aside, not taken as a new database; the user import it held is named as lost', () => {
    const { dataDir, dbPath } = installed();
    truncateSync(dbPath, 0);
    const notices = start(dataDir, dbPath);
    expectOneSentence(
      notices,
      new RegExp(
        `^orgatlas\\.db was damaged \\(the file is empty \\(0 bytes\\).*\\); it was kept as orgatlas\\.db\\.damaged-\\S+ and rebuilt from 1 shipped document; not restored, import again: ${MY_OFFICE}\\.$`,
      ),
    );
    expect(statSync(keptAside(dbPath)).size).toBe(0);
    expect(officesIn(dbPath)).toEqual([SHIPPED_OFFICE]);
    // Told once: the next start finds a healthy database and says nothing.
    expect(start(dataDir, dbPath)).toEqual([]);
  });

  it('a read command on a zero-byte --db file refuses it and writes nothing into it', () => {
    const file = path.join(tempDir(), 'empty.db');
    writeFileSync(file, '');
    expect(() => openStore(file)).toThrow(/empty.db: the file is empty \(0 bytes\)/);
    expect(() => openStore(file, { create: true })).toThrow(/0 bytes/);
    expect(statSync(file).size).toBe(0);
  });

  it('a garbage header: kept aside byte for byte, rebuilt, the unreadable user import named', () => {
    const { dataDir, dbPath } = installed();
    const bytes = readFileSync(dbPath);
    bytes.fill(0x3f, 0, 100);
    writeFileSync(dbPath, bytes);
    const notices = start(dataDir, dbPath);
    expectOneSentence(
      notices,
      new RegExp(
        `^orgatlas\\.db was damaged \\(the file is not a database.*not restored, import again: ${MY_OFFICE}\\.$`,
      ),
    );
    expect(readFileSync(keptAside(dbPath)).equals(bytes)).toBe(true);
    expect(officesIn(dbPath)).toEqual([SHIPPED_OFFICE]);
  });

  it('damaged pages outside the sources: the user import is read back from its raw lines and restored', () => {
    const { dataDir, dbPath } = installed();
    const raw = new Database(dbPath);
    const pages = raw
      .prepare("SELECT pageno FROM dbstat WHERE name = 'search_index_pages' AND pagetype = 'overflow' ORDER BY pageno")
      .pluck()
      .all() as number[];
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    expect(pages.length).toBeGreaterThan(4);
    const bytes = readFileSync(dbPath);
    // Overflow pages hold only the blob's bytes; zeroing their chain pointers breaks the chain.
    for (const page of pages.slice(1, 4)) bytes.fill(0, (page - 1) * pageSize, (page - 1) * pageSize + 8);
    writeFileSync(dbPath, bytes);
    const notices = start(dataDir, dbPath);
    expectOneSentence(
      notices,
      new RegExp(
        `^orgatlas\\.db was damaged \\(the file is damaged.*rebuilt from 1 shipped document and 1 of your imports \\(${MY_OFFICE}\\)\\.$`,
      ),
    );
    expect(readFileSync(keptAside(dbPath)).equals(bytes)).toBe(true);
    expect(officesIn(dbPath)).toEqual([MY_OFFICE, SHIPPED_OFFICE].sort());
    const store = openStore(dbPath);
    const restored = store.getOffice(store.listOffices().find((o) => o.name === MY_OFFICE)!.id);
    expect(restored.units.map((u) => u.name)).toEqual(['办公室', '档案保管科', '利用服务科']);
    expect(restored.source.path).toBe('mine.txt');
    expect(store.search('档案保管').hits[0]?.unit).toBe('档案保管科');
    store.close();
  });

  it('a truncated file is kept aside and rebuilt; every user import is either restored or named', () => {
    const { dataDir, dbPath } = installed();
    const size = statSync(dbPath).size;
    truncateSync(dbPath, Math.floor(size / 3));
    const truncated = readFileSync(dbPath);
    const notices = start(dataDir, dbPath);
    expectOneSentence(
      notices,
      /^orgatlas\.db was damaged \(.*\); it was kept as orgatlas\.db\.damaged-\S+ and rebuilt from 1 shipped document/,
    );
    expect(readFileSync(keptAside(dbPath)).equals(truncated)).toBe(true);
    const restored = officesIn(dbPath).includes(MY_OFFICE);
    expect(notices[0]).toContain(
      restored ? `1 of your imports (${MY_OFFICE})` : `not restored, import again: ${MY_OFFICE}`,
    );
  });
});

describe('commits lost with the -wal', () => {
  it('an import whose -wal was deleted after its commit is reported at start-up, once', () => {
    const { dataDir, dbPath, root } = installed();
    // A second connection keeps the WAL from being checkpointed into the main file.
    const holder = new Database(dbPath);
    holder.pragma('wal_autocheckpoint = 0');
    holder.prepare('SELECT count(*) FROM offices').get();
    const later = writeOffice(root, 'later.txt', '样例市统计局', ['综合科']);
    const store = openStore(dbPath);
    store.importDocuments(readDocumentsForImportNow([later]));
    store.close();
    // What is left when the -wal goes: the main file as it was checkpointed, and the mirror.
    const copy = path.join(root, 'copy', 'orgatlas.db');
    mkdirSync(path.dirname(copy));
    copyFileSync(dbPath, copy);
    copyFileSync(`${dbPath}.journal`, `${copy}.journal`);
    holder.close();
    expect(existsSync(`${copy}-wal`)).toBe(false);

    const notices = start(dataDir, copy);
    expectOneSentence(
      notices,
      /^orgatlas\.db is missing the last 1 import it had committed \(its -wal file was probably deleted or damaged\); import again: 样例市统计局\.$/,
    );
    expect(officesIn(copy)).toEqual([MY_OFFICE, SHIPPED_OFFICE].sort());
    expect(start(dataDir, copy)).toEqual([]);
  });

  it('a --db store reports the loss too (the CLI prints it)', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'mine.db');
    const first = writeOffice(dir, 'a.txt', '样例市统计局', ['综合科']);
    const second = writeOffice(dir, 'b.txt', '样例市审计局', ['审计一科']);
    const store = openStore(dbPath, { create: true });
    store.importDocuments(readDocumentsForImportNow([first]));
    store.close();
    const atFirst = readFileSync(dbPath);
    const again = openStore(dbPath);
    again.importDocuments(readDocumentsForImportNow([second]));
    again.close();
    // The main file rolled back to before the second import, the mirror kept.
    writeFileSync(dbPath, atFirst);
    const reopened = openStore(dbPath);
    expect(reopened.notices).toEqual([
      'mine.db is missing the last 1 import it had committed (its -wal file was probably deleted or damaged); import again: 样例市审计局.',
    ]);
    reopened.close();
  });

  it('a lost re-import of a shipped document is made again by the start-up refresh, and said so', () => {
    const { dataDir, dbPath, root } = installed();
    const holder = new Database(dbPath);
    holder.pragma('wal_autocheckpoint = 0');
    holder.prepare('SELECT count(*) FROM offices').get();
    // An app update changes the shipped document; the start re-imports it, into the WAL only.
    const shipped = path.join(dataDir, readdirSync(dataDir)[0]!);
    writeFileSync(shipped, readFileSync(shipped, 'utf8') + '\n');
    expect(start(dataDir, dbPath)).toEqual([]);
    const copy = path.join(root, 'copy', 'orgatlas.db');
    mkdirSync(path.dirname(copy));
    copyFileSync(dbPath, copy);
    copyFileSync(`${dbPath}.journal`, `${copy}.journal`);
    holder.close();

    expectOneSentence(
      start(dataDir, copy),
      /^orgatlas\.db is missing the last 1 import it had committed \(its -wal file was probably deleted or damaged\); the shipped documents among them were imported again\.$/,
    );
    expect(officesIn(copy)).toEqual([MY_OFFICE, SHIPPED_OFFICE].sort());
  });
});

describe('a damaged search index', () => {
  it('a flipped bit that still loads is caught by the checksum and rebuilt; queries never throw', () => {
    const dbPath = path.join(tempDir(), 'index.db');
    const store = openStore(dbPath, { create: true });
    store.importDocuments(readDocumentsForImportNow([path.join(repoRoot, 'data', '000_8d796a1540accf81.txt')]));
    const queries = ['护照', '因公出国', 'huzhao', 'lsaq', '領事認證', '亚州处', '外国记者'];
    const healthy = queries.map((q) => store.search(q));
    store.close();

    const raw = new Database(dbPath);
    const bytes = storedBaseBytes(raw);
    // A flip that the blob format does not catch and that changes or breaks some query.
    let flipped: Buffer | undefined;
    let flippedAt = 0;
    for (let at = 0; at < bytes.length && !flipped; at += 29) {
      const candidate = Buffer.from(bytes);
      candidate[at]! ^= 0x10;
      flippedAt = at;
      try {
        const index = loadSearchIndex(candidate);
        const differs = queries.some((q, i) => {
          try {
            return JSON.stringify(search(index, q).hits) !== JSON.stringify(healthy[i]!.hits);
          } catch {
            return true;
          }
        });
        if (differs) flipped = candidate;
      } catch {
        // Refused by the format itself: not the case under test.
      }
    }
    expect(flipped).toBeDefined();
    // The flipped byte written into its page row, the row's checksum left as it was.
    const { base, page_size: pageSize } = raw.prepare('SELECT base, page_size FROM search_index').get() as {
      base: number;
      page_size: number;
    };
    const page = Math.floor(flippedAt / pageSize);
    raw
      .prepare('UPDATE search_index_pages SET bytes = ? WHERE base = ? AND page = ?')
      .run(flipped!.subarray(page * pageSize, (page + 1) * pageSize), base, page);
    raw.close();

    const reopened = openStore(dbPath);
    expect(queries.map((q) => reopened.search(q).hits)).toEqual(healthy.map((r) => r.hits));
    reopened.close();
    const check = new Database(dbPath, { readonly: true });
    const rows = check.prepare('SELECT bytes, checksum FROM search_index_pages').all() as {
      bytes: Buffer;
      checksum: number;
    }[];
    const rebuilt = storedBaseBytes(check);
    check.close();
    expect(rows.every((row) => row.checksum === crc32(row.bytes))).toBe(true);
    expect(rebuilt.equals(flipped!)).toBe(false);
  });
});

describe('leftovers of a crashed first build', () => {
  it('are removed at the next start when their process is gone, kept while it runs', () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    cpSync(path.join(repoRoot, 'data'), dataDir, { recursive: true });
    const dbPath = path.join(dir, 'orgatlas.db');
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max, so no process has it
    const dead_ = [
      `orgatlas.db.building-${dead}`,
      `orgatlas.db.building-${dead}-wal`,
      `orgatlas.db.building-${dead}-shm`,
      `orgatlas.db.journal.${dead}.tmp`,
    ];
    const live = `orgatlas.db.building-${process.ppid}`;
    for (const name of [...dead_, live, 'orgatlas.db.building-notes.txt']) writeFileSync(path.join(dir, name), 'x');
    start(dataDir, dbPath);
    expect(readdirSync(dir).sort()).toEqual(
      ['data', live, 'orgatlas.db', 'orgatlas.db.building-notes.txt', 'orgatlas.db.journal'].sort(),
    );
  });
});
