// Writes an office's directory placement (region, level, kind), read from its name, into its
// row: at import (write.ts), for offices stored before the columns existed (migration 008),
// and at every read-write open for offices a newer version reads differently (refreshPlacements).
import type { Database } from 'better-sqlite3';
import { placeOffice } from '../../../shared/directory/index.ts';
import type { OfficePlacement } from '../../../shared/types.ts';

const COLUMNS = [
  'region_province',
  'region_city',
  'region_county',
  'region_township',
  'region_code',
  'region_ambiguous',
  'level',
  'kind',
] as const;

type PlacementValues = (string | number | null)[];

function valuesOf({ region, level, kind }: OfficePlacement): PlacementValues {
  return [
    region.province,
    region.city,
    region.county,
    region.township,
    region.code,
    region.ambiguous ? 1 : 0,
    level,
    kind,
  ];
}

function writePlacement(db: Database, officeId: number, values: PlacementValues): void {
  db.prepare(`UPDATE offices SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...values, officeId);
}

export function storePlacement(db: Database, officeId: number, name: string): void {
  writePlacement(db, officeId, valuesOf(placeOffice(name)));
}

/**
 * Places afresh every stored office whose placement this version reads differently from its
 * name: the rules grow between versions (a zone named after a municipality is city level), and
 * a directory must not keep an older version's reading. Reads only when nothing differs, so
 * an open writes nothing in the usual case; about 16 µs an office. Returns how many changed.
 */
export function refreshPlacements(db: Database): number {
  const rows = db
    .prepare(`SELECT id, name, ${COLUMNS.join(', ')} FROM offices`)
    .raw()
    .all() as PlacementValues[];
  const stale = rows.flatMap(([id, name, ...stored]) => {
    const fresh = valuesOf(placeOffice(name as string));
    return fresh.some((value, i) => value !== stored[i]) ? [{ id: id as number, fresh }] : [];
  });
  if (stale.length > 0)
    db.transaction(() => stale.forEach(({ id, fresh }) => writePlacement(db, id, fresh))).immediate();
  return stale.length;
}
