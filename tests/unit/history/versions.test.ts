// Versions of an office through the real store and parser: every import is kept, history
// lists them newest first with what changed, rollback writes an old state as a new version.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../electron/node/store/errors.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { handOffice, writeDocuments } from '../store/helpers.ts';
import { editedSeed, newStore, SEED_OFFICE, seedFile, tempDir } from './helpers.ts';

const unitNames = (store: ReturnType<typeof newStore>) => {
  const office = store.listOffices().find((o) => o.name === SEED_OFFICE)!;
  return store.getOffice(office.id).units.map((u) => u.name);
};

describe('office versions', () => {
  it('the first import is version 1, dated from the document', async () => {
    const store = newStore();
    await store.importFiles([seedFile]);
    const [v1, ...rest] = store.history(SEED_OFFICE);
    expect(rest).toEqual([]);
    expect(v1).toMatchObject({
      number: 1,
      origin: 'import',
      sourceFile: '000_8d796a1540accf81.txt',
      current: true,
      // 江西省2018年机构改革 in the intro.
      asOf: '2018',
      summary: '首次收录：9 个处室，18 项职责',
    });
    store.close();
  });

  it('a re-import with a renamed and an added unit is version 2; version 1 is kept', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    await store.importFiles([seedFile]);
    const newer = editedSeed(dir, 'newer.txt', [
      ['五、欧洲处', '五、欧洲事务处'],
      ['六、美大非处', '六、新闻文化处\n负责对外新闻发布和人文交流工作。\n七、美大非处'],
    ]);
    const [report] = await store.importFiles([newer]);
    expect(report!.summary).toBe('新增 1 个处室，更名 1 个');
    const history = store.history(SEED_OFFICE);
    expect(history.map((v) => [v.number, v.sourceFile, v.current])).toEqual([
      [2, 'newer.txt', true],
      [1, '000_8d796a1540accf81.txt', false],
    ]);
    const diff = store.diffVersions(SEED_OFFICE, 1, 2).diff;
    expect(diff.unitsRenamed.map((r) => [r.before.name, r.after.name])).toEqual([['欧洲处', '欧洲事务处']]);
    expect(diff.unitsAdded.map((u) => u.name)).toEqual(['新闻文化处']);
    store.close();
  });

  it('rollback makes an old version the newest one, deletes nothing, and search follows', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    await store.importFiles([seedFile]);
    await store.importFiles([editedSeed(dir, 'newer.txt', [['五、欧洲处', '五、欧洲事务处']])]);
    expect(store.search('欧洲事务处').hits[0]).toMatchObject({ kind: 'unit', unit: '欧洲事务处' });

    const report = store.rollback(SEED_OFFICE, 1);
    expect(report).toMatchObject({ office: SEED_OFFICE, number: 3, restoredFrom: 1 });
    expect(unitNames(store)).toContain('欧洲处');
    expect(unitNames(store)).not.toContain('欧洲事务处');
    expect(
      store
        .search('欧洲事务处')
        .hits.filter((h) => h.kind === 'unit')
        .map((h) => h.unit),
    ).not.toContain('欧洲事务处');

    const history = store.history(SEED_OFFICE);
    expect(history.map((v) => [v.number, v.origin, v.restoredFrom])).toEqual([
      [3, 'rollback', 1],
      [2, 'import', null],
      [1, 'import', null],
    ]);
    expect(history[0]!.summary).toBe('恢复为第 1 版：更名 1 个处室');
    expect(store.diffVersions(SEED_OFFICE, 1, 3).diff.summary).toBe('无变化');
    // The rolled-back-from version is still there and can be restored in turn.
    store.rollback(SEED_OFFICE, 2);
    expect(unitNames(store)).toContain('欧洲事务处');
    store.close();
  });

  it('stores each summary as counts, and rows written before that (text only) are read as counts again', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    await store.importFiles([seedFile]);
    await store.importFiles([editedSeed(dir, 'newer.txt', [['五、欧洲处', '五、欧洲事务处']])]);
    store.rollback(SEED_OFFICE, 1);
    // The rollback and the edit before it each rename one unit (欧洲处 ⇄ 欧洲事务处).
    const oneRename = {
      kind: 'changed',
      renamedTo: null,
      unitsAdded: 0,
      unitsRemoved: 0,
      unitsRenamed: 1,
      unitsMoved: 0,
      unitsReordered: 0,
      duties: 0,
    };
    const expected = [oneRename, oneRename, { kind: 'first', units: 9, duties: 18 }];
    expect(store.history(SEED_OFFICE).map((v) => v.changes)).toEqual(expected);
    store.close();

    // As a database written before migration 011 has them: the text line and no counts,
    // and one row whose counts do not read.
    const raw = new Database(path.join(dir, 'atlas.db'));
    raw.prepare('UPDATE office_versions SET changes = NULL WHERE number < 3').run();
    raw.prepare(`UPDATE office_versions SET changes = '{"kind":"first"}' WHERE number = 3`).run();
    raw.close();
    const reopened = openStore(path.join(dir, 'atlas.db'));
    const history = reopened.history(SEED_OFFICE);
    expect(history.map((v) => v.changes)).toEqual(expected);
    expect(history.map((v) => v.summary)).toEqual([
      '恢复为第 1 版：更名 1 个处室',
      '更名 1 个处室',
      '首次收录：9 个处室，18 项职责',
    ]);
    reopened.close();
  });

  it('refuses to roll back to the current version or to one that does not exist, changing nothing', async () => {
    const store = newStore();
    await store.importFiles([seedFile]);
    expect(() => store.rollback(SEED_OFFICE, 1)).toThrow(/already the current one/);
    expect(() => store.rollback(SEED_OFFICE, 7)).toThrow(StoreError);
    expect(() => store.rollback('没有这个机构', 1)).toThrow(/no office "没有这个机构"/);
    expect(store.history(SEED_OFFICE)).toHaveLength(1);
    store.close();
  });

  it('names an office by its id as well as by its name', async () => {
    const store = newStore();
    const [report] = await store.importFiles([seedFile]);
    expect(store.history(String(report!.officeId))[0]!.office).toBe(SEED_OFFICE);
    store.close();
  });

  it('an office stored before history was kept is its version 1, and stays when replaced', () => {
    const file = path.join(tempDir(), 'old.db');
    const store = openStore(file, { create: true });
    const raw = new Database(file);
    writeDocuments(raw, [handOffice()]);
    raw.close();
    expect(store.history('样例市人民政府办公室').map((v) => [v.number, v.origin, v.current])).toEqual([
      [1, 'earlier', true],
    ]);

    const changed = handOffice();
    changed.office.units = changed.office.units.slice(0, 1);
    store.applyUpdateInputs([
      {
        file: 'new.txt',
        parsed: changed,
        source: { path: 'new.txt', sha256: 'cd'.repeat(32), encoding: 'utf-8', lines: ['x'] },
      },
    ]);
    const history = store.history('样例市人民政府办公室');
    expect(history.map((v) => [v.number, v.origin, v.summary])).toEqual([
      [2, 'import', '撤销 1 个处室'],
      [1, 'earlier', '首次收录：3 个处室，5 项职责'],
    ]);
    // Version 1 came back from the database as it was: its affiliated unit is there again.
    store.rollback('样例市人民政府办公室', 1);
    const office = store.getOffice(store.listOffices()[0]!.id);
    expect(office.units.map((u) => [u.name, u.kind])).toEqual([
      ['秘书科', 'internal'],
      ['督查科', 'affiliated'],
    ]);
    expect(office.source.path).toBe('doc0.txt');
    store.close();
  });

  it('an undated document has no as-of date', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    await store.importFiles([
      editedSeed(dir, 'undated.txt', [
        ['江西省2018年机构改革', '江西省机构改革'],
        ['2019年3月', '某月'],
        ['2020年4月', '某月'],
      ]),
    ]);
    expect(store.history(SEED_OFFICE)[0]!.asOf).toBeNull();
    store.close();
  });

  it('adds no version for the same document read the same way again', async () => {
    const store = newStore();
    await store.importFiles([seedFile]);
    const [again] = await store.importFiles([seedFile]);
    expect(again!.summary).toBe('无变化');
    expect(store.history(SEED_OFFICE)).toHaveLength(1);
    store.close();
  });

  it('stores a source once however often it comes back', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.db');
    const store = openStore(file, { create: true });
    await store.importFiles([seedFile]);
    await store.importFiles([editedSeed(dir, 'b.txt', [['五、欧洲处', '五、欧洲事务处']])]);
    store.rollback(SEED_OFFICE, 1);
    store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM office_versions').pluck().get()).toBe(3);
    expect(raw.prepare('SELECT count(*) FROM version_sources').pluck().get()).toBe(2);
    raw.close();
  });
});
