// The index at import time, through the real store on a real SQLite file: the 150k-clause
// directory imported, the whole index rebuilt from the database (`fullBuildMs`: every
// office's segment built and merged), and one 30-unit office re-imported into it
// (`officeReimportMs`: read, diff, write the new version and its segment, commit), then the
// index loaded for the next search (`loadAfterReimportMs`: the delta merged in memory).
// Interleaved with the same re-import by the previous path, which rewrote the base blob on
// every write (`compactSearchIndex` in the import's transaction), for a ratio in one run.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/node/store/connection.ts';
import { importDocuments, type DocumentToImport } from '../electron/node/store/import.ts';
import { compactSearchIndex, loadStoredSearchIndex, rebuildSearchIndex } from '../electron/node/store/search-index.ts';
import { officeAsParsed } from '../electron/node/store/snapshot.ts';
import type { OfficeDetail, ParsedDocument } from '../shared/types.ts';
import { ms } from './measure.ts';

const REIMPORTS = 5;
const BUILDS = 3;

/** A generated office as the parser would hand it to an import. */
function documentOf(office: OfficeDetail, note = ''): DocumentToImport {
  const stored = officeAsParsed(office);
  const parsed: ParsedDocument = {
    ...stored,
    office: { ...stored.office, summary: note ? [note] : [] },
    diagnostics: [],
  };
  const text = JSON.stringify(parsed.office);
  return {
    path: office.source.path,
    format: 'text',
    parsed,
    source: {
      path: office.source.path,
      sha256: createHash('sha256').update(text).digest('hex'),
      encoding: 'utf-8',
      lines: [office.name],
    },
  };
}

const median = (xs: number[]) => ms([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
const timings = () => ({ wall: [] as number[], cpu: [] as number[], load: [] as number[] });
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

export function runReimport(offices: OfficeDetail[], log: (msg: string) => void, fullBuilds = BUILDS) {
  const dir = mkdtempSync(join(tmpdir(), 'orgatlas-bench-'));
  try {
    const db = openDatabase(join(dir, 'directory.db'), { create: true });
    log(`reimport: importing ${offices.length} offices into a database`);
    importDocuments(
      db,
      offices.map((o) => documentOf(o)),
    );
    const builds: number[] = [];
    for (let i = 0; i < fullBuilds; i++) {
      db.prepare('DELETE FROM search_segments').run();
      const t = performance.now();
      db.transaction(() => rebuildSearchIndex(db)).immediate();
      builds.push(performance.now() - t);
    }
    // A 30-unit office, imported again with one changed duty, then back: each a new version.
    const office = offices.find((o) => o.units.length === 30)!;
    const changed = structuredClone(office);
    changed.units[7]!.duties[0]!.text = `负责${office.name}电梯安全监察工作。`;
    const runs = { tiered: timings(), rewrite: timings() };
    for (let i = 0; i < 2 * REIMPORTS; i++) {
      const doc = documentOf(Math.floor(i / 2) % 2 === 0 ? changed : office, `第${i}次`);
      const path = i % 2 === 0 ? 'tiered' : 'rewrite';
      const into = runs[path];
      const t = performance.now();
      const cpu = process.cpuUsage();
      if (path === 'tiered') importDocuments(db, [doc]);
      else
        db.transaction(() => {
          importDocuments(db, [doc]);
          compactSearchIndex(db);
        }).immediate();
      into.cpu.push(cpuMs(cpu));
      into.wall.push(performance.now() - t);
      const l = performance.now();
      loadStoredSearchIndex(db);
      into.load.push(performance.now() - l);
    }
    const segments = db.prepare('SELECT count(*) FROM search_segments').pluck().get() as number;
    db.close();
    const { tiered, rewrite } = runs;
    const officeReimportMs = median(tiered.wall);
    return {
      line: {
        bench: 'index-updates',
        offices: offices.length,
        segments,
        fullBuildMs: median(builds),
        fullBuildRuns: builds.map(ms),
        officeReimportMs,
        officeReimportRuns: tiered.wall.map(ms),
        officeReimportCpuMs: median(tiered.cpu),
        loadAfterReimportMs: median(tiered.load),
        rewriteReimportMs: median(rewrite.wall),
        rewriteReimportCpuMs: median(rewrite.cpu),
        rewriteLoadAfterReimportMs: median(rewrite.load),
        reimportSpeedup: ms(median(rewrite.wall) / officeReimportMs),
        reimportCpuSpeedup: ms(median(rewrite.cpu) / median(tiered.cpu)),
        loadAverage: loadavg().map(ms),
        note: `fullBuildMs: every segment built from the database rows and merged, stored (median of ${BUILDS}; the first run is cold); officeReimportMs: importDocuments of one 30-unit office with one changed duty, index included (median of ${REIMPORTS}); loadAfterReimportMs: loading the index for the next search (the delta merged in memory); rewrite*: the same re-imports, interleaved, rewriting the base blob on every write as before the two tiers`,
      },
      fullBuildMs: median(builds),
      officeReimportMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
