// The store over hand-built documents (values typed by hand, independent of the parser).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { createApiImplementation, dispatchApiCall } from '../../../electron/node/api/index.ts';
import { handOffice, seedFile, storedBaseBytes, tempDir, writeDocuments } from './helpers.ts';
import type { ParsedDocument } from '../../../shared/types.ts';

function databaseWith(docs: ParsedDocument[]): string {
  const file = path.join(tempDir(), 'store.db');
  const db = openDatabase(file, { create: true });
  writeDocuments(db, docs);
  db.close();
  return file;
}

describe('store over hand-built documents', () => {
  it('reads an office back with its unit tree, duties, clauses, people and provenance', () => {
    const store = openStore(databaseWith([handOffice()]));
    expect(store.listOffices()).toEqual([
      {
        id: 1,
        name: '样例市人民政府办公室',
        aliases: ['样例市政府办'],
        unitCount: 3,
        dutyCount: 2,
        units: [
          { id: expect.any(Number), name: '秘书科', kind: 'internal', label: '(一)', line: 7 },
          { id: expect.any(Number), name: '督查科', kind: 'affiliated', label: '(二)', line: 12 },
        ],
        repeatedLabelLines: [],
      },
    ]);
    const office = store.getOffice(1);
    expect(office).toMatchObject({
      name: '样例市人民政府办公室',
      aliases: ['样例市政府办'],
      formerNames: ['样例市人民政府办公厅'],
      summary: ['样例市人民政府办公室是市政府工作部门。'],
      address: '样例市中山路1号',
      asOf: '2023-01',
      people: [{ title: '主任', name: '王芳', line: 15 }],
      honors: [{ date: '2021-05', text: '获评市级文明单位', line: 17 }],
      contacts: [{ label: '电话', value: '0791-1234567', line: 19 }],
      diagnostics: [{ line: 12, severity: 'warning', code: 'count-mismatch', message: '设3个科室, found 2' }],
      source: { path: 'doc0.txt', sha256: 'ab'.repeat(32), importedAt: '2024-01-01T00:00:00.000Z', lineCount: 20 },
    });
    expect(office.duties.map((d) => [d.label, d.text, d.line])).toEqual([
      ['一', '负责市政府会议的组织工作；承办市政府公文。', 4],
      ['二', '督促检查市政府决定事项的落实。', 5],
    ]);
    expect(office.duties[0]!.clauses).toHaveLength(2);
    expect(office.units.map((u) => [u.name, u.kind, u.aliases, u.label, u.line, u.order, u.parentId])).toEqual([
      ['秘书科', 'internal', ['文电科'], '(一)', 7, 0, null],
      ['督查科', 'affiliated', [], '(二)', 12, 1, null],
    ]);
    const [secretariat] = office.units;
    expect(secretariat!.people).toMatchObject([{ title: '科长', name: '李明', line: 9 }]);
    expect(secretariat!.units).toHaveLength(1);
    expect(secretariat!.units[0]).toMatchObject({
      name: '档案室',
      kind: 'internal',
      formerNames: ['机要室'],
      parentId: secretariat!.id,
      order: 0,
      line: 10,
      duties: [{ label: null, text: '管理机关档案', line: 11 }],
    });
    store.close();
  });

  it('getUnit gives the unit with its ancestors and siblings; unknown ids are not-found', () => {
    const store = openStore(databaseWith([handOffice()]));
    const archive = store.getOffice(1).units[0]!.units[0]!;
    const detail = store.getUnit(archive.id);
    expect(detail.unit.name).toBe('档案室');
    expect(detail.office).toEqual({ id: 1, name: '样例市人民政府办公室' });
    expect(detail.path.map((p) => p.name)).toEqual(['秘书科']);
    expect(detail.siblings).toEqual([{ id: archive.id, name: '档案室', kind: 'internal', label: null, line: 10 }]);
    expect(detail.repeatedLabelLines).toEqual([]);
    // A top-level unit is listed with the top-level units of its own kind only.
    const secretariat = store.getUnit(detail.path[0]!.id);
    expect(secretariat.path).toEqual([]);
    expect(secretariat.siblings.map((s) => s.name)).toEqual(['秘书科']);
    expect(() => store.getUnit(999)).toThrow(/No unit with id 999/);
    expect(() => store.getOffice(999)).toThrow(/No office with id 999/);
    store.close();
  });

  it('serves source lines by range and rejects bad ranges', () => {
    const store = openStore(databaseWith([handOffice()]));
    const sourceId = store.getOffice(1).source.id;
    expect(store.getSourceLines(sourceId, 19, 25)).toEqual([
      { line: 19, text: 'raw line 19' },
      { line: 20, text: 'raw line 20' },
    ]);
    expect(() => store.getSourceLines(sourceId, 5, 4)).toThrow(/empty/);
    expect(() => store.getSourceLines(sourceId, 1, 100_000)).toThrow(/At most/);
    expect(() => store.getSourceLines(sourceId + 1, 1, 2)).toThrow(/No source/);
    store.close();
  });

  it('a second document with the same office name replaces the first, whole', () => {
    const changed = handOffice();
    changed.office.units = [changed.office.units[1]!];
    const store = openStore(databaseWith([handOffice(), changed, handOffice('另一个局')]));
    expect(store.listOffices().map((o) => [o.name, o.unitCount])).toEqual([
      ['样例市人民政府办公室', 1],
      ['另一个局', 3],
    ]);
    const office = store.getOffice(store.listOffices()[0]!.id);
    expect(office.units.map((u) => u.name)).toEqual(['督查科']);
    expect(office.source.path).toBe('doc1.txt');
    store.close();
    // Nothing of the replaced office is left behind.
    const db = openDatabase(store.path);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('sources')).toBe(2);
    expect(count('source_lines')).toBe(40);
    expect(count('units')).toBe(4);
    expect(count('people')).toBe(2 + 0 + 1);
    db.close();
  });

  it('search finds stored records and follows changes made through another connection', () => {
    const file = databaseWith([handOffice()]);
    const store = openStore(file);
    const hit = store.search('督查科').hits.find((h) => h.kind === 'unit');
    expect(hit).toMatchObject({ office: '样例市人民政府办公室', unit: '督查科', line: 12 });
    expect(store.search('外事侨务').hits).toEqual([]);

    const other = openDatabase(file);
    const doc = handOffice('样例市外事侨务办公室');
    writeDocuments(other, [doc]);
    other.close();
    expect(store.search('外事侨务').hits.some((h) => h.kind === 'office' && h.office === '样例市外事侨务办公室')).toBe(
      true,
    );
    store.close();
  });

  it('an index blob this version cannot read is rebuilt from the offices and stored again', () => {
    const file = databaseWith([handOffice()]);
    const db = openDatabase(file);
    // Pages that are intact (their checksums hold) but hold what this version cannot read.
    const foreign = Buffer.from('an index from another version');
    db.transaction(() => {
      const { base } = db.prepare('SELECT base FROM search_index').get() as { base: number };
      db.prepare('DELETE FROM search_index_pages').run();
      db.prepare('INSERT INTO search_index_pages (base, page, bytes, checksum) VALUES (?, 0, ?, ?)').run(
        base,
        foreign,
        crc32(foreign),
      );
      db.prepare('UPDATE search_index SET size = ?').run(foreign.length);
    })();
    db.close();
    const store = openStore(file);
    expect(store.search('督查科').hits.some((h) => h.kind === 'unit' && h.unit === '督查科')).toBe(true);
    store.close();
    const check = openDatabase(file);
    expect(storedBaseBytes(check).toString()).not.toBe(foreign.toString());
    check.close();
  });

  it('a read-only store reads and searches but refuses to import, writing nothing', async () => {
    const file = databaseWith([handOffice()]);
    const bytes = readFileSync(file);
    const store = openStore(file, { readonly: true });
    expect(store.getOffice(1).name).toBe('样例市人民政府办公室');
    expect(store.search('秘书科').hits.some((h) => h.unitId === store.getOffice(1).units[0]!.id)).toBe(true);
    await expect(store.importFiles([seedFile])).rejects.toThrow(/is read-only .*nothing can be imported/);
    store.close();
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('the API implementation answers through dispatchApiCall, errors as values', async () => {
    const store = openStore(databaseWith([handOffice()]));
    const api = createApiImplementation(store);
    const office = await dispatchApiCall(api, 'getOffice', { officeId: 1 });
    expect(office.ok && (office.value as { name: string }).name).toBe('样例市人民政府办公室');
    expect(await dispatchApiCall(api, 'getOffice', { officeId: 42 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No office with id 42' },
    });
    expect(await dispatchApiCall(api, 'getSourceLines', { sourceId: 1, from: 3, to: 2 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const found = await dispatchApiCall(api, 'search', { query: '李明', limit: 5, officeId: 1 });
    expect(found.ok && (found.value as { hits: { kind: string }[] }).hits.map((h) => h.kind)).toContain('person');
    const list = await dispatchApiCall(api, 'listOffices', {});
    expect(list).toMatchObject({ ok: true, value: [{ id: 1, unitCount: 3 }] });
    store.close();
  });

  it('an import that fails halfway leaves the database exactly as it was', () => {
    const file = databaseWith([handOffice()]);
    const before = openStore(file);
    const jsonBefore = before.exportAll('json');
    const csvBefore = before.exportAll('csv');
    before.close();

    const db = openDatabase(file);
    db.exec(`CREATE TRIGGER refuse_marker BEFORE INSERT ON duties WHEN NEW.text LIKE '%故障标记%'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const replacement = handOffice();
    replacement.office.units[1]!.duties.push({ label: null, text: '含有故障标记的职责', line: 14 });
    // The first document replaces the stored office (deleting it), the second is new; the
    // failure comes in the first, after its delete and several inserts.
    expect(() => writeDocuments(db, [replacement, handOffice('新机关')])).toThrow(/injected failure/);
    db.exec('DROP TRIGGER refuse_marker');
    db.close();

    const after = openStore(file);
    expect(after.exportAll('json')).toBe(jsonBefore);
    expect(after.exportAll('csv')).toBe(csvBefore);
    after.close();
  });
});
