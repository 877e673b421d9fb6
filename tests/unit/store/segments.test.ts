// The stored index is per-office segments merged: writing one office builds that office's
// segment only, and a damaged segment is rebuilt from its office's rows.
import Database from 'better-sqlite3';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/store/connection.ts';
import {
  loadStoredSearchIndex,
  rebuildSearchIndex,
  refreshSearchIndex,
} from '../../../electron/node/store/search-index.ts';
import { writeDocument } from '../../../electron/node/store/write.ts';
import { search } from '../../../shared/search/index.ts';
import type { ParsedDocument } from '../../../shared/types.ts';
import { handOffice, handSource, tempDir, writeDocuments } from './helpers.ts';

/** The hand office under another name, its first unit renamed. */
function office(name: string, firstUnit = '秘书科'): ParsedDocument {
  const doc = handOffice(name);
  doc.office.units[0]!.name = firstUnit;
  return doc;
}

type Row = { office_id: number; bytes: Buffer; checksum: number };
const segments = (db: Database.Database) =>
  db.prepare('SELECT office_id, bytes, checksum FROM search_segments ORDER BY office_id').all() as Row[];

function unitsFound(db: Database.Database, query: string) {
  return search(loadStoredSearchIndex(db), query, { limit: 50 })
    .hits.filter((h) => h.kind === 'unit')
    .map((h) => [h.officeId, h.unit]);
}

function damage(db: Database.Database, officeId: number): void {
  const { bytes } = segments(db).find((r) => r.office_id === officeId)!;
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 3] ^= 0x40;
  db.prepare('UPDATE search_segments SET bytes = ? WHERE office_id = ?').run(flipped, officeId);
}

describe('search index segments', () => {
  const setUp = () => {
    const db = openDatabase(path.join(tempDir(), 'segments.db'), { create: true });
    writeDocuments(db, [office('甲市人民政府办公室'), office('乙市人民政府办公室'), office('丙市人民政府办公室')]);
    return db;
  };

  it('stores one segment per office', () => {
    const db = setUp();
    expect(segments(db).map((r) => r.office_id)).toEqual([1, 2, 3]);
    expect(unitsFound(db, '秘书科').map(([id]) => id)).toEqual([1, 2, 3]);
    db.close();
  });

  it('re-importing one office builds its segment only, and the index answers for the new content', () => {
    const db = setUp();
    // A damaged segment of office 1 that a rebuild of all segments would repair: left as it is,
    // it shows that replacing office 2 touched no other office's segment.
    damage(db, 1);
    const before = segments(db);
    db.transaction(() => {
      writeDocument(db, office('乙市人民政府办公室', '综合科'), handSource('again.txt'), '2024-02-01T00:00:00.000Z');
      refreshSearchIndex(db);
    })();
    const after = segments(db);
    expect(after.map((r) => r.office_id)).toEqual([1, 3, 4]);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[2]);
    expect(unitsFound(db, '综合科')).toEqual([[4, '综合科']]);
    expect(unitsFound(db, '秘书科').map(([id]) => id)).toEqual([1, 3]);
    db.close();
  });

  it('rebuilds a damaged segment from its office when the index is rebuilt', () => {
    const db = setUp();
    damage(db, 2);
    const damaged = segments(db).find((r) => r.office_id === 2)!;
    expect(crc32(damaged.bytes)).not.toBe(damaged.checksum);
    db.prepare('DELETE FROM search_index').run();
    expect(unitsFound(db, '秘书科').map(([id]) => id)).toEqual([1, 2, 3]);
    const repaired = segments(db).find((r) => r.office_id === 2)!;
    expect(crc32(repaired.bytes)).toBe(repaired.checksum);
    rebuildSearchIndex(db);
    expect(segments(db).find((r) => r.office_id === 2)).toEqual(repaired);
    db.close();
  });
});
