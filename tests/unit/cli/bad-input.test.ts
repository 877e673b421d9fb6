// Bad input to the CLI: one clear line on stderr, a non-zero exit, the database unchanged.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { handOffice, writeDocuments } from '../store/helpers.ts';
import { expectOneLineFailure, orgatlas, seedFile, tempDir } from './run.ts';

let dir: string;
let db: string;

/** A database with one hand-built office in it. */
beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, 'atlas.db');
  const conn = openDatabase(db, { create: true });
  writeDocuments(conn, [handOffice()]);
  conn.close();
});

/** The whole database as JSON, read in-process (read-only) to keep the test quick. */
const exportJson = () => {
  const store = openStore(db, { readonly: true });
  try {
    return store.exportAll('json');
  } finally {
    store.close();
  }
};

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** 100 MiB of nothing, made sparse so the test stays fast; the size check must refuse it unread. */
function hugeFile(): string {
  const p = path.join(dir, 'huge.txt');
  const fd = openSync(p, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  return p;
}

const binaryBytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256));

describe('bad documents', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => path.join(dir, 'nope.txt'), /nope\.txt: no such file/],
    [
      'a directory',
      () => {
        const d = path.join(dir, 'folder');
        mkdirSync(d);
        return d;
      },
      /folder: is a directory/,
    ],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: .*empty/],
    ['a binary file', () => file('image.png', binaryBytes), /image\.png: .*(binary|not .*text)/i],
    ['a 100 MB file', hugeFile, /huge\.txt: is too large \(100\.0 MiB; .*16 MiB\)/],
  ];

  for (const [what, make, message] of cases) {
    it(`parse refuses ${what} with exit 2`, () => {
      expectOneLineFailure(orgatlas(['parse', make(), '--json']), message, 2);
    });

    it(`import refuses ${what} and leaves the database unchanged`, () => {
      const before = exportJson();
      const bytes = readFileSync(db);
      expectOneLineFailure(orgatlas(['import', make(), '--db', db]), message);
      expect(exportJson()).toBe(before);
      expect(readFileSync(db).equals(bytes)).toBe(true);
    });
  }

  it('import refuses a text that names no office unless a name is given', () => {
    const before = exportJson();
    const notes = file('notes.txt', '会议记录\n明天上午九点开会。\n');
    expectOneLineFailure(orgatlas(['import', notes, '--db', db]), /notes\.txt: no office name found in it/, 2);
    expect(exportJson()).toBe(before);
    const named = orgatlas(['import', notes, '--db', db, '--options', '{"name":"会议室管理组"}']);
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout).toMatch(/^imported .*notes\.txt: 会议室管理组 \(0 units, 0 duties/);
  });

  it('a failed import into a new --db file does not create it', () => {
    const fresh = path.join(dir, 'fresh.db');
    expectOneLineFailure(orgatlas(['import', seedFile, file('empty.txt', ''), '--db', fresh]), /empty\.txt/, 2);
    expect(existsSync(fresh)).toBe(false);
  });

  it('import of a good file together with a bad one imports neither', () => {
    const before = exportJson();
    expectOneLineFailure(orgatlas(['import', seedFile, file('empty.txt', ''), '--db', db]), /empty\.txt/);
    expect(exportJson()).toBe(before);
  });
});

