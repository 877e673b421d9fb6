// Several writers at once: a busy database is waited on (SQLite's busy handler, then whole
// transactions retried with backoff) instead of failing after a fixed timeout, and start-up
// waits for another process's import rather than failing.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ensureDefaultDatabase } from '../../../electron/node/host/default-database.ts';
import { openStore } from '../../../electron/node/store/store.ts';
import { repoRoot, seedFile, tempDir } from './helpers.ts';
import { writeOffice } from './states.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';

const bin = path.join(repoRoot, 'bin', 'orgatlas.mjs');
const holdLock = path.join(import.meta.dirname, 'children', 'hold-lock.ts');

function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Holds the write lock for `ms` in another process; resolves once it is held, with the holder's end. */
async function lockFor(dbPath: string, ms: number): Promise<{ released: Promise<unknown> }> {
  const proc = spawn(process.execPath, [holdLock, dbPath, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const released = new Promise((resolve) => proc.on('close', resolve));
  while (!out.includes('locked')) await sleep(10);
  return { released };
}

describe('concurrent writers', () => {
  it('four imports started together while another process holds the write lock for 7 s (more than the old fixed 5 s) all land', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'atlas.db');
    const store = openStore(dbPath, { create: true });
    store.importDocuments(readDocumentsForImportNow([seedFile]));
    store.close();
    const offices = ['样例市统计局', '样例市审计局', '样例市档案局', '样例市气象局'];
    const files = offices.map((office, i) => writeOffice(dir, `o${i}.txt`, office, ['办公室', `业务${i}科`]));
    const { released } = await lockFor(dbPath, 7000);
    const started = Date.now();
    const results = await Promise.all(files.map((file) => run([bin, 'import', file, '--db', dbPath])));
    await released;
    for (const r of results) expect(r, r.stderr).toEqual({ status: 0, stderr: '' });
    // They waited for the lock, far longer than SQLite's own one-second busy wait.
    expect(Date.now() - started).toBeGreaterThan(6500);
    const after = openStore(dbPath);
    expect(
      after
        .listOffices()
        .map((o) => o.name)
        .sort(),
    ).toEqual([...offices, '江西省人民政府外事办公室'].sort());
    after.close();
  }, 60_000);

  it('start-up waits for another process that holds the write lock, then follows the shipped documents', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    cpSync(path.join(repoRoot, 'data'), dataDir, { recursive: true });
    const dbPath = path.join(dir, 'orgatlas.db');
    ensureDefaultDatabase({ dataDir, dbPath, onNotice: () => {} });
    // An update changes the shipped document, so this start has to write.
    const shipped = path.join(dataDir, readdirSync(dataDir)[0]!);
    writeFileSync(
      shipped,
      readFileSync(shipped, 'utf8').replace('江西省人民政府外事办公室', '江西省人民政府外事工作办公室'),
    );
    const { released } = await lockFor(dbPath, 3000);
    const notices: string[] = [];
    const started = Date.now();
    ensureDefaultDatabase({ dataDir, dbPath, onNotice: (s) => notices.push(s) });
    expect(Date.now() - started).toBeGreaterThan(1500);
    await released;
    expect(notices).toEqual([]);
    const store = openStore(dbPath);
    expect(store.listOffices().map((o) => o.name)).toEqual(['江西省人民政府外事工作办公室']);
    store.close();
  }, 60_000);
});
