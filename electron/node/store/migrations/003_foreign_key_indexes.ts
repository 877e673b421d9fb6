// Indexes on the foreign keys: reading one office's tree and the cascading delete of a
// replaced office would otherwise scan whole tables.
import type { Migration } from './types.ts';

export const foreignKeyIndexes: Migration = {
  version: 3,
  name: 'foreign key indexes',
  up(db) {
    db.exec(`
      CREATE INDEX units_by_office   ON units(office_id, parent_id, sort_order);
      CREATE INDEX units_by_parent   ON units(parent_id);
      CREATE INDEX duties_by_office  ON duties(office_id, unit_id, sort_order);
      CREATE INDEX duties_by_unit    ON duties(unit_id);
      CREATE INDEX people_by_office  ON people(office_id, unit_id, sort_order);
      CREATE INDEX people_by_unit    ON people(unit_id);
      CREATE INDEX honors_by_office  ON honors(office_id, sort_order);
      CREATE INDEX contacts_by_office ON contacts(office_id, sort_order);
      CREATE INDEX diagnostics_by_office ON diagnostics(office_id, sort_order);
    `);
  },
};
