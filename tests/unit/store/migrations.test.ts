import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../../electron/node/store/connection.ts';
import { latestVersion, migrate, migrations } from '../../../electron/node/store/migrations/index.ts';
import { readAllOffices, readOffice } from '../../../electron/node/store/read.ts';
import { loadStoredSearchIndex } from '../../../electron/node/store/search-index.ts';
import { buildSearchIndex, search } from '../../../shared/search/index.ts';
import { storedBaseBytes, tempDir } from './helpers.ts';

const objects = (db: Database.Database, type: 'table' | 'index') =>
  db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all(type) as string[];

const v1Tables = [
  'contacts',
  'diagnostics',
  'duties',
  'duty_clauses',
  'honors',
  'offices',
  'people',
  'source_lines',
  'sources',
  'units',
];

/** A raw OrgAtlas database at an older schema version, with one office in it. */
function databaseAt(version: number): string {
  const file = path.join(tempDir(), `v${version}.db`);
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, version);
  db.exec(`
    INSERT INTO sources (id, path, sha256, encoding, imported_at) VALUES (7, 'old.txt', '${'c'.repeat(64)}', 'gbk', '2020-01-01');
    INSERT INTO source_lines VALUES (7, 1, '旧机关简介'), (7, 2, '一、负责外事工作。');
    INSERT INTO offices (id, source_id, name, aliases, summary) VALUES (3, 7, '旧机关', '["旧办"]', '["简介段"]');
    INSERT INTO units (id, office_id, parent_id, sort_order, name, label, line) VALUES (5, 3, NULL, 0, '护照科', '一', 2);
    INSERT INTO duties (id, office_id, unit_id, sort_order, label, text, line) VALUES (9, 3, 5, 0, NULL, '办理因公护照。', 2);
    INSERT INTO duty_clauses VALUES (9, 0, '办理因公护照');
  `);
  db.close();
  return file;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3, … in order', () => {
    expect(migrations.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(latestVersion).toBe(13);
  });

  it('each step adds its own tables and indexes', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(objects(db, 'table')).toEqual(v1Tables);
    expect(objects(db, 'index')).toEqual([]);
    migrate(db, 2);
    expect(objects(db, 'table')).toEqual([...v1Tables, 'search_index'].sort());
    migrate(db, 3);
    expect(objects(db, 'index')).toContain('units_by_office');
    expect(objects(db, 'index')).toContain('duties_by_unit');
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    migrate(db, 4);
    expect(objects(db, 'table')).toEqual([...v1Tables, 'search_index', 'shipped_documents'].sort());
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const unitColumns = () => db.prepare("SELECT name FROM pragma_table_info('units')").pluck().all() as string[];
    expect(unitColumns()).not.toContain('kind');
    migrate(db, 5);
    expect(unitColumns()).toContain('kind');
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    migrate(db, 6);
    expect(objects(db, 'table')).toContain('import_journal');
    expect(db.prepare("SELECT name FROM pragma_table_info('search_index')").pluck().all()).toContain('checksum');
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    migrate(db, 7);
    expect(objects(db, 'index')).toContain('office_versions_by_key');
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    migrate(db, 9);
    expect(objects(db, 'table')).toContain('search_segments');
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    migrate(db, 10);
    expect(db.prepare("SELECT name FROM pragma_table_info('search_index')").pluck().all()).toContain('offices');
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const versionColumns = () =>
      db.prepare("SELECT name FROM pragma_table_info('office_versions')").pluck().all() as string[];
    expect(versionColumns()).not.toContain('changes');
    migrate(db, 11);
    expect(versionColumns()).toContain('changes');
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    migrate(db, 12);
    expect(objects(db, 'table')).toContain('search_index_pages');
    expect(db.prepare("SELECT name FROM pragma_table_info('search_index')").pluck().all()).not.toContain('bytes');
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    migrate(db, 13);
    expect(objects(db, 'index')).toContain('offices_level');
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    db.close();
  });

  it('builds an empty database to the latest schema, in WAL mode with foreign keys on', () => {
    const file = path.join(tempDir(), 'new.db');
    const db = openDatabase(file, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(db.pragma('application_id', { simple: true })).toBe(0x4f724174);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(objects(db, 'table')).toEqual(
      [
        ...v1Tables,
        'import_journal',
        'search_index',
        'search_index_pages',
        'search_segments',
        'shipped_documents',
        'version_sources',
        'office_versions',
        'document_corrections',
        'trusted_keys',
        'shipped_offers',
      ].sort(),
    );
    expect(db.prepare('SELECT count(*) FROM shipped_documents').pluck().get()).toBe(0);
    db.close();
  });

  for (const version of [1, 2, 3, 4]) {
    it(`upgrades a database at version ${version} and keeps its data`, () => {
      const db = openDatabase(databaseAt(version));
      expect(db.pragma('user_version', { simple: true })).toBe(13);
      const office = readOffice(db, 3)!;
      expect(office.name).toBe('旧机关');
      expect(office.aliases).toEqual(['旧办']);
      expect(office.summary).toEqual(['简介段']);
      expect(office.source).toMatchObject({ id: 7, path: 'old.txt', lineCount: 2 });
      // Units stored before step 5 were all listed as the office's own: they become internal.
      expect(office.units.map((u) => [u.id, u.name, u.kind, u.label, u.line])).toEqual([
        [5, '护照科', 'internal', '一', 2],
      ]);
      expect(office.units[0]!.duties).toEqual([
        { id: 9, label: null, text: '办理因公护照。', clauses: ['办理因公护照'], line: 2 },
      ]);
      // The index did not exist before version 2: it is built on first use.
      const hits = search(loadStoredSearchIndex(db), '护照').hits;
      expect(hits.some((h) => h.unit === '护照科' && h.officeId === 3)).toBe(true);
      expect(db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(1);
      db.close();
    });
  }

  it('step 4 enters every source of an older database as a legacy candidate, the latest one per file name', () => {
    const file = databaseAt(3);
    const raw = new Database(file);
    raw.exec(`
      INSERT INTO sources (id, path, sha256, encoding, imported_at) VALUES
        (8, 'mine.txt', '${'d'.repeat(64)}', 'utf-8', '2021-01-01'),
        (12, 'old.txt', '${'e'.repeat(64)}', 'utf-8', '2022-01-01');
    `);
    raw.close();
    const db = openDatabase(file);
    expect(
      db.prepare('SELECT file, sha256, import_version, source_id FROM shipped_documents ORDER BY file').all(),
    ).toEqual([
      { file: 'mine.txt', sha256: 'd'.repeat(64), import_version: 0, source_id: 8 },
      { file: 'old.txt', sha256: 'e'.repeat(64), import_version: 0, source_id: 12 },
    ]);
    // A tracked source that goes (a re-import of its office) leaves its row without a source.
    db.prepare('DELETE FROM sources WHERE id = 8').run();
    expect(db.prepare("SELECT source_id FROM shipped_documents WHERE file = 'mine.txt'").pluck().get()).toBe(null);
    db.close();
  });

  it("step 6 enters each stored office in the import journal once, as the user's unless it is a tracked shipped import", () => {
    const file = databaseAt(5);
    const raw = new Database(file);
    raw.exec(`
      INSERT INTO sources (id, path, sha256, encoding, imported_at) VALUES (20, 'shipped.txt', '${'f'.repeat(64)}', 'utf-8', '2023-05-01');
      INSERT INTO offices (id, source_id, name) VALUES (4, 20, '发布机关');
      INSERT INTO shipped_documents (file, sha256, import_version, source_id) VALUES ('shipped.txt', '${'f'.repeat(64)}', 2, 20);
    `);
    raw.close();
    const db = openDatabase(file);
    expect(
      db.prepare('SELECT seq, office, version, sha256, origin, recorded_at FROM import_journal ORDER BY seq').all(),
    ).toEqual([
      { seq: 1, office: '旧机关', version: 1, sha256: 'c'.repeat(64), origin: 'user', recorded_at: '2020-01-01' },
      { seq: 2, office: '发布机关', version: 1, sha256: 'f'.repeat(64), origin: 'shipped', recorded_at: '2023-05-01' },
    ]);
    db.close();
  });

  it('step 5 adds a unit kind that defaults to internal and takes nothing but internal or affiliated', () => {
    const db = openDatabase(databaseAt(4));
    const insert = db.prepare(
      "INSERT INTO units (office_id, sort_order, name, kind, line) VALUES (3, 1, '服务中心', ?, 3)",
    );
    insert.run('affiliated');
    expect(() => insert.run('division')).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT name, kind FROM units ORDER BY id').all()).toEqual([
      { name: '护照科', kind: 'internal' },
      { name: '服务中心', kind: 'affiliated' },
    ]);
    expect(readOffice(db, 3)!.units.map((u) => [u.name, u.kind])).toEqual([
      ['护照科', 'internal'],
      ['服务中心', 'affiliated'],
    ]);
    db.close();
  });

  it('step 12 moves an intact index blob into page rows as it was, and drops a damaged one for a rebuild', () => {
    const blobAt11 = (damaged: boolean) => {
      const file = databaseAt(11);
      const raw = new Database(file);
      const blob = buildSearchIndex(readAllOffices(raw));
      const checksum = crc32(blob) ^ (damaged ? 1 : 0);
      raw
        .prepare('INSERT INTO search_index (id, bytes, built_at, checksum, offices) VALUES (1, ?, ?, ?, ?)')
        .run(blob, '2025-03-01T00:00:00.000Z', checksum, '[3]');
      raw.close();
      return { file, blob };
    };

    const intact = blobAt11(false);
    const db = openDatabase(intact.file);
    expect(db.prepare('SELECT base, size, built_at, offices FROM search_index').get()).toEqual({
      base: 1,
      size: intact.blob.length,
      built_at: '2025-03-01T00:00:00.000Z',
      offices: '[3]',
    });
    expect(storedBaseBytes(db).equals(Buffer.from(intact.blob))).toBe(true);
    const pages = db.prepare('SELECT bytes, checksum FROM search_index_pages').all() as {
      bytes: Buffer;
      checksum: number;
    }[];
    expect(pages.every((p) => p.checksum === crc32(p.bytes))).toBe(true);
    // Searched from the moved pages as they are: no rebuild (that would store base 2).
    expect(search(loadStoredSearchIndex(db), '护照').hits.some((h) => h.unit === '护照科')).toBe(true);
    expect(db.prepare('SELECT base, built_at FROM search_index').get()).toEqual({
      base: 1,
      built_at: '2025-03-01T00:00:00.000Z',
    });
    db.close();

    const damaged = openDatabase(blobAt11(true).file);
    expect(damaged.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(0);
    expect(damaged.prepare('SELECT count(*) FROM search_index_pages').pluck().get()).toBe(0);
    expect(search(loadStoredSearchIndex(damaged), '护照').hits.some((h) => h.unit === '护照科')).toBe(true);
    expect(damaged.prepare('SELECT base FROM search_index').pluck().get()).toBe(1);
    damaged.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = databaseAt(4);
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer OrgAtlas \(schema 99/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite database without adding tables to it", () => {
    const file = path.join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE notes (body TEXT)');
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/not an OrgAtlas database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a failing migration step leaves the database at the previous version', () => {
    const file = databaseAt(1);
    const raw = new Database(file);
    // A table in the way makes step 2 fail halfway through its transaction.
    raw.exec('CREATE TABLE search_index (x)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/already exists/);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare('SELECT name FROM offices').pluck().all()).toEqual(['旧机关']);
    check.close();
  });
});
