// Opens an OrgAtlas database file: refuses anything that is not a healthy OrgAtlas
// database (without writing to it), then sets WAL, durability and foreign keys, migrates and
// places afresh offices this version reads differently.
// A file that cannot be written (read-only file, folder or disk) is opened read-only.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StoreError } from './errors.ts';
import { BUSY_TIMEOUT_MS, retryWhileBusy } from './busy.ts';
import { latestVersion, migrate, schemaVersion } from './migrations/index.ts';
import { refreshPlacements } from './placement.ts';
import { describeSqliteError, sqliteProblem } from './sqlite-errors.ts';

/** PRAGMA application_id of OrgAtlas databases ("OrAt"), so other SQLite files are refused. */
export const APPLICATION_ID = 0x4f724174;

export interface OpenOptions {
  /** Open without writing; the schema must already be current. */
  readonly?: boolean;
  /** Create the file when it does not exist (default: the file must exist). */
  create?: boolean;
}

/** The file is not a usable database any more (empty, truncated, garbage): start-up keeps it aside. */
export class DamagedDatabaseError extends StoreError {
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super('unavailable', `cannot open database ${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}

function unavailable(path: string, reason: string): StoreError {
  return new StoreError('unavailable', `cannot open database ${path}: ${reason}`);
}

/** Why a database was opened read-only although writing was asked for. */
const readOnlyReasons = new WeakMap<Database.Database, string>();

/** Set when the database was opened read-only because it cannot be written; says why. */
export function readOnlyReason(db: Database.Database): string | undefined {
  return readOnlyReasons.get(db) ?? (db.readonly ? 'it was opened read-only' : undefined);
}

/**
 * Whether this process can write `path` (a file, or a folder to create files in). Tried, not
 * read from permission bits: on Windows access(W_OK) sees only the read-only attribute, which
 * folders ignore, and never the access lists that lock a folder down; opening for writing (a
 * file) or creating a file (a folder) meets every rule the system applies, mounts included.
 */
function writable(path: string): boolean {
  try {
    if (statSync(path).isDirectory()) {
      const probe = join(path, `.orgatlas-write-probe-${process.pid}`);
      closeSync(openSync(probe, 'wx'));
      rmSync(probe, { force: true });
    } else closeSync(openSync(path, 'r+'));
    return true;
  } catch {
    return false;
  }
}

/** Copies of databases from read-only folders, removed when the process ends. */
const snapshots: string[] = [];
process.once('exit', () => snapshots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * SQLite cannot read a WAL database in a folder where it cannot create the `-shm` index
 * (and this build has no `immutable` URI), so a database on a read-only folder or disk is
 * read from a private copy: nobody can write to the original meanwhile.
 */
function readableCopy(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgatlas-readonly-'));
  snapshots.push(dir);
  const copy = join(dir, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return copy;
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const exists = existsSync(path);
  if (exists && statSync(path).isDirectory()) throw unavailable(path, 'it is a directory');
  if (!options.create && !exists) throw unavailable(path, 'no such file');
  const folder = dirname(path);
  if (!existsSync(folder)) throw unavailable(path, `the folder ${folder} does not exist`);
  // An empty file is what a crash or a full disk leaves of a database, never a new one to fill.
  if (exists && statSync(path).size === 0) {
    throw new DamagedDatabaseError(path, 'the file is empty (0 bytes), so it is not an OrgAtlas database');
  }
  if (!exists && !writable(folder)) throw unavailable(path, `the folder ${folder} cannot be written`);

  let readonly = options.readonly ?? false;
  let reason: string | undefined;
  if (!readonly && exists && !writable(path)) [readonly, reason] = [true, 'the file cannot be written'];
  if (!readonly && !writable(folder)) [readonly, reason] = [true, 'its folder cannot be written'];
  const file = readonly && !writable(folder) ? readableCopy(path) : path;

  let db: Database.Database;
  try {
    db = new Database(file, { readonly, fileMustExist: !options.create, timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw unavailable(path, describeSqliteError(err));
  }
  if (reason) readOnlyReasons.set(db, reason);
  try {
    checkIdentity(db, path);
    if (!readonly) {
      retryWhileBusy(() => db.pragma('journal_mode = WAL'));
      // FULL: a WAL commit is synced before the import is reported done, so a power cut cannot
      // undo it; the cost is one more fsync per import (see README, "Durability").
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (readonly) {
      if (schemaVersion(db) !== latestVersion)
        throw unavailable(path, 'its schema is out of date; open it once read-write');
    } else {
      if (schemaVersion(db) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      retryWhileBusy(() => migrate(db));
      retryWhileBusy(() => refreshPlacements(db));
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw unavailable(path, describeSqliteError(err));
  }
}

/** Reads only: a damaged file, another program's database or a newer schema is refused. */
function checkIdentity(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (err) {
    const problem = sqliteProblem(err);
    if (problem === 'damaged' || problem === 'not-a-database')
      throw new DamagedDatabaseError(path, describeSqliteError(err));
    throw unavailable(path, describeSqliteError(err));
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    // quick_check names the main database on a line of its own, then the first problem.
    const first = problems
      .join(' ')
      .replace(/\*\*\* in database main \*\*\*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    throw new DamagedDatabaseError(path, `the file is damaged (quick_check: ${first.slice(0, 120) || 'no result'})`);
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  const tableCount = db.prepare('SELECT count(*) AS n FROM sqlite_schema').pluck().get() as number;
  const isEmpty = appId === 0 && version === 0 && tableCount === 0;
  if (!isEmpty && appId !== APPLICATION_ID) throw unavailable(path, 'it is not an OrgAtlas database');
  if (version > latestVersion) {
    throw unavailable(
      path,
      `it was written by a newer OrgAtlas (schema ${version}, this version knows ${latestVersion})`,
    );
  }
}
