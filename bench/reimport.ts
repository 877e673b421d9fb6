// The index at import time, through the real store on a real SQLite file: the 150k-clause
// directory imported, the whole index rebuilt from the database (`fullBuildMs`: every
// office's segment built and merged), and one 30-unit office re-imported into it
// (`officeReimportMs`: read, diff, write the new version, its segment, the merge, commit).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/node/store/connection.ts';
import { importDocuments, type DocumentToImport } from '../electron/node/store/import.ts';
import { rebuildSearchIndex } from '../electron/node/store/search-index.ts';
import { officeAsParsed } from '../electron/node/store/snapshot.ts';
import type { OfficeDetail, ParsedDocument } from '../shared/types.ts';
import { ms } from './measure.ts';

const REIMPORTS = 5;
const BUILDS = 1;

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
    const reimports: number[] = [];
    for (let i = 0; i < REIMPORTS; i++) {
      const doc = documentOf(i % 2 === 0 ? changed : office, `第${i}次`);
      const t = performance.now();
      importDocuments(db, [doc]);
      reimports.push(performance.now() - t);
    }
    const segments = db.prepare('SELECT count(*) FROM search_segments').pluck().get() as number;
    db.close();
    return {
      line: {
        bench: 'index-updates',
        offices: offices.length,
        segments,
        fullBuildMs: median(builds),
        fullBuildRuns: builds.map(ms),
        officeReimportMs: median(reimports),
        officeReimportRuns: reimports.map(ms),
        note: 'fullBuildMs: every segment built from the database rows and merged, stored (one run); officeReimportMs: importDocuments of one 30-unit office with one changed duty, index included (median of 5)',
      },
      fullBuildMs: median(builds),
      officeReimportMs: median(reimports),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