describe('bad options and usage', () => {
  const cases: [string, string[], RegExp][] = [
    ['invalid JSON options', ['parse', seedFile, '--options', '{encoding:gbk}'], /--options is not valid JSON/],
    [
      'an unknown options key',
      ['import', seedFile, '--db', 'X', '--options', '{"encodng":"gbk"}'],
      /unknown key "encodng"/,
    ],
    ['an unknown encoding', ['parse', seedFile, '--options', '{"encoding":"klingon"}'], /"encoding" not an encoding/],
    ['an empty name', ['parse', seedFile, '--options', '{"name":"  "}'], /"name" must not be empty/],
    ['options that are not an object', ['parse', seedFile, '--options', '[1]'], /--options: /],
    [
      'a name for several files',
      ['import', seedFile, seedFile, '--db', 'X', '--options', '{"name":"甲"}'],
      /one file only/,
    ],
    ['an unknown command', ['serch', '护照'], /unknown command "serch"/],
    ['no command', [], /missing command/],
    ['an unknown flag', ['search', '护照', '--db', 'X', '--jsn'], /search: Unknown option '--jsn'/],
    [
      'a flag without its value',
      ['export', '--db', 'X', '--format'],
      /export: Option '--format <value>' argument missing/,
    ],
    ['a missing file argument', ['parse', '--json'], /parse: missing FILE/],
    ['a missing query', ['search', '--db', 'X'], /search: missing QUERY/],
    ['a bad limit', ['search', '护照', '--db', 'X', '--limit', '0'], /--limit must be a whole number from 1 to 500/],
    ['a non-numeric limit', ['search', '护照', '--db', 'X', '--limit', 'ten'], /--limit must be/],
    [
      'a negative limit',
      ['search', '护照', '--db', 'X', '--limit', '-5'],
      /^orgatlas: --limit must be a whole number from 1 to 500, not "-5"$/,
    ],
    [
      'two files to parse',
      ['parse', 'a.txt', 'b.txt'],
      /^orgatlas: parse: expected one FILE, got 2 \(parse reads one file at a time; "orgatlas import" takes several\)$/,
    ],
    [
      'a query in two words',
      ['search', '因公', '护照', '--db', 'X'],
      /search: expected one QUERY, got 2 \(quote a query with spaces\)/,
    ],
    ['--db given to parse, which writes nothing', ['parse', seedFile, '--db', 'X'], /parse: Unknown option '--db'/],
    ['an unknown export format', ['export', '--db', 'X', '--format', 'xml'], /unknown format "xml"/],
    ['a missing export format', ['export', '--db', 'X'], /--format json\|csv is required/],
  ];
  for (const [what, args, message] of cases) {
    it(`rejects ${what}`, () => {
      const before = readFileSync(db);
      expectOneLineFailure(orgatlas(args.map((a) => (a === 'X' ? db : a))), message, 1);
      expect(readFileSync(db).equals(before)).toBe(true);
    });
  }

  it('--help prints the usage and exits 0', () => {
    const run = orgatlas(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('orgatlas parse FILE');
    expect(run.stdout).toContain('orgatlas export [--db PATH] --format json|csv');
    const sub = orgatlas(['search', '--help']);
    expect(sub.status).toBe(0);
    expect(sub.stdout).toContain('--limit N');
  });
});

describe('bad databases', () => {
  it('an explicit --db that does not exist is refused for search and export, and not created', () => {
    const missing = path.join(dir, 'missing.db');
    expectOneLineFailure(orgatlas(['search', '护照', '--db', missing, '--json']), /missing\.db: no such file/);
    expectOneLineFailure(orgatlas(['export', '--db', missing, '--format', 'csv']), /missing\.db: no such file/);
    expect(() => readFileSync(missing)).toThrow();
  });

  it('a file of garbage bytes is refused by every command and never overwritten', () => {
    const garbage = file(
      'garbage.db',
      Uint8Array.from({ length: 10000 }, (_, i) => (i * 131) % 256),
    );
    const bytes = readFileSync(garbage);
    for (const args of [
      ['search', '护照', '--db', garbage, '--json'],
      ['export', '--db', garbage, '--format', 'json'],
      ['import', seedFile, '--db', garbage],
    ]) {
      expectOneLineFailure(orgatlas(args), /cannot open database .*garbage\.db: the file is not a database/);
      expect(readFileSync(garbage).equals(bytes)).toBe(true);
    }
  });

  it('a truncated database is refused and left as it is', () => {
    const conn = openDatabase(db);
    writeDocuments(
      conn,
      Array.from({ length: 30 }, (_, i) => handOffice(`机关${i}`)),
    );
    conn.close();
    const whole = readFileSync(db);
    writeFileSync(db, whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = readFileSync(db);
    for (const args of [
      ['search', '机关', '--db', db, '--json'],
      ['export', '--db', db, '--format', 'csv'],
    ]) {
      expectOneLineFailure(orgatlas(args), /atlas\.db: .*malformed/);
      expect(readFileSync(db).equals(cut)).toBe(true);
    }
  });

  it('an import that fails inside the transaction leaves the database unchanged', () => {
    const conn = openDatabase(db);
    conn.exec(`CREATE TRIGGER refuse_marker BEFORE INSERT ON duties WHEN NEW.text LIKE '%因公出国护照%'
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    conn.close();
    const before = exportJson();
    expectOneLineFailure(
      orgatlas(['import', seedFile, '--db', db]),
      /import failed and nothing was changed: injected failure/,
    );
    expect(exportJson()).toBe(before);
  });
});
