// SIGKILL at random moments of an import: a child process imports two versions of an office
// in turn, the test kills it at a random time, and the database must then be exactly the
// old or exactly the new state, pass quick_check, and report no lost import.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/node/store/store.ts';
import { tempDir } from './helpers.ts';
import { normalize, writeOffice } from './states.ts';

const child = path.join(import.meta.dirname, 'children', 'import-loop.ts');
const KILLS = 100;
const PARALLEL = 4;
const OFFICE = '样例市外事办公室';
const UNITS_A = ['办公室', '护照签证科', '友城交流科'];
const UNITS_B = ['综合科', '礼宾科'];

interface Outcome { inside: boolean; state: 'A' | 'B' | 'other'; check: string; notices: string[] }

function exportOf(dbPath: string): { state: string; units: string[]; notices: string[] } {
  const store = openStore(dbPath);
  try {
    const units = store.listOffices().map((o) => store.getOffice(o.id).units.map((u) => u.name)).flat();
    return { state: normalize(store.exportAll('json')), units, notices: store.notices };
  } finally {
    store.close();
  }
}

/** Runs one child on its own copy of the template and kills it `delayMs` after it is ready. */
function killOnce(template: string, dir: string, n: number, files: string[], delayMs: number, states: Record<'A' | 'B', string>): Promise<Outcome> {
  const dbPath = path.join(dir, `kill-${n}.db`);
  copyFileSync(template, dbPath);
  copyFileSync(`${template}.journal`, `${dbPath}.journal`);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dbPath, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => {
      const first = !out.includes('ready');
      out += d.toString();
      if (first && out.includes('ready')) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed: ${err}`));
      const markers = out.split('\n').filter((line) => /^[BC]\d+$/.test(line));
      const raw = new Database(dbPath);
      const check = raw.pragma('quick_check', { simple: true }) as string;
      raw.close();
      const { state, units, notices } = exportOf(dbPath);
      const which = state === states.A ? 'A' : state === states.B ? 'B' : 'other';
      // The hand-typed unit lists must agree with the state found.
      if (which === 'A') expect(units).toEqual(UNITS_A);
      if (which === 'B') expect(units).toEqual(UNITS_B);
      resolve({ inside: markers.at(-1)?.startsWith('B') ?? false, state: which, check, notices });
    });
  });
}

describe('an import killed at random moments', () => {
  it(`leaves the database exactly old or exactly new, ${KILLS} kills`, async () => {
    const dir = tempDir();
    const fileA = writeOffice(dir, 'a.txt', OFFICE, UNITS_A);
    const fileB = writeOffice(dir, 'b.txt', OFFICE, UNITS_B);
    const template = path.join(dir, 'template.db');
    const store = openStore(template, { create: true });
    store.importFiles([fileB]);
    const stateB = normalize(store.exportAll('json'));
    store.importFiles([fileA]);
    const stateA = normalize(store.exportAll('json'));
    store.close();
    expect(stateA).not.toBe(stateB);

    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < KILLS) {
        const n = next++;
        // Uniform over the first ~10 imports after the child is ready (each takes some tens of ms).
        outcomes.push(await killOnce(template, dir, n, [fileB, fileA], Math.random() * 300, { A: stateA, B: stateB }));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
    const figures = {
      kills: outcomes.length, insideTransaction: count((o) => o.inside), old: count((o) => o.state === 'A'),
      new: count((o) => o.state === 'B'), halfUpdated: count((o) => o.state === 'other'),
      damaged: count((o) => o.check !== 'ok'), falseLossReports: count((o) => o.notices.length > 0),
    };
    console.log(`crash test: ${JSON.stringify(figures)}`);
    expect(figures.kills).toBe(KILLS);
    expect(figures.halfUpdated).toBe(0);
    expect(figures.damaged).toBe(0);
    expect(figures.falseLossReports).toBe(0);
    // The kills must really have landed inside imports, and on both sides of commits.
    expect(figures.insideTransaction).toBeGreaterThan(KILLS / 2);
    expect(figures.old).toBeGreaterThan(0);
    expect(figures.new).toBeGreaterThan(0);
  }, 120_000);
});
