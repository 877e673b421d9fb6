// Migration 008 and imports place offices (region, level, kind); the directory lists them and
// the search API's region and level filters keep only those offices' hits.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localApiClient, createApiImplementation } from '../../../electron/node/api/index.ts';
import { APPLICATION_ID, openDatabase } from '../../../electron/node/store/connection.ts';
import { migrate } from '../../../electron/node/store/migrations/index.ts';
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
    expect(store.officeIdsMatching({ region: '火星' })).toEqual([]);
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
