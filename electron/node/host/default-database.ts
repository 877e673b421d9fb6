// Where OrgAtlas keeps its database and finds its shipped documents. The default database
// lives in the same folder as Electron's app.getPath('userData') for productName OrgAtlas,
// so the desktop app and the CLI share one file.
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../store/errors.ts';
import { openDatabase } from '../store/connection.ts';
import { DocumentError } from '../documents/load.ts';
import { refreshShippedDocuments } from '../store/shipped.ts';

export const PRODUCT_NAME = 'OrgAtlas';
export const DATABASE_FILE = 'orgatlas.db';

type Env = Record<string, string | undefined>;

/** Electron's userData folder for OrgAtlas on the given platform. */
export function userDataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
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
}

/** Opens the database, brings its shipped offices up to date, closes it; a failure changes nothing. */
function followShippedDocuments(dbPath: string, dataDir: string, building: boolean): void {
  const documents = listDocuments(dataDir);
  const db = openDatabase(dbPath, { create: building });
  try {
    refreshShippedDocuments(db, documents, { building });
  } catch (err) {
    if (err instanceof DocumentError || err instanceof StoreError) throw err;
    // Whatever SQLite refused (a full disk, a lock held too long) was rolled back whole.
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreError('unavailable', `cannot bring ${dbPath} up to date with the documents in ${dataDir}, nothing was changed: ${reason}`);
  } finally {
    db.close();
  }
}

/**
 * Returns the default database. The first time it is built from every document in the data
 * folder, into a temporary file in the same folder that is moved into place when complete,
 * so a crash never leaves a half-built database. Later it follows the data folder: shipped
 * documents that are new, changed or were read by an older parser are re-imported, removed
 * ones drop their offices, and offices the user imported themselves stay (see db/shipped.ts).
 * A database named by ORGATLAS_DB that was not built from the data folder is left as it is.
 */
export function ensureDefaultDatabase(options: DefaultDatabaseOptions = {}): string {
  const dbPath = options.dbPath ?? resolveDefaultDatabase();
  const dataDir = options.dataDir ?? defaultDataDir();
  if (existsSync(dbPath)) {
    // Without its data folder (a broken install, a moved checkout) there is nothing to follow,
    // and reading that as "every document withdrawn" would empty the database.
    if (existsSync(dataDir)) followShippedDocuments(dbPath, dataDir, false);
    return dbPath;
  }
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const building = `${dbPath}.building-${process.pid}`;
  try {
    followShippedDocuments(building, dataDir, true);
    moveIntoPlace(building, dbPath);
  } finally {
    for (const leftover of [building, `${building}-wal`, `${building}-shm`]) rmSync(leftover, { force: true });
  }
  return dbPath;
}
