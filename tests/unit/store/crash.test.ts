// Crashes at random moments of an import: a child process imports two versions of an office
// in turn, and the database must afterwards be exactly the old or exactly the new state, pass
// quick_check, and report no lost import. Two kinds of crash:
// - real SIGKILLs, one child each (ORGATLAS_KILLS, default 100; `npm run fuzz` 150). A child
//   started normally needs about 0.5 s of CPU before its first import (module loading, the
//   search index's per-process tables), so these start from a V8 startup snapshot
//   (child-snapshot.ts) in tens of milliseconds, run a few at a time, and are each killed
//   during their first import, at a random moment within its measured duration;
// - crash images: a warm child is stopped (SIGSTOP) at a random moment and its files copied
//   as they are on disk, which is what a SIGKILL at that moment would leave (the kernel keeps
//   what was written, nothing more is written), then it goes on (SIGCONT); 120 of them.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/node/store/store.ts';
import { tempDir } from './helpers.ts';
import { normalize, writeOffice } from './states.ts';
import { readDocumentsForImportNow } from '../../../electron/node/store/import.ts';
import { repoRoot } from '../test-files.ts';
import { buildChildSnapshot } from './child-snapshot.ts';

const child = path.join(import.meta.dirname, 'children', 'import-loop.ts');

/** How a SIGKILL child is started: from the snapshot, on the documents read once beforehand. */
interface KillChild {
  blob: string;
  docs: string;
}
const KILLS = Number(process.env.ORGATLAS_KILLS ?? 100);
const IMAGES = 120;
/** Children at a time: one per core of a small machine, whose start-up is the main cost. */
const PARALLEL = 2;
const OFFICE = '样例市外事办公室';
const UNITS_A = ['办公室', '护照签证科', '友城交流科'];
const UNITS_B = ['综合科', '礼宾科'];

interface Outcome {
  inside: boolean;
  state: 'A' | 'B' | 'other';
  check: string;
  notices: string[];
}

function exportOf(dbPath: string): { state: string; units: string[]; notices: string[] } {
  const store = openStore(dbPath);
  try {
    const units = store
      .listOffices()
      .map((o) => store.getOffice(o.id).units.map((u) => u.name))
      .flat();
    return { state: normalize(store.exportAll('json')), units, notices: store.notices };
  } finally {
    store.close();
  }
}

