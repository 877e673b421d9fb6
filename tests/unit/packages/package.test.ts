// Data packages: keys, the container's checks (a tampered manifest or part, a wrong key, a
// truncated file, an added file), unsigned packages, and a round trip into an empty database.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyFile, KeyError, loadPrivateKey, parsePublicKey } from '../../../electron/node/packages/keys.ts';
import { buildPackage, openPackage } from '../../../electron/node/packages/package.ts';
import { PackageError } from '../../../electron/node/packages/container.ts';
import { editedSeed, newStore, SEED_OFFICE, seedFile, tempDir } from '../history/helpers.ts';
import { loadDocumentNow } from '../../../electron/node/documents/load.ts';
import { anchorOf } from '../../../shared/corrections/index.ts';

function keyPair(dir = tempDir(), name = 'signer.key') {
  const file = path.join(dir, name);
  const publicKey = generateKeyFile(file);
  return { file, publicKey, key: loadPrivateKey(file) };
}

/** A package of the seed office, as stored with one merge correction. */
function seedPackage(sign = true) {
  const dir = tempDir();
  const store = newStore(dir);
  const { parsed, source } = loadDocumentNow(seedFile);
  const corrections = [{ kind: 'merge' as const, unit: anchorOf(source.lines, 21), into: anchorOf(source.lines, 19) }];
  store.applyUpdateInputs([{ file: seedFile, parsed, source, corrections }]);
  const offices = store.officesForPackage();
  store.close();
  const signer = keyPair(dir);
  return { bytes: buildPackage(offices, 'OrgAtlas test', sign ? signer.key : undefined), signer };
}

/** The package with its files changed by `edit` and zipped again. */
function rezip(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}

const failure = (bytes: Uint8Array) => {
  try {
    openPackage(bytes);
  } catch (err) {
    if (err instanceof PackageError) return { kind: err.kind, message: err.message };
    throw err;
  }
  throw new Error('the package was accepted');
};

