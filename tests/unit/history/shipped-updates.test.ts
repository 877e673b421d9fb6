// The shipped documents and the user's versions: a shipped office follows its document
// (each update a version), but one the user re-imported, corrected or rolled back is never
// replaced by a newer shipped copy; the copy is left as an offer, and the history says so.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDefaultDatabase } from '../../../electron/node/host/default-database.ts';
import { loadDocumentNow } from '../../../electron/node/documents/load.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { anchorOf, type Correction } from '../../../shared/corrections/index.ts';
import { SEED_OFFICE, seedFile, tempDir } from './helpers.ts';

const SEED = path.basename(seedFile);

function shippedFolder() {
  const root = tempDir();
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir);
  copyFileSync(seedFile, path.join(dataDir, SEED));
  return { root, dataDir, dbPath: path.join(root, 'orgatlas.db') };
}

const shipNewer = (dataDir: string, from: string, to: string) => {
  const file = path.join(dataDir, SEED);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
};

const units = (dbPath: string) => {
  const store = openStore(dbPath);
  try {
    return store.getOffice(store.listOffices()[0]!.id).units.map((u) => u.name);
  } finally {
    store.close();
  }
};

/** The user corrects the stored seed (`corrections` made from its source lines). */
function correctSeed(dataDir: string, dbPath: string, corrections: (lines: string[]) => Correction[]): void {
  const store = openStore(dbPath);
  const { parsed, source } = loadDocumentNow(path.join(dataDir, SEED));
  store.applyUpdateInputs([{ file: SEED, parsed, source, corrections: corrections(source.lines) }]);
  store.close();
}

describe("shipped updates and the user's versions", () => {
  it('a shipped office follows its document, each update a version', () => {
    const { dataDir, dbPath } = shippedFolder();
    ensureDefaultDatabase({ dataDir, dbPath });
    shipNewer(dataDir, '五、欧洲处', '五、欧洲事务处');
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(units(dbPath)).toContain('欧洲事务处');
    const store = openStore(dbPath);
    expect(store.history(SEED_OFFICE).map((v) => [v.number, v.origin, v.summary])).toEqual([
      [2, 'shipped', '更名 1 个处室'],
      [1, 'shipped', '首次收录：9 个处室，18 项职责'],
    ]);
    expect(store.shippedOffers()).toEqual([]);
    store.close();
  });

  it("a corrected office keeps the user's version; the newer shipped copy waits as an offer", () => {
    const { dataDir, dbPath } = shippedFolder();
    ensureDefaultDatabase({ dataDir, dbPath });
    correctSeed(dataDir, dbPath, (lines) => [{ kind: 'merge', unit: anchorOf(lines, 21), into: anchorOf(lines, 19) }]);

    shipNewer(dataDir, '五、欧洲处', '五、欧洲事务处');
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(units(dbPath)).toContain('欧洲处');
    expect(units(dbPath)).toHaveLength(8);
    const after = openStore(dbPath);
    expect(after.history(SEED_OFFICE)).toHaveLength(2);
    expect(after.shippedOffers(SEED_OFFICE)).toEqual([
      { file: SEED, office: SEED_OFFICE, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), foundAt: expect.any(String) },
    ]);
    after.close();
    // Asked again at the next start, nothing more happens: the offer is not repeated or applied.
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(units(dbPath)).toHaveLength(8);
  });

  it("a rolled-back office is the user's too", () => {
    const { dataDir, dbPath } = shippedFolder();
    ensureDefaultDatabase({ dataDir, dbPath });
    shipNewer(dataDir, '五、欧洲处', '五、欧洲事务处');
    ensureDefaultDatabase({ dataDir, dbPath });
    const store = openStore(dbPath);
    store.rollback(SEED_OFFICE, 1);
    store.close();
    shipNewer(dataDir, '六、美大非处', '六、美大处');
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(units(dbPath)).toContain('欧洲处');
    expect(units(dbPath)).toContain('美大非处');
    const after = openStore(dbPath);
    expect(after.shippedOffers().map((o) => o.file)).toEqual([SEED]);
    after.close();
  });

  it('accepting an offer writes the shipped copy and the office follows the shipped documents again', () => {
    const { dataDir, dbPath } = shippedFolder();
    ensureDefaultDatabase({ dataDir, dbPath });
    correctSeed(dataDir, dbPath, (lines) => [
      { kind: 'office-name', name: SEED_OFFICE },
      { kind: 'merge', unit: anchorOf(lines, 21), into: anchorOf(lines, 19) },
    ]);
    shipNewer(dataDir, '五、欧洲处', '五、欧洲事务处');
    ensureDefaultDatabase({ dataDir, dbPath });

    const user = openStore(dbPath);
    expect(() => user.acceptShippedOffer('nothing.txt', dataDir)).toThrow(/no shipped update nothing\.txt is waiting/);
    user.acceptShippedOffer(SEED, dataDir);
    expect(user.shippedOffers()).toEqual([]);
    expect(user.history(SEED_OFFICE)[0]).toMatchObject({ number: 3, origin: 'shipped' });
    user.close();
    expect(units(dbPath)).toHaveLength(9);
    shipNewer(dataDir, '六、美大非处', '六、美大处');
    ensureDefaultDatabase({ dataDir, dbPath });
    expect(units(dbPath)).toContain('美大处');
  });

  it("dismissing an offer keeps the user's version and forgets the offer", async () => {
    const { dataDir, dbPath } = shippedFolder();
    ensureDefaultDatabase({ dataDir, dbPath });
    const store = openStore(dbPath);
    await store.importFiles([path.join(dataDir, SEED)]);
    const own = path.join(path.dirname(dataDir), 'mine.txt');
    writeFileSync(own, readFileSync(seedFile, 'utf8').replace('二、综合处', '二、办公室'));
    await store.importFiles([own]);
    store.close();
    shipNewer(dataDir, '五、欧洲处', '五、欧洲事务处');
    ensureDefaultDatabase({ dataDir, dbPath });
    const user = openStore(dbPath);
    expect(user.shippedOffers().map((o) => o.file)).toEqual([SEED]);
    user.dismissShippedOffer(SEED);
    expect(user.shippedOffers()).toEqual([]);
    user.close();
    expect(units(dbPath)).toContain('办公室');
    expect(units(dbPath)).toContain('欧洲处');
  });
});
