// The history and package commands as real subprocesses: what they print, their exit codes,
// and that bad input leaves the database as it was.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineFailure, orgatlas, seedFile, tempDir } from './run.ts';

const OFFICE = '江西省人民政府外事办公室';

function setUp() {
  const dir = tempDir();
  const db = path.join(dir, 'atlas.db');
  const newer = path.join(dir, 'newer.txt');
  writeFileSync(
    newer,
    readFileSync(seedFile, 'utf8').replace('五、欧洲处', '五、欧洲事务处').replace('六、美大非处', '六、美大处'),
  );
  const first = orgatlas(['import', seedFile, '--db', db]);
  expect(first.status, first.stderr).toBe(0);
  return { dir, db, newer };
}

describe('orgatlas import --dry-run', () => {
  it('prints the diff against the stored office and writes nothing', () => {
    const { db, newer } = setUp();
    const before = readFileSync(db);
    const run = orgatlas(['import', newer, '--db', db, '--dry-run', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const [plan] = JSON.parse(run.stdout).offices;
    expect(plan).toMatchObject({ office: OFFICE, replaces: true, summary: '更名 2 个处室' });
    expect(
      plan.diff.unitsRenamed.map((r: { before: { name: string }; after: { name: string } }) => [
        r.before.name,
        r.after.name,
      ]),
    ).toEqual([
      ['欧洲处', '欧洲事务处'],
      ['美大非处', '美大处'],
    ]);
    expect(readFileSync(db).equals(before)).toBe(true);

    const text = orgatlas(['import', newer, '--db', db, '--dry-run']);
    expect(text.stdout).toBe(`${OFFICE} (${newer}): 更名 2 个处室\n  ~ 欧洲处 → 欧洲事务处\n  ~ 美大非处 → 美大处\n`);
  });

  it('--json without --dry-run is a usage error', () => {
    const { db, newer } = setUp();
    expectOneLineFailure(orgatlas(['import', newer, '--db', db, '--json']), /--json goes with --dry-run/, 1);
  });
});

describe('orgatlas history and rollback', () => {
  it('lists versions newest first and rolls back to one as a new version', () => {
    const { db, newer } = setUp();
    expect(orgatlas(['import', newer, '--db', db]).stdout).toMatch(/: 更名 2 个处室\n$/);
    const history = JSON.parse(orgatlas(['history', OFFICE, '--db', db, '--json']).stdout);
    expect(
      history.versions.map((v: { number: number; sourceFile: string; current: boolean }) => [
        v.number,
        v.sourceFile,
        v.current,
      ]),
    ).toEqual([
      [2, 'newer.txt', true],
      [1, '000_8d796a1540accf81.txt', false],
    ]);

    const rolled = orgatlas(['rollback', OFFICE, '1', '--db', db]);
    expect(rolled.status, rolled.stderr).toBe(0);
    expect(rolled.stdout).toBe(`rolled back ${OFFICE}: version 1 is now version 3\n`);
    const text = orgatlas(['history', OFFICE, '--db', db]).stdout.split('\n');
    expect(text[0]).toBe(OFFICE);
    expect(text[1]).toMatch(
      /^ {2}v3 .* as of 2018 +rollback +000_8d796a1540accf81\.txt {2}恢复为第 1 版：更名 2 个处室 {2}\[current\]$/,
    );
    const search = JSON.parse(orgatlas(['search', '美大非处', '--db', db, '--json']).stdout);
    expect(search.hits[0]).toMatchObject({ kind: 'unit', unit: '美大非处' });
  });

  it('refuses an unknown office with exit 1', () => {
    const { db } = setUp();
    expectOneLineFailure(orgatlas(['history', '不存在的办公室', '--db', db]), /no office "不存在的办公室"/, 1);
  });

  for (const [what, args, message] of [
    ['a version that does not exist', [OFFICE, '9'], /has no version 9/],
    ['the current version', [OFFICE, '1'], /already the current one/],
    ['a version that is not a number', [OFFICE, 'latest'], /VERSION must be a version number/],
    ['a missing version', [OFFICE], /expected OFFICE VERSION/],
  ] as [string, string[], RegExp][]) {
    it(`rollback refuses ${what} and changes nothing`, () => {
      const { db } = setUp();
      const before = readFileSync(db);
      expectOneLineFailure(orgatlas(['rollback', ...args, '--db', db]), message, 1);
      expect(readFileSync(db).equals(before)).toBe(true);
    });
  }
});

describe('orgatlas keygen, pack, verify and package import', () => {
  it('signs a package, verifies it and imports it into an empty database once the signer is trusted', () => {
    const { dir, db } = setUp();
    const key = path.join(dir, 'me.key');
    const keygen = orgatlas(['keygen', '--out', key]);
    expect(keygen.status, keygen.stderr).toBe(0);
    const publicKey = keygen.stdout.trim();
    expect(keygen.stdout).toMatch(/^ed25519:\S{44}\n$/);
    expectOneLineFailure(orgatlas(['keygen', '--out', key]), /already exists/, 1);

    const file = path.join(dir, 'all.orgatlas');
    expect(orgatlas(['pack', '--out', file, '--sign', key, '--db', db]).stdout).toBe(
      `packed 1 office into ${file} (signed)\n`,
    );
    const verify = orgatlas(['verify', file, '--json']);
    expect(verify.status, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ intact: true, signer: publicKey, offices: [OFFICE] });
    expect(orgatlas(['verify', file]).stdout).toMatch(
      new RegExp(`^intact: all\\.orgatlas: 1 office, .*signed by ${publicKey.replace(/[+/]/g, '\\$&')}\\n$`),
    );

    const empty = path.join(dir, 'empty.db');
    expectOneLineFailure(
      orgatlas(['import', file, '--db', empty]),
      /a key this database does not trust; nothing was imported/,
      1,
    );
    expect(orgatlas(['trust', 'add', publicKey, '--label', 'me', '--db', empty]).status).toBe(0);
    const imported = orgatlas(['import', file, '--db', empty]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^imported .*all\.orgatlas: 江西省人民政府外事办公室 \(9 units, 18 duties/);
    expect(JSON.parse(orgatlas(['search', '领事安全处', '--db', empty, '--json']).stdout).hits[0].unit).toBe(
      '领事安全处',
    );
  });

  it('an unsigned package needs --yes; an altered one is refused even with it; a truncated one is unreadable', () => {
    const { dir, db } = setUp();
    const file = path.join(dir, 'plain.orgatlas');
    expect(orgatlas(['pack', '--out', file, '--db', db, OFFICE]).status).toBe(0);
    expect(JSON.parse(orgatlas(['verify', file, '--json']).stdout)).toMatchObject({ intact: true, signer: 'unsigned' });

    const target = path.join(dir, 'target.db');
    expect(orgatlas(['import', seedFile, '--db', target]).status).toBe(0);
    const before = readFileSync(target);
    expectOneLineFailure(
      orgatlas(['import', file, '--db', target]),
      /plain\.orgatlas is not signed; nothing was imported/,
      1,
    );
    expect(readFileSync(target).equals(before)).toBe(true);
    // A dry run of it writes nothing and may run without --yes.
    const dry = orgatlas(['import', file, '--db', target, '--dry-run']);
    expect(dry.stdout).toMatch(/^江西省人民政府外事办公室 \(.*plain\.orgatlas\): 无变化\n {2}package unsigned\n$/);

    const files = unzipSync(readFileSync(file));
    files['offices/001/structure.json'] = strToU8(
      strFromU8(files['offices/001/structure.json']!).replace('亚洲处', '非洲处'),
    );
    const altered = path.join(dir, 'altered.orgatlas');
    writeFileSync(altered, zipSync(files));
    expectOneLineFailure(
      orgatlas(['verify', altered]),
      /altered\.orgatlas: refused, the package is altered: .*does not match its hash/,
      1,
    );
    expectOneLineFailure(orgatlas(['import', altered, '--db', target, '--yes']), /refused, the package is altered/, 1);
    expect(readFileSync(target).equals(before)).toBe(true);

    const truncated = path.join(dir, 'cut.orgatlas');
    writeFileSync(truncated, readFileSync(file).subarray(0, 100));
    expectOneLineFailure(orgatlas(['verify', truncated]), /cut\.orgatlas: refused: not a readable OrgAtlas package/, 2);

    expect(orgatlas(['import', file, '--db', target, '--yes']).status).toBe(0);
  });

  it('pack refuses a key file that is not a key and an office that does not exist', () => {
    const { dir, db } = setUp();
    expectOneLineFailure(
      orgatlas(['pack', '--out', path.join(dir, 'x.orgatlas'), '--sign', seedFile, '--db', db]),
      /is not a private key/,
      1,
    );
    expectOneLineFailure(
      orgatlas(['pack', '--out', path.join(dir, 'x.orgatlas'), '--db', db, '某某局']),
      /no office "某某局"/,
      1,
    );
    expectOneLineFailure(orgatlas(['trust', 'add', 'ed25519:short', '--db', db]), /is not an OrgAtlas public key/, 1);
    const fresh = path.join(dir, 'fresh.db');
    expectOneLineFailure(
      orgatlas(['trust', 'add', 'ed25519:short', '--db', fresh]),
      /is not an OrgAtlas public key/,
      1,
    );
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('--help of the new commands', () => {
  for (const command of ['history', 'rollback', 'keygen', 'pack', 'verify', 'trust', 'updates']) {
    it(`${command} --help prints its usage`, () => {
      const run = orgatlas([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: orgatlas ${command} `));
    });
  }
});

describe('orgatlas updates', () => {
  it("lists a shipped update kept from the user's version, and accepts it", () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const env = { ORGATLAS_DB: path.join(dir, 'default.db'), ORGATLAS_DATA_DIR: dataDir };
    mkdirSync(dataDir);
    const shipped = path.join(dataDir, 'seed.txt');
    writeFileSync(shipped, readFileSync(seedFile));
    const mine = path.join(dir, 'mine.txt');
    writeFileSync(mine, readFileSync(seedFile, 'utf8').replace('二、综合处', '二、办公室'));
    expect(orgatlas(['import', mine], env).status).toBe(0);
    writeFileSync(shipped, readFileSync(seedFile, 'utf8').replace('五、欧洲处', '五、欧洲事务处'));

    const list = orgatlas(['updates'], env);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^seed\.txt {2}江西省人民政府外事办公室 {2}\(found \d{4}-\d\d-\d\d\)\n$/);
    expect(orgatlas(['history', OFFICE], env).stdout).toContain(
      'a newer shipped copy (seed.txt) is waiting; your version was kept',
    );
    expectOneLineFailure(
      orgatlas(['updates', '--accept', 'other.txt'], env),
      /no shipped update other\.txt is waiting/,
      1,
    );
    expect(orgatlas(['updates', '--accept', 'seed.txt'], env).stdout).toBe('accepted the shipped seed.txt\n');
    expect(orgatlas(['updates'], env).stdout).toBe('no shipped updates are waiting\n');
    expect(JSON.parse(orgatlas(['search', '欧洲事务处', '--json'], env).stdout).hits[0].unit).toBe('欧洲事务处');
  });
});