function startChild(dbPath: string, { blob, docs }: KillChild) {
  return spawn(process.execPath, ['--snapshot-blob', blob, repoRoot, dbPath, docs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Runs one child on its own copy of the template and kills it `delayMs` after `trigger`:
 * "ready" (its first import, of B, begins then) or "C0" (its second, of A, begins then), so
 * both states are reached however the machine's load shifts the timing.
 */
function killOnce(
  template: string,
  dir: string,
  n: number,
  kill: KillChild,
  trigger: 'ready' | 'C0',
  delayMs: number,
  states: Record<'A' | 'B', string>,
): Promise<Outcome> {
  const dbPath = path.join(dir, `kill-${n}.db`);
  copyFileSync(template, dbPath);
  copyFileSync(`${template}.journal`, `${dbPath}.journal`);
  return new Promise((resolve, reject) => {
    const proc = startChild(dbPath, kill);
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => {
      const armed = out.includes(`${trigger}\n`);
      out += d.toString();
      if (!armed && out.includes(`${trigger}\n`)) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed: ${err}`));
      resolve(examine(dbPath, insideImport(out), states));
    });
  });
}

/** How long one import takes in a child (ms, from "ready" to the first "C0"). */
function importDuration(template: string, dir: string, kill: KillChild): Promise<number> {
  const dbPath = path.join(dir, 'calibrate.db');
  copyFileSync(template, dbPath);
  copyFileSync(`${template}.journal`, `${dbPath}.journal`);
  return new Promise((resolve, reject) => {
    const proc = startChild(dbPath, kill);
    let out = '';
    let readyAt = 0;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!readyAt && out.includes('ready\n')) readyAt = performance.now();
      if (out.includes('C0\n')) {
        resolve(performance.now() - readyAt);
        proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('close', () => reject(new Error('the calibration child ended before its first import')));
  });
}

/** Whether the child's last marker says it was inside an import (begun, not returned). */
const insideImport = (out: string) =>
  out
    .split('\n')
    .filter((line) => /^[BC]\d+$/.test(line))
    .at(-1)
    ?.startsWith('B') ?? false;

/** Opens the database as the next start would and says which state it holds. */
function examine(dbPath: string, inside: boolean, states: Record<'A' | 'B', string>): Outcome {
  const raw = new Database(dbPath);
  const check = raw.pragma('quick_check', { simple: true }) as string;
  raw.close();
  const { state, units, notices } = exportOf(dbPath);
  const which = state === states.A ? 'A' : state === states.B ? 'B' : 'other';
  // The hand-typed unit lists must agree with the state found.
  if (which === 'A') expect(units).toEqual(UNITS_A);
  if (which === 'B') expect(units).toEqual(UNITS_B);
  return { inside, state: which, check, notices };
}

/** Stops one warm child `count` times at random moments and copies its files each time. */
async function crashImages(
  template: string,
  dir: string,
  files: string[],
  count: number,
): Promise<{ path: string; inside: boolean }[]> {
  const dbPath = path.join(dir, 'running.db');
  copyFileSync(template, dbPath);
  copyFileSync(`${template}.journal`, `${dbPath}.journal`);
  const proc = spawn(process.execPath, [child, dbPath, ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const closed = new Promise((resolve) => proc.on('close', resolve));
  while (!out.includes('ready')) await sleep(10);
  const images: { path: string; inside: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    await sleep(Math.random() * 40);
    proc.kill('SIGSTOP');
    // Lets the markers written before the stop arrive.
    await sleep(5);
    const image = path.join(dir, `image-${i}.db`);
    for (const suffix of ['', '-wal', '.journal'])
      if (existsSync(dbPath + suffix)) copyFileSync(dbPath + suffix, image + suffix);
    images.push({ path: image, inside: insideImport(out) });
    proc.kill('SIGCONT');
  }
  proc.kill('SIGKILL');
  await closed;
  return images;
}

interface Figures {
  kills: number;
  insideTransaction: number;
  old: number;
  new: number;
  halfUpdated: number;
  damaged: number;
  falseLossReports: number;
}

function figuresOf(outcomes: Outcome[]): Figures {
  const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
  return {
    kills: outcomes.length,
    insideTransaction: count((o) => o.inside),
    old: count((o) => o.state === 'A'),
    new: count((o) => o.state === 'B'),
    halfUpdated: count((o) => o.state === 'other'),
    damaged: count((o) => o.check !== 'ok'),
    falseLossReports: count((o) => o.notices.length > 0),
  };
}

function expectSound(figures: Figures, total: number) {
  expect(figures.kills).toBe(total);
  expect(figures.halfUpdated).toBe(0);
  expect(figures.damaged).toBe(0);
  expect(figures.falseLossReports).toBe(0);
  // The crashes must really have landed inside imports, and on both sides of commits.
  expect(figures.insideTransaction).toBeGreaterThan(total / 2);
  expect(figures.old).toBeGreaterThan(0);
  expect(figures.new).toBeGreaterThan(0);
}

/** A database holding state A (imported after B, so the child's first import brings B). */
function setUp() {
  const dir = tempDir();
  const fileA = writeOffice(dir, 'a.txt', OFFICE, UNITS_A);
  const fileB = writeOffice(dir, 'b.txt', OFFICE, UNITS_B);
  const template = path.join(dir, 'template.db');
  const store = openStore(template, { create: true });
  store.importDocuments(readDocumentsForImportNow([fileB]));
  const B = normalize(store.exportAll('json'));
  store.importDocuments(readDocumentsForImportNow([fileA]));
  const A = normalize(store.exportAll('json'));
  store.close();
  expect(A).not.toBe(B);
  return { dir, template, files: [fileB, fileA], states: { A, B } };
}

describe('an import crashed at random moments', () => {
  it(
    `leaves the database exactly old or exactly new: ${KILLS} SIGKILLs`,
    async () => {
      const { dir, template, files, states } = setUp();
      const docs = path.join(dir, 'docs.json');
      writeFileSync(docs, JSON.stringify(files.map((file) => readDocumentsForImportNow([file]))));
      const kill = { blob: await buildChildSnapshot(dir), docs };
      const duration = await importDuration(template, dir, kill);
      const outcomes: Outcome[] = [];
      let next = 0;
      const worker = async () => {
        while (next < KILLS) {
          const n = next++;
          // Anywhere in the import, or a little after its commit (it runs a little slower
          // while another child starts).
          const trigger = n % 3 === 2 ? 'C0' : 'ready';
          outcomes.push(await killOnce(template, dir, n, kill, trigger, Math.random() * duration * 1.2, states));
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const figures = figuresOf(outcomes);
      console.log(`crash test, SIGKILL: ${JSON.stringify(figures)}`);
      expectSound(figures, KILLS);
    },
    // About 20 s for 100 kills on two quiet cores; three minutes at load 20.
    60_000 + KILLS * 3000,
  );

  it(`leaves the database exactly old or exactly new: ${IMAGES} crash images`, async () => {
    const { dir, template, files, states } = setUp();
    const images = await crashImages(template, dir, files, IMAGES);
    const figures = figuresOf(images.map((image) => examine(image.path, image.inside, states)));
    console.log(`crash test, images: ${JSON.stringify(figures)}`);
    expectSound(figures, IMAGES);
  }, 60_000);
});
