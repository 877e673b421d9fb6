// Ready at national size through the real store on a real SQLite file: the base stored as
// the store stores it (page rows, migration 012) beside the blob as the store kept it before
// (one row), offices rows for the base's offices so the load finds no delta, then, on a fresh
// connection each time and interleaved, the store's load (`loadStoredSearchIndex`: the head,
// the live offices, the pages open reads, checked, the views) and the first query (reading the
// text and list pages it needs, in a read transaction, as the store searches), against the
// old path: the whole blob selected, its CRC-32 checked, loaded as views, then the same query.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { openDatabase } from '../electron/node/store/connection.ts';
import { loadStoredSearchIndex, storeIndex } from '../electron/node/store/search-index.ts';
import { loadSearchIndex, search, type SearchIndex } from '../shared/search/index.ts';
import { mb, ms } from './measure.ts';

const LOADS = 5;
const FIRST_QUERY = '护照';

interface Timed {
  ms: number;
  cpuMs: number;
}

/** Wall time and this thread's CPU time (user and system: page faults count) of one call. */
function timed<T>(run: () => T): { value: T } & Timed {
  const cpu = process.threadCpuUsage();
  const t = performance.now();
  const value = run();
  const wall = performance.now() - t;
  const used = process.threadCpuUsage(cpu);
  return { value, ms: wall, cpuMs: (used.user + used.system) / 1000 };
}

/** A database holding `blob` as the store's base, and the same blob as the old one-row layout. */
function storeWith(file: string, blob: Uint8Array, index: SearchIndex): void {
  const db = openDatabase(file, { create: true });
  db.transaction(() => {
    const source = db.prepare(
      "INSERT INTO sources (id, path, sha256, encoding, imported_at) VALUES (?, ?, ?, 'utf-8', '2026-01-01')",
    );
    const office = db.prepare('INSERT INTO offices (id, source_id, name) VALUES (?, ?, ?)');
    for (const { id } of index.meta.offices) {
      source.run(id, `${id}.txt`, '0'.repeat(64));
      office.run(id, id, `office ${id}`);
    }
    storeIndex(db, blob);
    db.exec('CREATE TABLE whole_base (bytes BLOB NOT NULL, checksum INTEGER NOT NULL)');
    db.prepare('INSERT INTO whole_base VALUES (?, ?)').run(blob, crc32(blob));
  }).immediate();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** One load and first query on a fresh connection. */
function pagedRun(file: string) {
  const db = new Database(file);
  try {
    const load = timed(() => loadStoredSearchIndex(db));
    const query = timed(() => db.transaction(() => search(load.value, FIRST_QUERY))());
    return { load, query };
  } finally {
    db.close();
  }
}

function wholeRun(file: string) {
  const db = new Database(file);
  try {
    const load = timed(() => {
      db.prepare('SELECT id FROM offices ORDER BY id').pluck().all();
      const row = db.prepare('SELECT bytes, checksum FROM whole_base').get() as { bytes: Buffer; checksum: number };
      if (crc32(row.bytes) !== row.checksum) throw new Error('whole base damaged');
      return loadSearchIndex(row.bytes);
    });
    const query = timed(() => search(load.value, FIRST_QUERY));
    return { load, query };
  } finally {
    db.close();
  }
}

const median = (xs: number[]) => ms([...xs].sort((a, b) => a - b)[xs.length >> 1]!);
const summary = (runs: { load: Timed; query: Timed }[]) => ({
  readyMs: median(runs.map((r) => r.load.ms)),
  readyCpuMs: median(runs.map((r) => r.load.cpuMs)),
  firstQueryMs: median(runs.map((r) => r.query.ms)),
  firstQueryCpuMs: median(runs.map((r) => r.query.cpuMs)),
});

export function runStoreReady(blob: Uint8Array, index: SearchIndex, log: (msg: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'orgatlas-ready-'));
  try {
    const file = join(dir, 'national.db');
    log('national: storing the base in a database');
    storeWith(file, blob, index);
    const paged: ReturnType<typeof pagedRun>[] = [];
    const whole: ReturnType<typeof wholeRun>[] = [];
    for (let i = 0; i < LOADS; i++) {
      paged.push(pagedRun(file));
      whole.push(wholeRun(file));
    }
    return {
      paged: summary(paged),
      whole: summary(whole),
      databaseMb: mb(statSync(file).size),
      timing: `median of ${LOADS} interleaved runs on fresh connections to one SQLite file holding the base both ways (page rows and the old one-row blob); ready: loadStoredSearchIndex (paged) or the blob selected, CRC-checked and loaded (whole); firstQuery: ${FIRST_QUERY} after it; wall and thread CPU`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
