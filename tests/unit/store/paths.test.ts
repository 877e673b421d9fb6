import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/node/store/store.ts';
import {
  defaultDataDir,
  ensureDefaultDatabase,
  resolveDefaultDatabase,
  userDataDir,
} from '../../../electron/node/host/default-database.ts';
import { repoRoot, seedFile, tempDir } from './helpers.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('default locations', () => {
  it("match Electron's userData folder for productName OrgAtlas on each platform", () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux', '/home/li')).toBe('/x/cfg/OrgAtlas');
    expect(userDataDir({}, 'linux', '/home/li')).toBe('/home/li/.config/OrgAtlas');
    expect(userDataDir({}, 'darwin', '/Users/li')).toBe('/Users/li/Library/Application Support/OrgAtlas');
    expect(userDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming\\OrgAtlas',
    );
  });

  it('put the database in the user-data folder unless ORGATLAS_DB names one', () => {
    expect(resolveDefaultDatabase({ XDG_CONFIG_HOME: '/x/cfg' })).toMatch(
      /^(\/x\/cfg|.*\\x\\cfg)[/\\]OrgAtlas[/\\]orgatlas\.db$/,
    );
    expect(resolveDefaultDatabase({ ORGATLAS_DB: '/tmp/elsewhere/my.db' })).toBe(path.resolve('/tmp/elsewhere/my.db'));
  });

  it('find the shipped documents in data/ at the repository root unless ORGATLAS_DATA_DIR is set', () => {
    expect(path.resolve(defaultDataDir({}))).toBe(path.join(repoRoot, 'data'));
    expect(defaultDataDir({ ORGATLAS_DATA_DIR: '/opt/orgatlas/data' })).toBe(path.resolve('/opt/orgatlas/data'));
  });
});

describe('ensureDefaultDatabase', () => {
  it('builds the database from every shipped document once, without touching the documents', () => {
    const dataDir = path.join(tempDir(), 'data');
    cpSync(path.join(repoRoot, 'data'), dataDir, { recursive: true });
    const shipped = readdirSync(dataDir).map((name) => [name, sha(path.join(dataDir, name))]);
    const dbPath = path.join(tempDir(), 'cfg', 'OrgAtlas', 'orgatlas.db');

    expect(ensureDefaultDatabase({ dataDir, dbPath })).toBe(dbPath);
    expect(readdirSync(path.dirname(dbPath)).sort()).toEqual(['orgatlas.db', 'orgatlas.db.journal']);
    const store = openStore(dbPath);
    expect(store.listOffices().map((o) => o.name)).toEqual(['江西省人民政府外事办公室']);
    expect(store.search('护照').hits.length).toBeGreaterThan(0);
    store.close();

    const built = statSync(dbPath).mtimeMs;
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(statSync(dbPath).mtimeMs).toBe(built);
    expect(readdirSync(dataDir).map((name) => [name, sha(path.join(dataDir, name))])).toEqual(shipped);
    expect(sha(path.join(dataDir, path.basename(seedFile)))).toBe(sha(seedFile));
  });

  it('leaves no database, whole or half, when a shipped document cannot be read', () => {
    const dataDir = path.join(tempDir(), 'data');
    cpSync(path.join(repoRoot, 'data'), dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'zz_empty.txt'), '');
    const dbPath = path.join(tempDir(), 'orgatlas.db');
    expect(() => ensureDefaultDatabase({ dataDir, dbPath })).toThrow(/zz_empty\.txt: .*empty/);
    expect(existsSync(dbPath)).toBe(false);
    expect(readdirSync(path.dirname(dbPath))).toEqual([]);
  });
});
