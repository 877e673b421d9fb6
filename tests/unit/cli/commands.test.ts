// The CLI's four commands on the seed document, run as a real subprocess. Expected values
// are read off data/000_8d796a1540accf81.txt by hand.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument, SearchResult } from '../../../shared/types.ts';
import type { JsonExport } from '../../../electron/node/store/export.ts';
import { SEED_UNIT_NAMES as seedUnits } from '../../fixtures/seed-expected.ts';
import { orgatlas, repoRoot, seedFile, tempDir } from './run.ts';

const watermarks = ['M8!9Gd5~6kN9;9W', 'l5.2xW9:5Rp1-9N', 'J7?7uW2:4ZK4+2b', 's2+3Tl8?2OO4?5z'];

describe('orgatlas parse', () => {
  it('--json prints the parsed seed and writes nothing', () => {
    const home = tempDir();
    const run = orgatlas(['parse', seedFile, '--json'], { ORGATLAS_DB: path.join(home, 'never.db') });
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as ParsedDocument;
    expect(doc.office.name).toBe('江西省人民政府外事办公室');
    expect(doc.office.duties).toHaveLength(9);
    expect(doc.office.duties[8]).toEqual({ label: '九', text: '完成省委、省政府交办的其他任务。', line: 13 });
    expect(doc.office.units.map((u) => u.name)).toEqual(seedUnits);
    expect(doc.office.units[4]).toMatchObject({ name: '亚洲处', aliases: ['省港澳事务处'], label: '四', line: 23 });
    expect(doc.office.units[7]!.people).toEqual([{ title: '专职副书记', name: '顾健红', line: 31 }]);
    expect(doc.office.address).toBe('南昌市苏圃路157号');
    expect(doc.diagnostics.some((d) => d.line === 21)).toBe(true);
    for (const mark of watermarks) expect(run.stdout).not.toContain(mark);
    expect(existsSync(path.join(home, 'never.db'))).toBe(false);
  });

  it('without --json prints a readable summary', () => {
    const run = orgatlas(['parse', seedFile]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^江西省人民政府外事办公室 {2}\(/);
    expect(run.stdout).toContain('9 duties, 9 units, 2 honours');
    expect(run.stdout).toContain('- 四 亚洲处(省港澳事务处)  line 23');
    expect(run.stdout).toContain('专职副书记：顾健红');
    expect(run.stdout).toContain('address: 南昌市苏圃路157号');
    expect(run.stdout).not.toContain('affiliated units');
  });

  it('without --json lists affiliated units under their own heading after the internal ones', () => {
    const run = orgatlas(['parse', path.join(repoRoot, 'tests/fixtures/documents/province-units-affiliated.txt')]);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').map((l) => l.trim());
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at('units:')).toBeGreaterThan(0);
    expect(at('- 礼宾处')).toBeGreaterThan(at('units:'));
    expect(at('affiliated units (直属单位):')).toBeGreaterThan(at('- 礼宾处'));
    expect(at('- 湖南省外事服务中心')).toBeGreaterThan(at('affiliated units (直属单位):'));
    expect(at('- 湖南省国际交流中心')).toBeGreaterThan(at('- 湖南省外事服务中心'));
  });

  it('--options name overrides the office name', () => {
    const run = orgatlas(['parse', seedFile, '--json', '--options', '{"name":"测试外办"}']);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as ParsedDocument).office.name).toBe('测试外办');
  });
});

describe('GBK documents', () => {
  const gbkFile = path.join(repoRoot, 'tests', 'unit', 'store', 'fixtures', 'nanchang-fao-gbk.txt');

  it('are detected, or decoded as told with --options encoding, and stored with their encoding', () => {
    for (const options of [[], ['--options', '{"encoding":"gbk"}']]) {
      const run = orgatlas(['parse', gbkFile, '--json', ...options]);
      expect(run.status, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as ParsedDocument).office.units.map((u) => u.name)).toEqual([
        '办公室',
        '护照签证科',
        '友城交流科',
      ]);
    }
    const db = path.join(tempDir(), 'atlas.db');
    expect(orgatlas(['import', gbkFile, '--db', db]).status).toBe(0);
    const data = JSON.parse(orgatlas(['export', '--db', db, '--format', 'json']).stdout) as JsonExport;
    expect(data.sources[0]!.encoding).toMatch(/^(gbk|gb18030)$/);
    expect(data.sources[0]!.lines[9]).toBe('二、护照签证科'); // line 10
  });
});

