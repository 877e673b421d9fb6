// The default database follows the shipped documents (electron/node/store/shipped.ts), on real
// folders and database files.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../../electron/node/store/connection.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';
import { migrate } from '../../../electron/node/store/migrations/index.ts';
import { IMPORT_VERSION, refreshShippedDocuments } from '../../../electron/node/store/shipped.ts';
import { readAllOffices } from '../../../electron/node/store/read.ts';
import { buildSearchIndex } from '../../../shared/search/index.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { writeDocument } from '../../../electron/node/store/write.ts';
import { ensureDefaultDatabase, listDocuments } from '../../../electron/node/host/default-database.ts';
import { fixture, seedFile, tempDir } from './helpers.ts';

const SEED_OFFICE = '江西省人民政府外事办公室';
const NANCHANG = '南昌市人民政府外事办公室';
const NANCHANG_FILE = 'nanchang-fao.txt';
const SEED_FILE = path.basename(seedFile);

/** A document of an office no shipped document describes, as a user would import it. */
const ownDocument = `样例市教育局简介
样例市教育局是市政府工作部门。
主要职责
一、负责全市教育事业发展规划。
内设机构
一、办公室
负责机关文电和会务工作。
二、基础教育科
负责全市中小学教育管理。
`;

interface Setup {
  dataDir: string;
  dbPath: string;
  /** A folder outside data/ for the user's own files. */
  home: string;
}

/** A shipped folder holding the seed and, unless left out, the Nanchang document. */
function setup(withNanchang = true): Setup {
  const root = tempDir();
  const dataDir = path.join(root, 'data');
  const home = path.join(root, 'home');
  mkdirSync(dataDir);
  mkdirSync(home);
  copyFileSync(seedFile, path.join(dataDir, SEED_FILE));
  if (withNanchang) copyFileSync(fixture(NANCHANG_FILE), path.join(dataDir, NANCHANG_FILE));
  return { dataDir, dbPath: path.join(root, 'cfg', 'orgatlas.db'), home };
}

/** Rewrites a file with one piece of its text replaced. */
function edit(file: string, from: string, to: string, into = file): string {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(into, text.replace(from, to));
  return into;
}

/** The user imports their own copy of the Nanchang document (its third unit renamed to
 *  国际交流科) from `home/my-nanchang.txt`. */
function importOwnNanchang(dbPath: string, home: string): void {
  const mine = edit(fixture(NANCHANG_FILE), '三、友城交流科', '三、国际交流科', path.join(home, 'my-nanchang.txt'));
  const store = openStore(dbPath);
  store.importDocuments(readDocumentsForImportNow([mine]));
  store.close();
}

interface OfficeState {
  id: number;
  units: string[];
  source: string;
}

/** The directory columns of step 8, which today's writer fills too. */
const DIRECTORY_COLUMNS = [
  'region_province',
  'region_city',
  'region_county',
  'region_township',
  'region_code',
  'region_ambiguous',
  'level',
  'kind',
];

/**
 * Imports as a version at schema 3 did: today's writer needs the unit kind column of step 5,
 * the journal of step 6, the directory columns of step 8 and the index segments of step 9, so
 * they are there while writing and dropped after, leaving the schema-3 tables; the index is
 * stored as that version stored it, one blob of every office.
 */
function importAtSchema3(db: Database.Database, files: string[]): void {
  db.exec(`ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT 'internal';
           CREATE TABLE import_journal (seq INTEGER PRIMARY KEY, office, version, sha256, origin, recorded_at);
           CREATE TABLE search_segments (office_id INTEGER PRIMARY KEY, bytes BLOB NOT NULL, checksum INTEGER NOT NULL);`);
  for (const column of DIRECTORY_COLUMNS) db.exec(`ALTER TABLE offices ADD COLUMN ${column}`);
  // Written as that version wrote (today's import also keeps history, step 7).
  db.transaction(() => {
    for (const { parsed, source } of readDocumentsForImportNow(files))
      writeDocument(db, parsed, source, '2024-01-01T00:00:00.000Z');
    db.prepare('INSERT OR REPLACE INTO search_index (id, bytes, built_at) VALUES (1, ?, ?)').run(
      buildSearchIndex(readAllOffices(db)),
      '2024-01-01T00:00:00.000Z',
    );
  })();
  db.exec('ALTER TABLE units DROP COLUMN kind; DROP TABLE import_journal; DROP TABLE search_segments');
  for (const column of DIRECTORY_COLUMNS) db.exec(`ALTER TABLE offices DROP COLUMN ${column}`);
}

