// The stored index in two tiers: one office re-imported into a directory writes that office's
// segment and leaves the base blob as it is; the next load merges it in, with the same results
// as an index built afresh; past a share of the base, a write merges the delta into the base.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import {
  freshSearchIndex,
  loadStoredSearchIndex,
  refreshSearchIndex,
} from '../../../electron/node/store/search-index.ts';
import { writeDocument } from '../../../electron/node/store/write.ts';
import { DROPPED_OFFICE, search } from '../../../shared/search/index.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import { handOffice, handSource, tempDir, writeDocuments } from './helpers.ts';

const TOPICS = ['河道采砂', '电梯安全', '残疾证', '出入境证件', '食品抽检', '校车管理', '林木采伐', '渔船检验'];

/** The hand office with 30 more units, each with two duties, so that its segment has some weight. */
function office(city: string, variant = ''): ParsedDocument {
  const doc = handOffice(`${city}人民政府办公室`);
  for (let k = 0; k < 30; k++) {
    const topic = TOPICS[k % TOPICS.length];
    doc.office.units.push({
      name: `${topic}${k}科${variant}`,
      kind: 'internal',
      aliases: [],
      formerNames: [],
      label: null,
      line: 20 + k,
      duties: [
        { label: null, text: `负责${city}${topic}的监督管理，组织开展${topic}专项检查。`, line: 20 + k },
        { label: null, text: `承办${city}${topic}投诉举报的受理和调查处理工作${variant}。`, line: 20 + k },
      ],
      people: [],
      units: [],
    });
  }
  return doc;
}

// Forty offices: one office's rows and segment are then a small part of the base.
const CITIES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'].flatMap((a) =>
  ['东', '西', '南', '北'].map((b) => a + b),
);
const QUERIES = ['电梯安全', '乙市', '残疾证投诉', 'hedao', '渔船', '秘书科', '出入境证件举报', '重新'];

type Head = { base: number; built_at: string; offices: string };
const head = (db: Database.Database) =>
  db.prepare('SELECT base, built_at, offices FROM search_index WHERE id = 1').get() as Head;
const liveIds = (db: Database.Database) => db.prepare('SELECT id FROM offices ORDER BY id').pluck().all() as number[];

function reimport(db: Database.Database, city: string, variant: string): void {
  db.transaction(() => {
    writeDocument(db, office(`${city}市`, variant), handSource(`${city}.txt`), '2024-02-01T00:00:00.000Z');
    refreshSearchIndex(db);
  })();
}

/** What a search finds, as a user sees it (office, unit, text), for each query. */
const found = (index: ReturnType<typeof freshSearchIndex>) =>
  QUERIES.map((q) => search(index, q, { limit: 20 }).hits.map((h) => [h.officeId, h.unit, h.text, h.score]));

describe('the stored index in two tiers', () => {
  const setUp = () => {
    const file = path.join(tempDir(), 'tiers.db');
    const db = openDatabase(file, { create: true });
    writeDocuments(
      db,
      CITIES.map((c) => office(`${c}市`)),
    );
    return { db, file };
  };

  it('a one-office re-import writes its segment, not the base, and a load merges it in', () => {
    const { db, file } = setUp();
    const before = head(db);
    expect(JSON.parse(before.offices)).toEqual(liveIds(db));
    const baseBytes = db.prepare('SELECT size FROM search_index').pluck().get() as number;
    db.pragma('wal_checkpoint(TRUNCATE)');

    reimport(db, '乙东', '重新');

    // The base row is the same; the WAL holds one office's rows and segment, less than the
    // base alone (which a rewrite of the base would put in the WAL whole).
    expect(head(db)).toEqual(before);
    const walBytes = statSync(`${file}-wal`).size;
    expect(walBytes).toBeLessThan(baseBytes);
    expect(db.prepare('SELECT office_id FROM search_segments ORDER BY office_id').pluck().all()).toEqual(liveIds(db));

    const loaded = loadStoredSearchIndex(db);
    const units = search(loaded, '电梯安全1科重新', { limit: 5 }).hits.map((h) => [h.office, h.unit]);
    expect(units[0]).toEqual(['乙东市人民政府办公室', '电梯安全1科重新']);
    expect(found(loaded)).toEqual(found(freshSearchIndex(db)));

    // Another connection (another process) reads the base and the delta from the file.
    const other = openDatabase(file);
    expect(found(loadStoredSearchIndex(other))).toEqual(found(freshSearchIndex(db)));
    other.close();
    db.close();
  });

  it('a write that takes the delta past its share of the base rewrites the base with every office', () => {
    const { db } = setUp();
    const before = head(db);
    // One office of forty stays within the share (10% of the base); some more pass it.
    reimport(db, CITIES[0], '一');
    expect(head(db)).toEqual(before);
    let written = 1;
    while (head(db).built_at === before.built_at && written < 8) reimport(db, CITIES[written++], '一');
    expect(written).toBeGreaterThan(2);
    expect(written).toBeLessThan(8);
    expect(JSON.parse(head(db).offices).filter((id: number) => id !== DROPPED_OFFICE)).toEqual(liveIds(db));
    expect(found(loadStoredSearchIndex(db))).toEqual(found(freshSearchIndex(db)));
    db.close();
  });

  it('a damaged delta segment is rebuilt from its office when the index is loaded', () => {
    const { db, file } = setUp();
    reimport(db, '丁南', '重新');
    const newest = liveIds(db).at(-1)!;
    const bytes = db.prepare('SELECT bytes FROM search_segments WHERE office_id = ?').pluck().get(newest) as Buffer;
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5] ^= 0x10;
    db.prepare('UPDATE search_segments SET bytes = ? WHERE office_id = ?').run(flipped, newest);
    const other = openDatabase(file);
    expect(found(loadStoredSearchIndex(other))).toEqual(found(freshSearchIndex(db)));
    other.close();
    db.close();
  });
});
