// The stored index's offices, beside its bytes: a write reads from them what the base
// index lacks (search-index.ts) without reading the base itself, which at national size is
// hundreds of megabytes. Null for an index stored before this column: the next write
// stores the index afresh, with its offices.
import type { Migration } from './types.ts';

export const searchIndexOffices: Migration = {
  version: 10,
  name: 'search index offices',
  up(db) {
    db.exec('ALTER TABLE search_index ADD COLUMN offices TEXT');
  },
};
