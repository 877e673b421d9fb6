// Schema versions, applied in order; PRAGMA user_version records the last one applied.
import type { Database } from 'better-sqlite3';
import { initial } from './001_initial.ts';
import { searchIndex } from './002_search_index.ts';
import { foreignKeyIndexes } from './003_foreign_key_indexes.ts';
import { shippedDocuments } from './004_shipped_documents.ts';
import { unitKind } from './005_unit_kind.ts';
import { importJournal } from './006_import_journal.ts';
import { versions } from './007_versions.ts';
import { directory } from './008_directory.ts';
import { searchSegments } from './009_search_segments.ts';
import { searchIndexOffices } from './010_search_index_offices.ts';
import { changeSummaries } from './011_change_summaries.ts';
import { searchIndexPages } from './012_search_index_pages.ts';
import { directoryNational } from './013_directory_national.ts';
import type { Migration } from './types.ts';

export type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [
  initial,
  searchIndex,
  foreignKeyIndexes,
  shippedDocuments,
  unitKind,
  importJournal,
  versions,
  directory,
  searchSegments,
  searchIndexOffices,
  changeSummaries,
  searchIndexPages,
  directoryNational,
];

export const latestVersion = migrations[migrations.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to `target` (default: the latest), each step in its own transaction. */
export function migrate(db: Database, target = latestVersion): void {
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
