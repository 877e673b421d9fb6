// The first schema: many offices, each from one source document, with units as a tree,
// duties split into clauses, people, honours, contacts, provenance and import diagnostics.
// Name lists (aliases, former names, summary paragraphs) are JSON arrays of strings.
// Ids are AUTOINCREMENT so a replaced office's ids are never reused: a stale id held by
// the UI finds nothing instead of some other record.
import type { Migration } from './types.ts';

export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
        encoding    TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );

      CREATE TABLE source_lines (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        line      INTEGER NOT NULL CHECK (line >= 1),
        text      TEXT NOT NULL,
        PRIMARY KEY (source_id, line)
      ) WITHOUT ROWID;

      -- Deleting an office's source deletes the office and everything under it.
      CREATE TABLE offices (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        source_id    INTEGER NOT NULL UNIQUE REFERENCES sources(id) ON DELETE CASCADE,
        name         TEXT NOT NULL UNIQUE CHECK (name <> ''),
        aliases      TEXT NOT NULL DEFAULT '[]' CHECK (json_type(aliases) = 'array'),
        former_names TEXT NOT NULL DEFAULT '[]' CHECK (json_type(former_names) = 'array'),
        summary      TEXT NOT NULL DEFAULT '[]' CHECK (json_type(summary) = 'array'),
        address      TEXT,
        as_of        TEXT
      );

      CREATE TABLE units (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        office_id    INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
        parent_id    INTEGER REFERENCES units(id) ON DELETE CASCADE,
        sort_order   INTEGER NOT NULL,
        name         TEXT NOT NULL,
        aliases      TEXT NOT NULL DEFAULT '[]' CHECK (json_type(aliases) = 'array'),
        former_names TEXT NOT NULL DEFAULT '[]' CHECK (json_type(former_names) = 'array'),
        label        TEXT,
        line         INTEGER NOT NULL
      );

      -- A duty belongs to its office and, unless it is an office-level duty, to a unit.
      CREATE TABLE duties (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        office_id  INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
        unit_id    INTEGER REFERENCES units(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        label      TEXT,
        text       TEXT NOT NULL,
        line       INTEGER NOT NULL
      );

      CREATE TABLE duty_clauses (
        duty_id    INTEGER NOT NULL REFERENCES duties(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        text       TEXT NOT NULL,
        PRIMARY KEY (duty_id, sort_order)
      ) WITHOUT ROWID;

      CREATE TABLE people (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        office_id  INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
        unit_id    INTEGER REFERENCES units(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        title      TEXT NOT NULL,
        name       TEXT NOT NULL,
        line       INTEGER NOT NULL
      );

      CREATE TABLE honors (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        office_id  INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        date       TEXT,
        text       TEXT NOT NULL,
        line       INTEGER NOT NULL
      );

      CREATE TABLE contacts (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        office_id  INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        label      TEXT NOT NULL,
        value      TEXT NOT NULL,
        line       INTEGER NOT NULL
      );

      CREATE TABLE diagnostics (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        office_id  INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        line       INTEGER NOT NULL,
        severity   TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
        code       TEXT NOT NULL,
        message    TEXT NOT NULL
      );
    `);
  },
};