describe('keys', () => {
  it('keygen writes a private key only its owner can read and returns a one-line public key', () => {
    const { file, publicKey } = keyPair();
    expect(publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => parsePublicKey(publicKey)).not.toThrow();
  });

  it('keygen never overwrites a file', () => {
    const dir = tempDir();
    const { file } = keyPair(dir);
    const before = readFileSync(file, 'utf8');
    expect(() => generateKeyFile(file)).toThrow(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses what is not a key', () => {
    expect(() => parsePublicKey('ed25519:abc')).toThrow(KeyError);
    expect(() => loadPrivateKey(seedFile)).toThrow(/not a private key/);
    expect(() => loadPrivateKey(path.join(tempDir(), 'none.key'))).toThrow(/no such file/);
  });
});

describe('package checks', () => {
  it('a signed package opens with its signer, producer and offices', () => {
    const { bytes, signer } = seedPackage();
    const pkg = openPackage(bytes);
    expect(pkg.info).toMatchObject({
      signer: signer.publicKey,
      producer: 'OrgAtlas test',
      formatVersion: 1,
      offices: [SEED_OFFICE],
    });
    expect(pkg.offices[0]!.parsed.office.units).toHaveLength(8);
    expect(pkg.offices[0]!.corrections).toHaveLength(1);
    expect(pkg.offices[0]!.source.lines[0]).toBe('江西省外事办公室简介');
  });

  it('an unsigned package opens with no signer', () => {
    expect(openPackage(seedPackage(false).bytes).info.signer).toBeNull();
  });

  it('refuses a package whose manifest was changed after signing', () => {
    const bytes = rezip(seedPackage().bytes, (files) => {
      files['manifest.json'] = strToU8(strFromU8(files['manifest.json']!).replace('OrgAtlas test', 'OrgAtlas tesT'));
    });
    expect(failure(bytes)).toEqual({ kind: 'altered', message: expect.stringMatching(/signature does not match/) });
  });

  it('refuses a package with a changed part, signed or not', () => {
    for (const sign of [true, false]) {
      const bytes = rezip(seedPackage(sign).bytes, (files) => {
        const part = 'offices/001/structure.json';
        files[part] = strToU8(strFromU8(files[part]!).replace('亚洲处', '非洲处'));
      });
      expect(failure(bytes)).toEqual({
        kind: 'altered',
        message: 'offices/001/structure.json does not match its hash in the manifest: the package was changed',
      });
    }
  });

  it('refuses a signature made with another key than the one it names', () => {
    const other = keyPair();
    const bytes = rezip(seedPackage().bytes, (files) => {
      const sig = JSON.parse(strFromU8(files['signature.json']!)) as { publicKey: string };
      sig.publicKey = other.publicKey;
      files['signature.json'] = strToU8(JSON.stringify(sig));
    });
    expect(failure(bytes).message).toMatch(/signature does not match/);
  });

  it('refuses a truncated file as unreadable', () => {
    const { bytes } = seedPackage();
    for (const length of [bytes.length - 1, Math.floor(bytes.length / 2), 10, 0]) {
      expect(failure(bytes.subarray(0, length)).kind).toBe('unreadable');
    }
  });

  it('refuses a file added to the package, and one the manifest lists but that is gone', () => {
    expect(
      failure(
        rezip(seedPackage().bytes, (files) => {
          files['offices/002/structure.json'] = strToU8('{}');
        }),
      ).message,
    ).toMatch(/which its manifest does not list/);
    expect(
      failure(
        rezip(seedPackage(false).bytes, (files) => {
          delete files['offices/001/source.json'];
        }),
      ).message,
    ).toMatch(/listed in its manifest, is missing/);
  });

  it('refuses a part whose content is not what a package holds even when its hash was updated', () => {
    // Unsigned, so the manifest can be rewritten to match: the content check still stands.
    const bytes = rezip(seedPackage(false).bytes, (files) => {
      const part = 'offices/001/structure.json';
      files[part] = strToU8('{"office":{"name":""}}');
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
        parts: { path: string; sha256: string; size: number }[];
      };
      const entry = manifest.parts.find((p) => p.path === part)!;
      entry.size = files[part]!.length;
      entry.sha256 = createHash('sha256').update(files[part]!).digest('hex');
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    expect(failure(bytes)).toMatchObject({
      kind: 'altered',
      message: expect.stringMatching(/^offices\/001\/structure.json is not what an OrgAtlas package holds/),
    });
  });

  it('refuses a zip that is no package, and a package from a newer format', () => {
    expect(failure(zipSync({ 'readme.txt': strToU8('hello') })).message).toMatch(/has no manifest.json/);
    const newer = rezip(seedPackage(false).bytes, (files) => {
      files['manifest.json'] = strToU8(strFromU8(files['manifest.json']!).replace('"version": 1', '"version": 2'));
    });
    expect(failure(newer)).toEqual({
      kind: 'unreadable',
      message: expect.stringMatching(/newer OrgAtlas \(package format 2/),
    });
  });
});

describe('package round trip', () => {
  it('imports into an empty database: the offices, their corrections and the signer', () => {
    const { bytes, signer } = seedPackage();
    const pkg = openPackage(bytes);
    const store = newStore();
    expect(store.isTrusted(signer.publicKey)).toBe(false);
    const [plan] = store.planPackage(pkg, 'seed.orgatlas');
    expect(plan!.replaces).toBe(false);
    expect(store.listOffices()).toEqual([]);
    store.importPackage(pkg, 'seed.orgatlas');
    const [office] = store.listOffices();
    expect(office).toMatchObject({ name: SEED_OFFICE, unitCount: 8 });
    expect(store.getOffice(office!.id).units[2]!.duties.map((d) => d.line)).toEqual([20, 22]);
    expect(store.history(SEED_OFFICE)[0]).toMatchObject({
      number: 1,
      origin: 'package',
      signer: signer.publicKey,
      correctionCount: 1,
    });
    expect(store.search('领事安全').hits.length).toBeGreaterThan(0);
    store.trustKey(signer.publicKey, 'test signer');
    expect(store.isTrusted(signer.publicKey)).toBe(true);
    store.close();
  });

  it('the corrections travel with the package: a later import of the same document keeps them', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    store.importPackage(openPackage(seedPackage().bytes), 'seed.orgatlas');
    const [report] = await store.importFiles([editedSeed(dir, 'again.txt', [['五、欧洲处', '五、欧洲事务处']])]);
    expect(report).toMatchObject({ unitCount: 8, summary: '更名 1 个处室' });
    store.close();
  });

  it('packs only offices that exist', () => {
    const store = newStore();
    expect(() => store.officesForPackage()).toThrow(/no offices to pack/);
    expect(() => store.officesForPackage(['无此机构'])).toThrow(/no office "无此机构"/);
    store.close();
    expect(existsSync(seedFile)).toBe(true);
  });
});
