// Import history, corrections and trusted keys.
// - office_versions: every state an office was stored in, numbered per office name from 1:
//   the structure as written (the parsed, corrected document as deflated JSON), where it came
//   from (file, bytes hash, the raw lines in version_sources), the corrections applied, the
//   as-of date the document states (null: undated) and a one-line summary of the change.
//   Rows are only ever added: a rollback is a new version.
// - version_sources: raw lines, deflated, stored once per distinct content, since re-imports
//   and rollbacks keep pointing at the same few sources.
// - document_corrections: the user's corrections per document (keyed by the office name the
//   parser read, see corrections.ts), applied again on every import of that document.
// - trusted_keys: the Ed25519 public keys whose data packages import without asking.
// - shipped_offers: newer shipped copies of offices the user has re-imported or corrected,
//   left for the user to accept instead of replacing their version.
import type { Migration } from './types.ts';

export const versions: Migration = {
  version: 7,
  name: 'office versions, corrections, trusted keys',
  up(db) {
    db.exec(`
      CREATE TABLE version_sources (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
        encoding     TEXT NOT NULL,
        line_count   INTEGER NOT NULL CHECK (line_count >= 0),
        lines        BLOB NOT NULL
      );

      CREATE TABLE office_versions (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        office        TEXT NOT NULL CHECK (office <> ''),
        number        INTEGER NOT NULL CHECK (number >= 1),
        created_at    TEXT NOT NULL,
        as_of         TEXT,
        origin        TEXT NOT NULL CHECK (origin IN ('earlier', 'import', 'shipped', 'rollback', 'package')),
        source_file   TEXT NOT NULL,
        source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
        source_id     INTEGER NOT NULL REFERENCES version_sources(id),
        document_key  TEXT NOT NULL,
        corrections   TEXT NOT NULL DEFAULT '[]' CHECK (json_type(corrections) = 'array'),
        structure     BLOB NOT NULL,
        summary       TEXT NOT NULL,
        restored_from INTEGER,
        signer        TEXT,
        UNIQUE (office, number)
      );
      CREATE INDEX office_versions_by_key ON office_versions(document_key, id);

      CREATE TABLE document_corrections (
        document_key TEXT PRIMARY KEY CHECK (document_key <> ''),
        corrections  TEXT NOT NULL CHECK (json_type(corrections) = 'array'),
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE trusted_keys (
        public_key TEXT PRIMARY KEY CHECK (public_key <> ''),
        label      TEXT NOT NULL DEFAULT '',
        added_at   TEXT NOT NULL
      );

      CREATE TABLE shipped_offers (
        file     TEXT PRIMARY KEY,
        office   TEXT NOT NULL,
        sha256   TEXT NOT NULL CHECK (length(sha256) = 64),
        found_at TEXT NOT NULL
      );
    `);
  },
};
