// Opens an OrgAtlas database file: refuses anything that is not a healthy OrgAtlas
// database (without writing to it), then sets WAL and foreign keys and migrates.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from './errors.ts';
import { latestVersion, migrate, schemaVersion } from './migrations/index.ts';

/** PRAGMA application_id of OrgAtlas databases ("OrAt"), so other SQLite files are refused. */
export const APPLICATION_ID = 0x4f724174;

export interface OpenOptions {
  /** Open without writing; the schema must already be current. */
  readonly?: boolean;
  /** Create the file when it does not exist (default: the file must exist). */
  create?: boolean;
}

function unavailable(path: string, reason: string): StoreError {
  return new StoreError('unavailable', `cannot open database ${path}: ${reason}`);
}

function sqliteMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (existsSync(path) && statSync(path).isDirectory()) throw unavailable(path, 'it is a directory');
  if (!options.create && !existsSync(path)) throw unavailable(path, 'no such file');
  if (!existsSync(dirname(path))) throw unavailable(path, `the folder ${dirname(path)} does not exist`);

  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (err) {
    throw unavailable(path, sqliteMessage(err));
  }
  try {
    checkIdentity(db, path);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
    }
    db.pragma('foreign_keys = ON');
    if (options.readonly) {
      if (schemaVersion(db) !== latestVersion) throw unavailable(path, 'its schema is out of date; open it once read-write');
    } else {
      if (schemaVersion(db) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw unavailable(path, sqliteMessage(err));
  }
}

/** Reads only: a damaged file, another program's database or a newer schema is refused. */
function checkIdentity(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (err) {
    throw unavailable(path, `${sqliteMessage(err)} (damaged or not an OrgAtlas database)`);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw unavailable(path, `the file is damaged (quick_check: ${problems[0] ?? 'no result'})`);
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  const tableCount = db.prepare('SELECT count(*) AS n FROM sqlite_schema').pluck().get() as number;
  const isEmpty = appId === 0 && version === 0 && tableCount === 0;
  if (!isEmpty && appId !== APPLICATION_ID) throw unavailable(path, 'it is not an OrgAtlas database');
  if (version > latestVersion) {
    throw unavailable(path, `it was written by a newer OrgAtlas (schema ${version}, this version knows ${latestVersion})`);
  }
}
