import { existsSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../electron/node/store/errors.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { handOffice, tempDir, writeDocuments } from './helpers.ts';
import { openDatabase } from '../../../electron/node/store/connection.ts';

function expectRefused(file: string, pattern: RegExp) {
  const before = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  let error: unknown;
  try {
    openStore(file).close();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('unavailable');
  expect((error as StoreError).message).toMatch(pattern);
  expect((error as StoreError).message).not.toContain('\n');
  if (before) expect(readFileSync(file).equals(before)).toBe(true);
}

/** A real database with one office, closed cleanly (WAL checkpointed into the main file). */
function realDatabase(): string {
  const file = path.join(tempDir(), 'real.db');
  const db = openDatabase(file, { create: true });
  // Enough rows to span many pages, so truncation cuts through table data.
  writeDocuments(
    db,
    Array.from({ length: 30 }, (_, i) => handOffice(`机关${i}`)),
  );
  db.close();
  return file;
}

describe('opening a damaged or foreign file', () => {
  it('refuses a file of garbage bytes and does not overwrite it', () => {
    const file = path.join(tempDir(), 'garbage.db');
    writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    expectRefused(file, /garbage\.db.*not a database/);
  });

  it('refuses a text file', () => {
    const file = path.join(tempDir(), 'notes.db');
    writeFileSync(file, '这不是数据库\n'.repeat(200));
    expectRefused(file, /not a database/);
  });

  it('refuses a truncated database and leaves the remains as they were', () => {
    const file = realDatabase();
    const size = readFileSync(file).length;
    expect(size).toBeGreaterThan(64 * 1024);
    truncateSync(file, Math.floor(size / 2));
    expectRefused(file, /damaged|malformed/);
  });

  it('refuses a database whose header survived but whose pages were overwritten', () => {
    const file = realDatabase();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(file, bytes);
    expectRefused(file, /damaged|malformed/);
  });

  it('refuses a directory and a missing file, creating nothing', () => {
    const dir = path.join(tempDir(), 'folder.db');
    mkdirSync(dir);
    expectRefused(dir, /is a directory/);
    const missing = path.join(tempDir(), 'missing.db');
    expectRefused(missing, /no such file/);
    expect(existsSync(missing)).toBe(false);
    expect(() => openStore(path.join(missing, 'x.db'), { create: true })).toThrow(/missing\.db does not exist/);
  });
});