/** Every office by name: its id, top-level unit names and source file. */
function offices(dbPath: string): Record<string, OfficeState> {
  const store = openStore(dbPath);
  try {
    return Object.fromEntries(
      store.listOffices().map((o) => {
        const office = store.getOffice(o.id);
        return [o.name, { id: o.id, units: office.units.map((u) => u.name), source: office.source.path }];
      }),
    );
  } finally {
    store.close();
  }
}

function unitHits(dbPath: string, query: string): string[] {
  const store = openStore(dbPath);
  try {
    return store
      .search(query)
      .hits.filter((h) => h.kind === 'unit')
      .map((h) => `${h.office}/${h.unit}`);
  } finally {
    store.close();
  }
}

function tracked(dbPath: string): { file: string; import_version: number; has_source: number }[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT file, import_version, source_id IS NOT NULL AS has_source
                       FROM shipped_documents ORDER BY file`,
      )
      .all() as never;
  } finally {
    db.close();
  }
}

/**
 * Runs `action` while a second connection watches the database: PRAGMA data_version changes
 * for it exactly when another connection commits a change.
 */
function commitsDuring(dbPath: string, action: () => void): boolean {
  const watcher = new Database(dbPath, { readonly: true });
  try {
    const version = () => watcher.pragma('data_version', { simple: true }) as number;
    const before = version();
    action();
    return version() !== before;
  } finally {
    watcher.close();
  }
}

const NANCHANG_UNITS = ['办公室', '护照签证科', '友城交流科'];

describe('the default database follows the shipped documents', () => {
  it('tracks every shipped document it was built from', () => {
    const { dataDir, dbPath } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(tracked(dbPath)).toEqual([
      { file: SEED_FILE, import_version: IMPORT_VERSION, has_source: 1 },
      { file: NANCHANG_FILE, import_version: IMPORT_VERSION, has_source: 1 },
    ]);
    expect(offices(dbPath)[NANCHANG]).toMatchObject({ units: NANCHANG_UNITS, source: NANCHANG_FILE });
  });

  it('writes nothing when no shipped document changed', () => {
    const { dataDir, dbPath } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    const built = statSync(dbPath);
    expect(commitsDuring(dbPath, () => ensureDefaultDatabase({ dataDir, dbPath }))).toBe(false);
    const after = statSync(dbPath);
    expect([after.mtimeMs, after.size]).toEqual([built.mtimeMs, built.size]);
  });

  it('re-imports a shipped document whose bytes changed, and only that one', () => {
    const { dataDir, dbPath } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    const before = offices(dbPath);
    edit(path.join(dataDir, NANCHANG_FILE), '三、友城交流科', '三、国际合作科');

    expect(commitsDuring(dbPath, () => ensureDefaultDatabase({ dataDir, dbPath }))).toBe(true);
    const after = offices(dbPath);
    expect(after[NANCHANG]!.units).toEqual(['办公室', '护照签证科', '国际合作科']);
    expect(after[NANCHANG]!.id).not.toBe(before[NANCHANG]!.id);
    // The unchanged seed was not imported again: same office, same id.
    expect(after[SEED_OFFICE]).toEqual(before[SEED_OFFICE]);
    expect(unitHits(dbPath, '国际合作科')).toContain(`${NANCHANG}/国际合作科`);
    expect(unitHits(dbPath, '友城交流科')).toEqual([]);
    // Refreshed once: the next start finds nothing to do.
    expect(commitsDuring(dbPath, () => ensureDefaultDatabase({ dataDir, dbPath }))).toBe(false);
  });

  it('leaves an office the user imported from their own file alone when its shipped document changes', () => {
    const { dataDir, dbPath, home } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    importOwnNanchang(dbPath, home);
    const before = offices(dbPath);
    expect(before[NANCHANG]).toMatchObject({
      units: ['办公室', '护照签证科', '国际交流科'],
      source: 'my-nanchang.txt',
    });

    edit(path.join(dataDir, NANCHANG_FILE), '二、护照签证科', '二、出入境服务科');
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(offices(dbPath)).toEqual(before);
    expect(tracked(dbPath)).toEqual([
      { file: SEED_FILE, import_version: IMPORT_VERSION, has_source: 1 },
      { file: NANCHANG_FILE, import_version: IMPORT_VERSION, has_source: 0 },
    ]);
    // The changed document was looked at once; from then on it is not read again.
    expect(commitsDuring(dbPath, () => ensureDefaultDatabase({ dataDir, dbPath }))).toBe(false);
  });

  it('imports a newly shipped document, unless the user already imported that office', () => {
    const { dataDir, dbPath, home } = setup(false);
    ensureDefaultDatabase({ dataDir, dbPath });
    importOwnNanchang(dbPath, home);
    const before = offices(dbPath);

    copyFileSync(fixture(NANCHANG_FILE), path.join(dataDir, NANCHANG_FILE));
    writeFileSync(path.join(dataDir, 'zz_education.txt'), ownDocument);
    const db = openDatabase(dbPath);
    const report = refreshShippedDocuments(db, listDocuments(dataDir));
    db.close();
    expect(report).toEqual({ imported: ['zz_education.txt'], leftToUser: [NANCHANG_FILE], removed: [] });
    const after = offices(dbPath);
    expect(after[NANCHANG]).toEqual(before[NANCHANG]);
    expect(after[SEED_OFFICE]).toEqual(before[SEED_OFFICE]);
    expect(after['样例市教育局']).toMatchObject({ units: ['办公室', '基础教育科'], source: 'zz_education.txt' });
    expect(unitHits(dbPath, '基础教育科')).toEqual(['样例市教育局/基础教育科']);
  });

  it("drops the office of a document no longer shipped, keeping the user's own imports", () => {
    const { dataDir, dbPath, home } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    writeFileSync(path.join(home, 'education.txt'), ownDocument);
    const store = openStore(dbPath);
    store.importDocuments(readDocumentsForImportNow([path.join(home, 'education.txt')]));
    store.close();
    const before = offices(dbPath);

    rmSync(path.join(dataDir, NANCHANG_FILE));
    ensureDefaultDatabase({ dataDir, dbPath });
    const after = offices(dbPath);
    expect(Object.keys(after).sort()).toEqual([SEED_OFFICE, '样例市教育局'].sort());
    expect(after['样例市教育局']).toEqual(before['样例市教育局']);
    expect(after[SEED_OFFICE]).toEqual(before[SEED_OFFICE]);
    expect(unitHits(dbPath, '友城交流科')).toEqual([]);
    expect(tracked(dbPath).map((t) => t.file)).toEqual([SEED_FILE]);
  });

  it('re-imports documents read by an older import version', () => {
    const { dataDir, dbPath } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    const before = offices(dbPath);
    const raw = new Database(dbPath);
    raw.prepare('UPDATE shipped_documents SET import_version = import_version - 1 WHERE file = ?').run(SEED_FILE);
    raw.close();

    ensureDefaultDatabase({ dataDir, dbPath });
    const after = offices(dbPath);
    expect(after[SEED_OFFICE]!.id).not.toBe(before[SEED_OFFICE]!.id);
    expect({ ...after[SEED_OFFICE], id: 0 }).toEqual({ ...before[SEED_OFFICE], id: 0 });
    expect(after[NANCHANG]).toEqual(before[NANCHANG]);
    expect(tracked(dbPath).every((t) => t.import_version === IMPORT_VERSION)).toBe(true);
  });

  it('adopts the shipped offices of a database built before they were tracked, and refreshes them', () => {
    const { dataDir, dbPath, home } = setup(false);
    // What the previous version built: schema 3, the seed imported from data/, and later the
    // user's own document.
    mkdirSync(path.dirname(dbPath));
    writeFileSync(path.join(home, 'education.txt'), ownDocument);
    const old = new Database(dbPath);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('journal_mode = WAL');
    old.pragma('foreign_keys = ON');
    migrate(old, 3);
    importAtSchema3(old, [path.join(dataDir, SEED_FILE)]);
    importAtSchema3(old, [path.join(home, 'education.txt')]);
    old.close();
    const before = offices(dbPath);
    expect(Object.keys(before).sort()).toEqual([SEED_OFFICE, '样例市教育局'].sort());

    edit(path.join(dataDir, SEED_FILE), '领事安全处', '领事保护处');
    ensureDefaultDatabase({ dataDir, dbPath });
    const after = offices(dbPath);
    expect(after['样例市教育局']).toEqual(before['样例市教育局']);
    expect(after[SEED_OFFICE]!.id).not.toBe(before[SEED_OFFICE]!.id);
    expect(after[SEED_OFFICE]!.units).toContain('领事保护处');
    expect(after[SEED_OFFICE]!.units).not.toContain('领事安全处');
    expect(tracked(dbPath)).toEqual([{ file: SEED_FILE, import_version: IMPORT_VERSION, has_source: 1 }]);
  });

  it("leaves a database of the user's own imports alone when it is opened as the default one", () => {
    const { dataDir, dbPath, home } = setup();
    mkdirSync(path.dirname(dbPath));
    writeFileSync(path.join(home, 'education.txt'), ownDocument);
    const store = openStore(dbPath, { create: true });
    store.importDocuments(readDocumentsForImportNow([path.join(home, 'education.txt')]));
    store.close();
    const before = offices(dbPath);

    expect(commitsDuring(dbPath, () => ensureDefaultDatabase({ dataDir, dbPath }))).toBe(false);
    expect(offices(dbPath)).toEqual(before);
    expect(Object.keys(before)).toEqual(['样例市教育局']);
  });

  it("leaves an older database of the user's own imports alone too, only forgetting its candidates", () => {
    const { dataDir, dbPath, home } = setup();
    mkdirSync(path.dirname(dbPath));
    writeFileSync(path.join(home, 'education.txt'), ownDocument);
    const old = new Database(dbPath);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, 3);
    importAtSchema3(old, [path.join(home, 'education.txt')]);
    old.close();
    const before = offices(dbPath);

    ensureDefaultDatabase({ dataDir, dbPath });
    expect(offices(dbPath)).toEqual(before);
    expect(tracked(dbPath)).toEqual([]);
    expect(commitsDuring(dbPath, () => ensureDefaultDatabase({ dataDir, dbPath }))).toBe(false);
  });

  it('changes nothing when a changed shipped document cannot be read', () => {
    const { dataDir, dbPath } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    const before = offices(dbPath);
    edit(path.join(dataDir, NANCHANG_FILE), '三、友城交流科', '三、国际合作科');
    writeFileSync(path.join(dataDir, 'zz_empty.txt'), '');

    expect(
      commitsDuring(dbPath, () => {
        expect(() => ensureDefaultDatabase({ dataDir, dbPath })).toThrow(/zz_empty\.txt: .*empty/);
      }),
    ).toBe(false);
    expect(offices(dbPath)).toEqual(before);
  });

  it('keeps the database as it is when the data folder is missing', () => {
    const { dataDir, dbPath } = setup();
    ensureDefaultDatabase({ dataDir, dbPath });
    const before = offices(dbPath);
    rmSync(dataDir, { recursive: true });
    expect(commitsDuring(dbPath, () => expect(ensureDefaultDatabase({ dataDir, dbPath })).toBe(dbPath))).toBe(false);
    expect(offices(dbPath)).toEqual(before);
  });
});