describe('orgatlas import, search, export', () => {
  it('imports the seed, finds 护照 and exports the whole database', () => {
    const db = path.join(tempDir(), 'atlas.db');
    const imported = orgatlas(['import', seedFile, '--db', db]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(
      /^imported .*000_8d796a1540accf81\.txt: 江西省人民政府外事办公室 \(9 units, \d+ duties/,
    );
    expect(imported.stdout.trim().split('\n')).toHaveLength(1);

    const searched = orgatlas(['search', '护照', '--db', db, '--json', '--limit', '3']);
    expect(searched.status, searched.stderr).toBe(0);
    const result = JSON.parse(searched.stdout) as SearchResult;
    expect(result.query).toBe('护照');
    expect(typeof result.tookMs).toBe('number');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.length).toBeLessThanOrEqual(3);
    for (const hit of result.hits) {
      expect(Object.keys(hit)).toEqual(expect.arrayContaining(['kind', 'office', 'unit', 'text', 'score', 'matches']));
      expect(hit.office).toBe('江西省人民政府外事办公室');
      for (const [start, end] of hit.matches) expect(hit.text.slice(start, end)).toMatch(/护|照/);
    }
    // 护照 is written in office duty 三 (line 7) and in 出国(境)管理处's duty (line 20).
    const all = JSON.parse(orgatlas(['search', '护照', '--db', db, '--json']).stdout) as SearchResult;
    expect(all.hits.some((h) => h.kind === 'duty' && h.unit === null && h.line === 7)).toBe(true);
    expect(all.hits.some((h) => h.kind === 'duty' && h.unit === '出国(境)管理处' && h.line === 20)).toBe(true);

    const human = orgatlas(['search', '亚洲处', '--db', db]);
    expect(human.stdout).toContain('[unit] 江西省人民政府外事办公室 › 亚洲处: 亚洲处');

    const json = orgatlas(['export', '--db', db, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout) as JsonExport;
    expect(data.offices.map((o) => o.name)).toEqual(['江西省人民政府外事办公室']);
    expect(data.offices[0]!.units.map((u) => u.name)).toEqual(seedUnits);
    expect(data.offices[0]!.units.map((u) => u.kind)).toEqual(seedUnits.map(() => 'internal'));
    expect(data.sources).toHaveLength(1);
    expect(data.sources[0]).toMatchObject({ path: '000_8d796a1540accf81.txt', lineCount: 40, encoding: 'utf-8' });
    // Provenance keeps the raw lines, watermark and all.
    expect(data.sources[0]!.lines[37]).toBe('南昌市苏圃路157号 l5.2xW9:5Rp1-9N');
    // From `sha256sum data/000_8d796a1540accf81.txt`.
    expect(data.sources[0]!.sha256).toBe('8611854a08339bf99205109d2c905bc063e49ed8706f7eaa95c18508370d2402');

    const csv = orgatlas(['export', '--db', db, '--format', 'csv']);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFkind,office,unit,label,text,line,source,unit_kind\r\n')).toBe(true);
    const rows = csv.stdout.split('\r\n');
    expect(rows).toContain('unit,江西省人民政府外事办公室,亚洲处,四,亚洲处,23,000_8d796a1540accf81.txt,internal');
    expect(rows).toContain(
      'person,江西省人民政府外事办公室,直属机关党委,专职副书记,顾健红,31,000_8d796a1540accf81.txt,internal',
    );
    expect(rows).toContain('address,江西省人民政府外事办公室,,,南昌市苏圃路157号,,000_8d796a1540accf81.txt,');
    // A text with commas is quoted.
    expect(rows).toContain(
      'honor,江西省人民政府外事办公室,,2019-03,"2019年3月,获得“江西省第十五届文明单位”荣誉。",35,000_8d796a1540accf81.txt,',
    );
  });

  it('re-importing the same office replaces it', () => {
    const dir = tempDir();
    const db = path.join(dir, 'atlas.db');
    expect(orgatlas(['import', seedFile, '--db', db]).status).toBe(0);
    expect(orgatlas(['import', seedFile, '--db', db]).status).toBe(0);
    const data = JSON.parse(orgatlas(['export', '--db', db, '--format', 'json']).stdout) as JsonExport;
    expect(data.offices).toHaveLength(1);
    expect(data.sources).toHaveLength(1);
    expect(data.offices[0]!.units).toHaveLength(9);
  });
});

describe('the default database', () => {
  it('is built from data/ in the user-data folder on first use', () => {
    const home = tempDir();
    const env = {
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      ORGATLAS_DB: undefined,
      ORGATLAS_DATA_DIR: undefined,
    };
    const run = orgatlas(['search', '护照', '--json'], env);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as SearchResult).hits.length).toBeGreaterThan(0);
    const dbFile = path.join(home, 'config', 'OrgAtlas', 'orgatlas.db');
    expect(existsSync(dbFile)).toBe(true);
    expect(readFileSync(path.join(repoRoot, 'data', '000_8d796a1540accf81.txt')).equals(readFileSync(seedFile))).toBe(
      true,
    );
    const exported = orgatlas(['export', '--format', 'csv'], env);
    expect(exported.stdout).toContain('江西省人民政府外事办公室');
  });

  it('ORGATLAS_DB chooses where it is built', () => {
    const dbFile = path.join(tempDir(), 'nested', 'mine.db');
    const run = orgatlas(['export', '--format', 'json'], { ORGATLAS_DB: dbFile });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as JsonExport).offices).toHaveLength(1);
    expect(existsSync(dbFile)).toBe(true);
  });

  it('follows an updated data folder: a changed shipped document is searched in its new form', () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    mkdirSync(dataDir);
    const shipped = path.join(dataDir, path.basename(seedFile));
    copyFileSync(seedFile, shipped);
    const env = { ORGATLAS_DB: path.join(dir, 'default.db'), ORGATLAS_DATA_DIR: dataDir };
    const unitsFound = (query: string) => {
      const run = orgatlas(['search', query, '--json'], env);
      expect(run.status, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as SearchResult).hits.filter((h) => h.kind === 'unit').map((h) => h.unit);
    };
    expect(unitsFound('领事安全处')).toContain('领事安全处');
    // The update renames a division (line 21 of the seed).
    writeFileSync(shipped, readFileSync(seedFile, 'utf8').replace('三、领事安全处', '三、领事保护处'));
    expect(unitsFound('领事保护处')).toContain('领事保护处');
    expect(unitsFound('领事安全处')).not.toContain('领事安全处');
  });
});
