// Where OrgAtlas keeps its database and finds its shipped documents. The default database
// lives in the same folder as Electron's app.getPath('userData') for productName OrgAtlas,
// so the desktop app and the CLI share one file.
import type { Database } from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../store/errors.ts';
import { retryWhileBusy } from '../store/busy.ts';
import { DamagedDatabaseError, openDatabase, readOnlyReason } from '../store/connection.ts';
import { DocumentError } from '../documents/load.ts';
import { importDocuments } from '../store/import.ts';
import { describeLoss, lostCommits, mirrorJournal, readMirror, type JournalEntry } from '../store/journal.ts';
import { refreshShippedDocuments } from '../store/shipped.ts';
import { describeSqliteError, sqliteProblem } from '../store/sqlite-errors.ts';
import { removeLeftovers } from './leftovers.ts';
import { salvageUserImports, type Salvage } from './salvage.ts';

export const PRODUCT_NAME = 'OrgAtlas';
export const DATABASE_FILE = 'orgatlas.db';

type Env = Record<string, string | undefined>;

/** Electron's userData folder for OrgAtlas on the given platform. */
export function userDataDir(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

/** The default database file: $ORGATLAS_DB, else orgatlas.db in the user-data folder. */
export function resolveDefaultDatabase(env: Env = process.env): string {
  return env.ORGATLAS_DB ? path.resolve(env.ORGATLAS_DB) : path.join(userDataDir(env), DATABASE_FILE);
}

/**
 * The shipped documents: $ORGATLAS_DATA_DIR, else `data/` at the repository root. A bundled
 * or packaged build, where this file has moved, passes its own folder instead.
 */
export function defaultDataDir(env: Env = process.env): string {
  return env.ORGATLAS_DATA_DIR
    ? path.resolve(env.ORGATLAS_DATA_DIR)
    : fileURLToPath(new URL('../../../data/', import.meta.url));
}

/** The documents in a folder, in name order (hidden files skipped). */
export function listDocuments(dataDir: string): string[] {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new StoreError('unavailable', `the data folder ${dataDir} does not exist`);
  }
  return readdirSync(dataDir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dataDir, name))
    .filter((file) => statSync(file).isFile());
}

/**
 * Links the finished build in under its final name. Linking, unlike renaming, never
 * replaces a database that a concurrent first start (the app and the CLI at once) already
 * put there and may have opened; file systems without hard links fall back to a rename.
 */
function moveIntoPlace(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return;
    renameSync(from, to);
  }
}

export interface DefaultDatabaseOptions {
  dataDir?: string;
  dbPath?: string;
  /** Told what start-up found and did about it (a damaged file rebuilt, lost imports), one sentence each; default stderr. */
  onNotice?: (sentence: string) => void;
}

/** How long start-up waits for another process's import before it opens the database as it is. */
const START_BUSY_BUDGET_MS = 10_000;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const listed = (names: string[]) => names.join('、');

/**
 * Brings an open database's shipped offices up to date; a failure changes nothing. Returns
 * false when another process kept the database busy for longer than start-up waits.
 */
function refresh(db: Database, dbPath: string, dataDir: string, building: boolean): boolean {
  const documents = listDocuments(dataDir);
  try {
    retryWhileBusy(
      () => refreshShippedDocuments(db, documents, { building }),
      building ? undefined : START_BUSY_BUDGET_MS,
    );
    return true;
  } catch (err) {
    if (err instanceof DocumentError || err instanceof StoreError) throw err;
    if (!building && sqliteProblem(err) === 'busy') return false;
    // Whatever SQLite refused (a full disk, a lock held too long) was rolled back whole.
    throw new StoreError(
      'unavailable',
      `cannot bring ${dbPath} up to date with the documents in ${dataDir}, nothing was changed: ${describeSqliteError(err)}`,
    );
  }
}

/**
 * Builds a database from every document in the data folder, plus `extra` documents (the
 * user's imports salvaged from a damaged copy), into a temporary file in the same folder
 * that is moved into place when complete, so a crash never leaves a half-built database.
 */
function build(dbPath: string, dataDir: string, extra: Salvage['documents'] = []): void {
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const building = `${dbPath}.building-${process.pid}`;
  try {
    const db = openDatabase(building, { create: true });
    try {
      refresh(db, dbPath, dataDir, true);
      if (extra.length > 0) importDocuments(db, extra);
    } finally {
      db.close();
    }
    moveIntoPlace(building, dbPath);
    const built = openDatabase(dbPath);
    try {
      mirrorJournal(built, dbPath);
    } finally {
      built.close();
    }
  } finally {
    for (const leftover of [building, `${building}-wal`, `${building}-shm`]) rmSync(leftover, { force: true });
  }
}

