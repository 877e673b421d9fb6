// The import written in steps (import-steps.ts): a cancel between two steps, or after the
// last one, leaves every table and the stored index byte for byte as they were; readers of the
// store meanwhile see the last commit; an import not cancelled lands as the one-step write does.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDirectoryDocuments, writeDirectoryDocuments } from '../../../bench/directory.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';
import { WriteCancelled, type WriteProgress } from '../../../electron/node/store/import-steps.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import type { UpdateInput } from '../../../electron/node/store/update.ts';
import { seedFile, storedBaseBytes, tempDir } from './helpers.ts';

const inputsOf = (paths: string[]): UpdateInput[] =>
  readDocumentsForImportNow(paths).map((d) => ({ file: d.path, parsed: d.parsed, source: d.source }));

/** Directory documents `from`..`to`-1 of one generated set, as import inputs. */
function directoryInputs(dir: string, from: number, to: number): UpdateInput[] {
  const docs = generateDirectoryDocuments(to).slice(from);
  return inputsOf(writeDirectoryDocuments(path.join(dir, `docs-${from}`), docs));
}

/** Every table's rows (counted, and hashed in rowid order) and the stored index's bytes, read on a connection of its own. */
function stateOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const rows = Object.fromEntries(
      tables.map((t) => {
        const all = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
        const hash = createHash('sha256');
        for (const row of all) for (const v of row) hash.update(Buffer.isBuffer(v) ? v : `${typeof v}:${String(v)}|`);
        return [t, { count: all.length, sha256: hash.digest('hex') }];
      }),
    );
    const base = storedBaseBytes(db);
    const segments = db.prepare('SELECT office_id, bytes FROM search_segments ORDER BY office_id').raw().all();
    return { rows, base: createHash('sha256').update(base).digest('hex'), segments };
  } finally {
    db.close();
  }
}

/** A database holding the seed and 12 directory offices (13). */
function startingStore(dir: string) {
  const file = path.join(dir, 'atlas.db');
  const store = openStore(file, { create: true });
  store.applyUpdateInputs([...inputsOf([seedFile]), ...directoryInputs(dir, 0, 12)]);
  return { file, store };
}

describe('an import written in steps', () => {
  it('cancelled between two steps, leaves every row and the index as they were; readers meanwhile see the last commit', async () => {
    const dir = tempDir();
    const { file, store } = startingStore(dir);
    const before = stateOf(file);
    const searchBefore = store.search('护照签证').hits;
    // 60 new offices and one stored office again (a replacement).
    const inputs = [...directoryInputs(dir, 12, 72), ...directoryInputs(dir, 10, 11)];
    const newName = inputs[0]!.parsed.office.name;
    const controller = new AbortController();
    const seen: WriteProgress[] = [];
    const readsMeanwhile: number[] = [];
    const write = store.applyUpdateInputsInSteps(inputs, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        readsMeanwhile.push(
          store.listOffices().length,
          store.search(newName).hits.filter((h) => h.office === newName).length,
        );
        if (p.stage === 'writing' && p.done >= 10) controller.abort();
      },
    });
    await expect(write).rejects.toThrow(WriteCancelled);
    await expect(write).rejects.toThrow('the import was cancelled while it was being written; nothing was changed');
    const last = seen.at(-1)!;
    expect(last.stage).toBe('writing');
    expect(last.done).toBeGreaterThanOrEqual(10);
    expect(last.done).toBeLessThan(61);
    expect(last.total).toBe(61);
    // 13 offices, and no hit for the office being written, at every step.
    expect(new Set(readsMeanwhile.filter((_, i) => i % 2 === 0))).toEqual(new Set([13]));
    expect(new Set(readsMeanwhile.filter((_, i) => i % 2 === 1))).toEqual(new Set([0]));

    expect(stateOf(file)).toEqual(before);
    expect(store.listOffices()).toHaveLength(13);
    expect(store.search('护照签证').hits).toEqual(searchBefore);
    store.close();
  });

  it('cancelled once every office is written and indexed, still rolls back whole', async () => {
    const dir = tempDir();
    const { file, store } = startingStore(dir);
    const before = stateOf(file);
    const controller = new AbortController();
    const write = store.applyUpdateInputsInSteps(directoryInputs(dir, 12, 40), {
      signal: controller.signal,
      onProgress: (p) => p.stage === 'finishing' && controller.abort(),
    });
    await expect(write).rejects.toThrow(WriteCancelled);
    expect(stateOf(file)).toEqual(before);
    store.close();
  });

  it('not cancelled, writes what the one-step write does, reporting planning, then writing, then finishing', async () => {
    const dir = tempDir();
    const stepped = startingStore(dir);
    const oneStep = openStore(path.join(dir, 'one-step.db'), { create: true });
    oneStep.applyUpdateInputs([...inputsOf([seedFile]), ...directoryInputs(dir, 0, 12)]);
    const more = [...directoryInputs(dir, 12, 52), ...directoryInputs(dir, 5, 6)];
    const seen: WriteProgress[] = [];
    const done = await stepped.store.applyUpdateInputsInSteps(more, { onProgress: (p) => seen.push(p) });
    oneStep.applyUpdateInputs(more);

    expect(done.officeIds).toHaveLength(41);
    expect(done.updates.at(-1)!.replaces).toBe(true);
    const stages = seen.map((p) => p.stage);
    expect(stages.indexOf('writing')).toBeGreaterThan(stages.lastIndexOf('planning'));
    expect(seen.at(-1)).toEqual({ stage: 'finishing', done: 41, total: 41 });
    const writing = seen.filter((p) => p.stage === 'writing').map((p) => p.done);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
    expect(writing.at(-1)).toBe(41);

    const names = (s: typeof oneStep) => s.listOffices().map((o) => o.name);
    expect(names(stepped.store)).toHaveLength(53);
    expect(names(stepped.store)).toEqual(names(oneStep));
    for (const query of ['护照签证', 'hzqz', more[17]!.parsed.office.name])
      expect(stepped.store.search(query).hits).toEqual(oneStep.search(query).hits);
    expect(stateOf(stepped.file).segments).toHaveLength(53);
    stepped.store.close();
    oneStep.close();
  });
});
