// The national level (国务院部委, 中共中央…, 最高人民法院) and better readings of office names
// (vertically managed branches, CPPCC and Youth League committees, traditional script): the
// level column's CHECK of step 8 is widened, and every stored office is placed afresh.
// SQLite cannot alter a CHECK, so the column is rebuilt in place (add, drop, rename): the
// table, its rows, ids and the foreign keys that point at it stay as they were.
import { storePlacement } from '../placement.ts';
import type { Migration } from './types.ts';

export const directoryNational: Migration = {
  version: 13,
  name: 'directory national level',
  up(db) {
    db.exec(`
      DROP INDEX offices_level;
      ALTER TABLE offices ADD COLUMN level_13 TEXT CHECK (level_13 IN ('national', 'province', 'city', 'county', 'township'));
      ALTER TABLE offices DROP COLUMN level;
      ALTER TABLE offices RENAME COLUMN level_13 TO level;
      CREATE INDEX offices_level ON offices (level);
    `);
    const offices = db.prepare('SELECT id, name FROM offices').all() as { id: number; name: string }[];
    for (const office of offices) storePlacement(db, office.id, office.name);
  },
};