/** The user's imports the mirror lists, latest per office, for naming what a damaged file took with it. */
function userImportsOnRecord(dbPath: string): string[] {
  const latest = new Map<string, JournalEntry>();
  for (const entry of readMirror(dbPath)?.recent ?? []) if (!latest.has(entry.office)) latest.set(entry.office, entry);
  return [...latest.values()].filter((e) => e.origin === 'user').map((e) => e.office);
}

/**
 * A damaged database file is kept aside under a timestamped name (with its -wal and -shm),
 * never overwritten, and a new one is built from the shipped documents and the user's
 * imports that can still be read from it. Returns the sentence that tells the user.
 */
function rebuildDamaged(dbPath: string, dataDir: string, damage: DamagedDatabaseError): string {
  const kept = `${dbPath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(dbPath, kept);
    for (const suffix of ['-wal', '-shm']) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, kept + suffix);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new StoreError('unavailable', `${damage.message}, and it cannot be set aside to build a new one (${why})`);
  }

  const shippedFiles = new Set(listDocuments(dataDir).map((file) => path.basename(file)));
  const salvage = salvageUserImports(kept, shippedFiles);
  const restored = salvage.documents.map((d) => d.parsed.office.name);
  const notRestored = [
    ...new Set([...salvage.unreadable, ...userImportsOnRecord(dbPath).filter((name) => !restored.includes(name))]),
  ];
  build(dbPath, dataDir, salvage.documents);

  const name = path.basename(dbPath);
  const yours = restored.length
    ? ` and ${plural(restored.length, 'of your imports', 'of your imports')} (${listed(restored)})`
    : '';
  const missing = notRestored.length
    ? `; not restored, import again: ${listed(notRestored)}`
    : salvage.listed
      ? ''
      : '; any imports of your own could not be read from it';
  return (
    `${name} was damaged (${damage.reason}); it was kept as ${path.basename(kept)} and rebuilt from ` +
    `${plural(shippedFiles.size, 'shipped document')}${yours}${missing}.`
  );
}

/**
 * Returns the default database. The first time it is built from every document in the data
 * folder (see build). Later it follows the data folder: shipped documents that are new,
 * changed or were read by an older parser are re-imported, removed ones drop their offices,
 * and offices the user imported themselves stay (see store/shipped.ts). A database named by
 * ORGATLAS_DB that was not built from the data folder is left as it is. A damaged file is
 * kept aside and rebuilt, lost commits are reported, a busy or read-only database is opened
 * as it is; each told in one sentence through `onNotice`.
 */
export function ensureDefaultDatabase(options: DefaultDatabaseOptions = {}): string {
  const dbPath = options.dbPath ?? resolveDefaultDatabase();
  const dataDir = options.dataDir ?? defaultDataDir();
  const notice = options.onNotice ?? ((sentence: string) => void process.stderr.write(`OrgAtlas: ${sentence}\n`));
  removeLeftovers(dbPath);
  if (!existsSync(dbPath)) {
    build(dbPath, dataDir);
    return dbPath;
  }
  let db: Database;
  try {
    db = openDatabase(dbPath);
  } catch (err) {
    // Without its data folder there is nothing to rebuild from: the damage is only reported.
    if (!(err instanceof DamagedDatabaseError) || !existsSync(dataDir)) throw err;
    notice(rebuildDamaged(dbPath, dataDir, err));
    return dbPath;
  }
  try {
    const lost = lostCommits(db, dbPath);
    const readOnly = readOnlyReason(db);
    // Without its data folder (a broken install, a moved checkout) there is nothing to follow,
    // and reading that as "every document withdrawn" would empty the database.
    if (existsSync(dataDir) && !readOnly) {
      // A long import elsewhere must not stop the app: it opens with what is there.
      if (!refresh(db, dbPath, dataDir, false)) {
        notice(
          `${path.basename(dbPath)} is busy (another OrgAtlas is importing), so the shipped documents will be checked at the next start.`,
        );
      }
    }
    if (lost) notice(describeLoss(db, dbPath, lost));
    if (!readOnly) mirrorJournal(db, dbPath);
  } finally {
    db.close();
  }
  return dbPath;
}
