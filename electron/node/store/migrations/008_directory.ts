// Where each office sits in the directory: its region (province, city, county, township and
// the deepest division's code), level and kind, read from its name (shared/directory/).
// Imports set them; offices stored before this step are placed by step 13, which places
// every office afresh (today's rules read levels, such as national, this CHECK refuses).
import type { Migration } from './types.ts';

export const directory: Migration = {
  version: 8,
  name: 'directory',
  up(db) {
    db.exec(`
      ALTER TABLE offices ADD COLUMN region_province TEXT;
      ALTER TABLE offices ADD COLUMN region_city TEXT;
      ALTER TABLE offices ADD COLUMN region_county TEXT;
      ALTER TABLE offices ADD COLUMN region_township TEXT;
      ALTER TABLE offices ADD COLUMN region_code TEXT;
      ALTER TABLE offices ADD COLUMN region_ambiguous INTEGER NOT NULL DEFAULT 0 CHECK (region_ambiguous IN (0, 1));
      ALTER TABLE offices ADD COLUMN level TEXT CHECK (level IN ('province', 'city', 'county', 'township'));
      ALTER TABLE offices ADD COLUMN kind TEXT NOT NULL DEFAULT 'government' CHECK (kind IN ('government', 'party', 'institution'));
      CREATE INDEX offices_region_province ON offices (region_province);
      CREATE INDEX offices_level ON offices (level);
    `);
  },
};
