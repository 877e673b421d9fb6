// A database that cannot be written (a read-only file, folder or disk) opens read-only:
// search and export work, an import says plainly that the database is read-only, and nothing
// is changed. A full disk says so. These need a real read-only mount or a really full disk:
// as root (where file modes do not stop writes) the CLI runs in its own mount namespace with
// a read-only bind mount or a tiny tmpfs; otherwise file modes do it.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import { importDocuments, readDocumentsForImportNow } from '../../../electron/node/store/import.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { describeSqliteError } from '../../../electron/node/store/sqlite-errors.ts';
import { repoRoot, seedFile, tempDir } from './helpers.ts';
import { writeOffice } from './states.ts';

const bin = path.join(repoRoot, 'bin', 'orgatlas.mjs');
const asRoot = process.getuid?.() === 0;
const canUnshare = asRoot && spawnSync('unshare', ['-m', 'true']).status === 0;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `setup` (shell commands) done first in a private mount namespace when root. */
function cli(args: string[], setup: string[], env: Record<string, string> = {}): Run {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const r = canUnshare
    ? spawnSync('unshare', ['-m', 'sh', '-c', [...setup, quoted].join(' && ')], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      })
    : spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const readOnlyMount = (target: string) => [
  `mount --bind '${target}' '${target}'`,
  `mount -o remount,ro,bind '${target}'`,
];

/** A database with the seed office, closed cleanly (no -wal left). */
function database(dir: string): string {
  const dbPath = path.join(dir, 'atlas.db');
  const store = openStore(dbPath, { create: true });
  store.importDocuments(readDocumentsForImportNow([seedFile]));
  store.close();
  return dbPath;
}

function expectReadOnlyWorks(dbPath: string, setup: string[]) {
  const before = readFileSync(dbPath);
  const search = cli(['search', '护照', '--db', dbPath, '--json'], setup);
  expect(search.stderr).toBe('');
  expect(search.status).toBe(0);
  expect(JSON.parse(search.stdout).hits.length).toBeGreaterThan(0);
  const exported = cli(['export', '--db', dbPath, '--format', 'json'], setup);
  expect(exported.status, exported.stderr).toBe(0);
  expect(JSON.parse(exported.stdout).offices.map((o: { name: string }) => o.name)).toEqual([
    '江西省人民政府外事办公室',
  ]);
  const other = writeOffice(path.dirname(path.dirname(dbPath)), 'other.txt', '样例市统计局', ['综合科']);
  const imported = cli(['import', other, '--db', dbPath], setup);
  expect(imported.status).toBe(1);
  const lines = imported.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^orgatlas: the database .*atlas\.db is read-only \((the file cannot be written|its folder cannot be written)\): searching and exporting work, but nothing can be imported$/,
  );
  expect(imported.stderr).not.toMatch(/damaged|not an OrgAtlas/);
  expect(readFileSync(dbPath).equals(before)).toBe(true);
}

describe.skipIf(asRoot && !canUnshare)('a database that cannot be written', () => {
  // Each runs the CLI three times: slow on a loaded machine.
  it('a read-only file: search and export work, import says the database is read-only', { timeout: 90_000 }, () => {
    const dir = path.join(tempDir(), 'db');
    mkdirSync(dir);
    const dbPath = database(dir);
    if (!asRoot) chmodSync(dbPath, 0o444);
    expectReadOnlyWorks(dbPath, readOnlyMount(dbPath));
  });

  it('a read-only folder or mount: the same, though SQLite cannot create its -shm there', { timeout: 90_000 }, () => {
    const dir = path.join(tempDir(), 'db');
    mkdirSync(dir);
    const dbPath = database(dir);
    if (!asRoot) chmodSync(dir, 0o555);
    try {
      expectReadOnlyWorks(dbPath, readOnlyMount(dir));
    } finally {
      if (!asRoot) chmodSync(dir, 0o755);
    }
  });

  it('a default database on a read-only disk opens as it is, with no refresh and no complaint', () => {
    const dir = path.join(tempDir(), 'db');
    mkdirSync(dir);
    const dbPath = database(dir);
    if (!asRoot) chmodSync(dir, 0o555);
    try {
      const r = cli(['search', '护照', '--json'], readOnlyMount(dir), { ORGATLAS_DB: dbPath });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).hits.length).toBeGreaterThan(0);
    } finally {
      if (!asRoot) chmodSync(dir, 0o755);
    }
  });
});

describe.skipIf(asRoot && !canUnshare)('a damaged database that cannot be set aside', () => {
  it('a zero-byte default database in a read-only folder: one line, the file left as it is', () => {
    const dir = path.join(tempDir(), 'db');
    mkdirSync(dir);
    const dbPath = path.join(dir, 'orgatlas.db');
    writeFileSync(dbPath, '');
    if (!asRoot) chmodSync(dir, 0o555);
    try {
      const r = cli(['search', '护照'], readOnlyMount(dir), { ORGATLAS_DB: dbPath });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /^orgatlas: cannot open database .*orgatlas\.db: the file is empty \(0 bytes\).*, and it cannot be set aside to build a new one \((EROFS|EACCES)\)\n$/,
      );
      expect(readdirSync(dir)).toEqual(['orgatlas.db']);
    } finally {
      if (!asRoot) chmodSync(dir, 0o755);
    }
  });
});

describe('a full disk', () => {
  it('an import that fills the disk says so and changes nothing (SQLITE_FULL by max_page_count)', () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'small.db');
    const db = openDatabase(dbPath, { create: true });
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    let error: unknown;
    try {
      importDocuments(db, readDocumentsForImportNow([seedFile]));
    } catch (err) {
      error = err;
    }
    expect((error as { code?: string }).code).toBe('SQLITE_FULL');
    expect(describeSqliteError(error)).toMatch(/^the disk is full \(/);
    expect(db.prepare('SELECT count(*) FROM offices').pluck().get()).toBe(0);
    db.close();
  });

  it.skipIf(!canUnshare)('a really full disk (a tiny tmpfs): the CLI import says the disk is full', () => {
    const dir = tempDir();
    const dbPath = database(path.join(dir));
    const big = writeOffice(
      dir,
      'big.txt',
      '样例市大数据局',
      Array.from({ length: 9 }, (_, i) => `数据${i}科`),
    );
    // The tmpfs holds the database and its 32 KiB -shm with a little room to spare: not the
    // import, whose WAL frames carry a new search index of about 100 KiB.
    const mnt = path.join(dir, 'mnt');
    mkdirSync(mnt);
    const size = readFileSync(dbPath).length + 64 * 1024;
    const r = cli(
      ['import', big, '--db', path.join(mnt, 'atlas.db')],
      [`mount -t tmpfs -o size=${size} tmpfs '${mnt}'`, `cp '${dbPath}' '${mnt}/atlas.db'`],
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^orgatlas: import failed and nothing was changed: the disk is full \(/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

it('the read-only mount the tests use really refuses writes', () => {
  // Without a read-only mount or file mode, a write would succeed and the tests above prove nothing.
  const dir = tempDir();
  const dbPath = database(dir);
  copyFileSync(dbPath, `${dbPath}.copy`);
  const r = canUnshare
    ? spawnSync('unshare', ['-m', 'sh', '-c', [...readOnlyMount(dir), `touch '${dir}/probe'`].join(' && ')], {
        encoding: 'utf8',
      })
    : undefined;
  if (r) expect(r.stderr).toMatch(/Read-only file system/);
  expect(new Database(dbPath).prepare('SELECT count(*) FROM offices').pluck().get()).toBe(1);
});
