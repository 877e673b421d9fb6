// Importing real documents through the store with the real parser. Expected values are
// read off the documents by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { fixture, repoRoot, seedFile, tempDir } from './helpers.ts';

const newStore = () => openStore(path.join(tempDir(), 'atlas.db'), { create: true });

describe('importing the seed', () => {
  it('stores what the document says', async () => {
    const store = newStore();
    const [report] = await store.importFiles([seedFile]);
    expect(report).toMatchObject({ office: '江西省人民政府外事办公室', unitCount: 9 });
    const office = store.getOffice(report!.officeId);

    expect(office.name).toBe('江西省人民政府外事办公室');
    expect(office.duties.map((d) => [d.label, d.line])).toEqual([
      ['一', 5],
      ['二', 6],
      ['三', 7],
      ['四', 8],
      ['五', 9],
      ['六', 10],
      ['七', 11],
      ['八', 12],
      ['九', 13],
    ]);
    expect(office.duties[8]!.text).toBe('完成省委、省政府交办的其他任务。');
    expect(office.units.map((u) => [u.label, u.name, u.line])).toEqual([
      ['一', '省委外办秘书处', 15],
      ['二', '综合处', 17],
      ['三', '出国(境)管理处', 19],
      ['三', '领事安全处', 21],
      ['四', '亚洲处', 23],
      ['五', '欧洲处', 25],
      ['六', '美大非处', 27],
      ['七', '直属机关党委', 29],
      ['八', '机关后勤服务中心', 32],
    ]);
    expect(office.units[4]!.aliases).toEqual(['省港澳事务处']);
    expect(office.units[0]!.duties.map((d) => [d.text, d.line])).toEqual([['承担省委外事工作委员会日常工作。', 16]]);
    // 出国(境)管理处's one duty paragraph has six clauses separated by ；.
    const exit = office.units[2]!.duties;
    expect(exit.map((d) => d.line)).toEqual([20]);
    expect(exit[0]!.clauses).toHaveLength(6);
    expect(exit[0]!.clauses[2]).toContain('负责因公出国护照、赴港澳通行证颁发和管理工作');
    expect(office.units[7]!.people.map((p) => [p.title, p.name, p.line])).toEqual([['专职副书记', '顾健红', 31]]);
    expect(office.honors.map((h) => [h.date, h.line])).toEqual([
      ['2019-03', 35],
      ['2020-04', 36],
    ]);
    expect(office.address).toBe('南昌市苏圃路157号');
    expect(office.source).toMatchObject({
      path: '000_8d796a1540accf81.txt',
      sha256: '8611854a08339bf99205109d2c905bc063e49ed8706f7eaa95c18508370d2402', // sha256sum of the file
      lineCount: 40,
    });
    expect(office.diagnostics.some((d) => d.line === 21)).toBe(true);
    expect(store.getSourceLines(office.source.id, 37, 38)).toEqual([
      { line: 37, text: '通信地址' },
      { line: 38, text: '南昌市苏圃路157号 l5.2xW9:5Rp1-9N' },
    ]);
    const hits = store.search('护照').hits;
    expect(hits.some((h) => h.kind === 'duty' && h.unit === '出国(境)管理处' && h.line === 20)).toBe(true);
    store.close();
  });

  it('stores each unit as internal or affiliated, as the section it was listed in says', async () => {
    const store = newStore();
    const [report] = await store.importFiles([
      path.join(repoRoot, 'tests/fixtures/documents/province-units-affiliated.txt'),
    ]);
    const office = store.getOffice(report!.officeId);
    // 内设处室 lists three units, 直属单位 two.
    expect(office.units.map((u) => [u.name, u.kind])).toEqual([
      ['办公室', 'internal'],
      ['综合处', 'internal'],
      ['礼宾处', 'internal'],
      ['湖南省外事服务中心', 'affiliated'],
      ['湖南省国际交流中心', 'affiliated'],
    ]);
    expect(store.getUnit(office.units[3]!.id).unit).toMatchObject({ name: '湖南省外事服务中心', kind: 'affiliated' });
    expect(
      store.getOffice((await store.importFiles([seedFile]))[0]!.officeId).units.every((u) => u.kind === 'internal'),
    ).toBe(true);
    store.close();
  });

  it('re-importing the office replaces it and leaves nothing of the old one', async () => {
    const store = newStore();
    const [first] = await store.importFiles([seedFile]);
    expect(store.search('综合处').hits.some((h) => h.kind === 'unit')).toBe(true); // loads the index
    const edited = path.join(tempDir(), 'edited.txt');
    writeFileSync(edited, readFileSync(seedFile, 'utf8').replace('二、综合处', '二、综合业务处'));
    const [second] = await store.importFiles([edited]);
    expect(store.listOffices().map((o) => o.name)).toEqual(['江西省人民政府外事办公室']);
    expect(() => store.getOffice(first!.officeId)).toThrow(/No office/);
    const office = store.getOffice(second!.officeId);
    expect(office.units[1]!.name).toBe('综合业务处');
    expect(office.source.path).toBe('edited.txt');
    expect(store.search('综合业务处').hits.length).toBeGreaterThan(0);
    store.close();
  });

  it('imports several documents at once, each its own office', async () => {
    const store = newStore();
    const reports = await store.importFiles([seedFile, fixture('nanchang-fao.txt')]);
    expect(reports.map((r) => r.unitCount)).toEqual([9, 3]);
    expect(store.listOffices()).toHaveLength(2);
    const nanchang = store.getOffice(reports[1]!.officeId);
    expect(nanchang.units.map((u) => u.name)).toEqual(['办公室', '护照签证科', '友城交流科']);
    expect(nanchang.units[1]!.duties[0]!.clauses).toHaveLength(2);
    store.close();
  });

  it('a failure halfway through an import leaves the database byte-for-byte as it was', async () => {
    const store = newStore();
    await store.importFiles([seedFile]);
    const before = { json: store.exportAll('json'), csv: store.exportAll('csv') };
    const db = openDatabase(store.path);
    // The second document's 友城交流科 duty is refused after the first document (a new copy of
    // the seed, replacing the stored office) and most of the second were written.
    db.exec(`CREATE TRIGGER refuse_marker BEFORE INSERT ON duties WHEN NEW.text LIKE '%国际友好城市的缔结与交流%'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    db.close();
    await expect(store.importFiles([seedFile, fixture('nanchang-fao.txt')])).rejects.toThrow(
      'import failed and nothing was changed: injected failure',
    );
    expect(store.exportAll('json')).toBe(before.json);
    expect(store.exportAll('csv')).toBe(before.csv);
    expect(store.search('友城交流科').hits.filter((h) => h.unit === '友城交流科')).toEqual([]);
    store.close();
  });

  it('an unreadable file among several imports none of them', async () => {
    const store = newStore();
    const empty = path.join(tempDir(), 'empty.txt');
    writeFileSync(empty, '');
    await expect(store.importFiles([seedFile, empty])).rejects.toThrow(/empty\.txt: .*empty/);
    expect(store.listOffices()).toEqual([]);
    expect(JSON.parse(store.exportAll('json'))).toMatchObject({ offices: [], sources: [] });
    store.close();
  });
});
