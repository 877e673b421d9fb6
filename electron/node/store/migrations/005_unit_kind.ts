// A unit's kind: one of the office's own divisions (internal) or a body under it (affiliated,
// 直属单位). Units stored before this step were all listed as the office's units, so they
// become internal; the shipped documents are re-imported with their kinds (IMPORT_VERSION).
import type { Migration } from './types.ts';

export const unitKind: Migration = {
  version: 5,
  name: 'unit kind',
  up(db) {
    db.exec(`
      ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT 'internal' CHECK (kind IN ('internal', 'affiliated'));
    `);
  },
};
