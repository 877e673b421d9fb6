// Migrations 008 and 013 and imports place offices (region, level, kind); the directory lists
// them and the search API's region and level filters keep only those offices' hits.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localApiClient, createApiImplementation } from '../../../electron/node/api/index.ts';
import { APPLICATION_ID, openDatabase } from '../../../electron/node/store/connection.ts';
import { migrate } from '../../../electron/node/store/migrations/index.ts';
import { refreshPlacements } from '../../../electron/node/store/placement.ts';
import { openStore, type Store } from '../../../electron/node/store/store.ts';
import { ApiError } from '../../../shared/api.ts';
import { handOffice, handSource, tempDir, writeDocuments } from './helpers.ts';

const opened: Store[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

function storeWith(names: string[]): Store {
  const file = path.join(tempDir(), 'dir.db');
  const db = openDatabase(file, { create: true });
  writeDocuments(
    db,
    names.map((name) => handOffice(name)),
  );
  db.close();
  const store = openStore(file);
  opened.push(store);
  return store;
}

describe('directory placement in the store', () => {
  it('fills region, level and kind of offices stored before migration 008 from their names', () => {
    const file = path.join(tempDir(), 'v5.db');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, 5);
    raw.exec(`
      INSERT INTO sources (id, path, sha256, encoding, imported_at) VALUES (1, 'a.txt', '${'a'.repeat(64)}', 'utf-8', '2020'), (2, 'b.txt', '${'b'.repeat(64)}', 'utf-8', '2020');
      INSERT INTO offices (id, source_id, name, aliases, summary) VALUES (1, 1, '中共南昌市委宣传部', '[]', '[]'), (2, 2, '外事办公室', '[]', '[]');
    `);
    raw.close();
    const store = openStore(file);
    opened.push(store);
    const [party, nowhere] = store.listDirectory();
    expect([party!.region.province, party!.region.city, party!.level, party!.kind]).toEqual([
      '江西省',
      '南昌市',
      'city',
      'party',
    ]);
    expect([nowhere!.region.province, nowhere!.level, nowhere!.kind]).toEqual([null, null, 'government']);
  });

  it('step 13 widens the level to national and places every office of an older database afresh, keeping its rows', () => {
    const file = path.join(tempDir(), 'v11.db');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, 11);
    // As the rules of step 8 stored them: no level for a national body, no place for a branch.
    raw.exec(`
      INSERT INTO sources (id, path, sha256, encoding, imported_at) VALUES (1, 'a.txt', '${'a'.repeat(64)}', 'utf-8', '2020'), (2, 'b.txt', '${'b'.repeat(64)}', 'utf-8', '2020'), (3, 'c.txt', '${'c'.repeat(64)}', 'utf-8', '2020');
      INSERT INTO offices (id, source_id, name, aliases, summary, level, kind) VALUES
        (4, 1, '国家统计局', '[]', '[]', NULL, 'government'),
        (5, 2, '国家税务总局南昌市税务局', '[]', '[]', NULL, 'government'),
        (6, 3, '政协南昌县委员会', '[]', '[]', NULL, 'party');
      INSERT INTO units (id, office_id, parent_id, sort_order, name, label, line) VALUES (8, 5, NULL, 0, '征管科', '一', 2);
      INSERT INTO duties (id, office_id, unit_id, sort_order, label, text, line) VALUES (9, 5, 8, 0, NULL, '负责征收管理。', 2);
    `);
    expect(() => raw.prepare("UPDATE offices SET level = 'national' WHERE id = 4").run()).toThrow(/CHECK/);
    raw.close();

    const db = openDatabase(file);
    const placed = db
      .prepare('SELECT id, region_province, region_city, region_county, level, kind FROM offices ORDER BY id')
      .raw()
      .all();
    expect(placed).toEqual([
      [4, null, null, null, 'national', 'government'],
      [5, '江西省', '南昌市', null, 'city', 'government'],
      [6, '江西省', '南昌市', '南昌县', 'county', 'government'],
    ]);
    // Rows, the foreign keys pointing at offices, and the indexes are as they were.
    expect(db.prepare('SELECT id, office_id FROM units').raw().all()).toEqual([[8, 5]]);
    expect(db.prepare('SELECT count(*) FROM duties WHERE office_id = 5').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'offices'").pluck();
    expect(indexes.all()).toEqual(expect.arrayContaining(['offices_level', 'offices_region_province']));
    expect(db.prepare("SELECT count(*) FROM offices WHERE level = 'national'").pluck().get()).toBe(1);
    // The widened check still refuses a level that does not exist; deleting an office still cascades.
    expect(() => db.prepare("UPDATE offices SET level = 'village' WHERE id = 4").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM offices WHERE id = 5').run();
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(0);
    db.close();
  });

  it('an open places afresh an office an older version read differently, and writes nothing when none differs', () => {
    const file = path.join(tempDir(), 'older.db');
    const db = openDatabase(file, { create: true });
    writeDocuments(db, [handOffice('天津经济技术开发区管理委员会'), handOffice('中共南昌市委宣传部')]);
    // What an older version's rules stored: the zone at its municipality's province level.
    db.prepare(`UPDATE offices SET level = 'province' WHERE name LIKE '天津%'`).run();
    const untouched = db.prepare(`SELECT region_city, level, kind FROM offices WHERE name LIKE '中共%'`).get();
    db.close();
    const reopened = openDatabase(file);
    const rows = reopened.prepare('SELECT name, level FROM offices ORDER BY id').all();
    expect(rows).toEqual([
      { name: '天津经济技术开发区管理委员会', level: 'city' },
      { name: '中共南昌市委宣传部', level: 'city' },
    ]);
    expect(reopened.prepare(`SELECT region_city, level, kind FROM offices WHERE name LIKE '中共%'`).get()).toEqual(
      untouched,
    );
    // Nothing differs now: a second pass finds nothing to write.
    expect(refreshPlacements(reopened)).toBe(0);
    reopened.close();
  });

  it('places imported offices, with their names in pinyin and initials', () => {
    const store = storeWith(['江西省图书馆', '青山湖区教育局']);
    const [library, bureau] = store.listDirectory();
    expect([library!.level, library!.kind, library!.initials]).toEqual(['province', 'institution', 'jxstsg']);
    expect([bureau!.region.city, bureau!.region.county, bureau!.level, bureau!.kind]).toEqual([
      '南昌市',
      '青山湖区',
      'county',
      'government',
    ]);
    expect(bureau!.pinyin).toBe('qingshanhuqujiaoyuju');
  });

  it('lists an office imported after the directory was read', () => {
    const store = storeWith(['江西省图书馆']);
    expect(store.listDirectory().map((e) => e.name)).toEqual(['江西省图书馆']);
    store.importDocuments([
      {
        path: 'x.txt',
        format: 'text',
        parsed: handOffice('南昌市图书馆'),
        source: { ...handSource('x.txt'), sha256: 'cd'.repeat(32) },
      },
    ]);
    expect(store.listDirectory().map((e) => [e.name, e.level])).toEqual([
      ['江西省图书馆', 'province'],
      ['南昌市图书馆', 'city'],
    ]);
  });

  it('finds offices by region at any level and as written, and by level', () => {
    const store = storeWith([
      '江西省教育厅',
      '南昌市教育局',
      '青山湖区教育局',
      '北京市朝阳区教育局',
      '长春市朝阳区教育局',
      '教育部',
    ]);
    const ids = Object.fromEntries(store.listDirectory().map((e) => [e.name, e.id]));
    const names = (list: number[]) => list.map((id) => Object.keys(ids).find((n) => ids[n] === id));
    expect(names(store.officeIdsMatching({ region: '江西' }))).toEqual([
      '江西省教育厅',
      '南昌市教育局',
      '青山湖区教育局',
    ]);
    expect(names(store.officeIdsMatching({ region: '南昌市' }))).toEqual(['南昌市教育局', '青山湖区教育局']);
    expect(names(store.officeIdsMatching({ region: '朝阳区' }))).toEqual(['北京市朝阳区教育局', '长春市朝阳区教育局']);
    expect(names(store.officeIdsMatching({ region: '江西', level: 'city' }))).toEqual(['南昌市教育局']);
    expect(names(store.officeIdsMatching({ level: 'province' }))).toEqual(['江西省教育厅']);
    expect(names(store.officeIdsMatching({ level: 'national' }))).toEqual(['教育部']);
    expect(store.officeIdsMatching({ region: '火星' })).toEqual([]);
    // The national bodies have no place: the area's own words keep them.
    for (const nation of ['全国', '中央', ' 国家级 ', '全国/中央'])
      expect(names(store.officeIdsMatching({ region: nation }))).toEqual(['教育部']);
    expect(store.officeIdsMatching({ region: '全国', level: 'city' })).toEqual([]);
  });
});

describe('search filters through the API', () => {
  const client = (store: Store) => localApiClient(createApiImplementation(store));

  it('keeps only hits of offices in the region and at the level asked for', async () => {
    const store = storeWith(['江西省教育厅', '南昌市教育局', '青山湖区教育局', '北京市朝阳区教育局']);
    const api = client(store);
    const offices = async (args: Parameters<typeof api.search>[0]) =>
      [...new Set((await api.search(args)).hits.map((h) => h.office))].sort();
    expect(await offices({ query: '秘书科' })).toEqual([
      '北京市朝阳区教育局',
      '南昌市教育局',
      '江西省教育厅',
      '青山湖区教育局',
    ]);
    expect(await offices({ query: '秘书科', region: '南昌市' })).toEqual(['南昌市教育局', '青山湖区教育局']);
    expect(await offices({ query: '秘书科', level: 'county' })).toEqual(['北京市朝阳区教育局', '青山湖区教育局']);
    expect(await offices({ query: '秘书科', region: '江西省', level: 'county' })).toEqual(['青山湖区教育局']);
    expect(await offices({ query: '秘书科', region: '上海市' })).toEqual([]);
  });

  it('refuses a level it does not know, in one sentence', async () => {
    const api = client(storeWith(['江西省教育厅']));
    const refused = await api.search({ query: '秘书科', level: 'village' as never }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).field).toBe('level');
  });
});
