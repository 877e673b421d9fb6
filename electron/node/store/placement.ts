// Writes an office's directory placement (region, level, kind), read from its name, into its
// row: at import (write.ts) and for offices stored before the columns existed (migration 008).
import type { Database } from 'better-sqlite3';
import { placeOffice } from '../../../shared/directory/index.ts';

export function storePlacement(db: Database, officeId: number, name: string): void {
  const { region, level, kind } = placeOffice(name);
  db.prepare(
    `UPDATE offices SET region_province = ?, region_city = ?, region_county = ?, region_township = ?,
                region_code = ?, region_ambiguous = ?, level = ?, kind = ? WHERE id = ?`,
  ).run(
    region.province,
    region.city,
    region.county,
    region.township,
    region.code,
    region.ambiguous ? 1 : 0,
    level,
    kind,
    officeId,
  );
}
