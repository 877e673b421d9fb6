// Change summaries as data: each version's summary as counts (shared/diff/summary.ts, JSON),
// so the UI words it in its own language. The text column stays (the CLI's Chinese line,
// and what older app versions read). Rows written before this have no JSON; their summary is
// derived from the stored structures when read (see versions.ts changesOf).
import type { Migration } from './types.ts';

export const changeSummaries: Migration = {
  version: 11,
  name: 'change summaries as data',
  up(db) {
    db.exec(`ALTER TABLE office_versions ADD COLUMN changes TEXT CHECK (changes IS NULL OR json_valid(changes))`);
  },
};
