// What a SQLite failure means to a user, from better-sqlite3's error code (SQLITE_FULL,
// SQLITE_READONLY_DBMOVED, …): one phrase each, so a full disk or a read-only folder is not
// reported as a damaged database.
export type SqliteProblem =
  'full' | 'read-only' | 'busy' | 'damaged' | 'not-a-database' | 'cannot-open' | 'io' | 'other';

export function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

export function sqliteProblem(err: unknown): SqliteProblem {
  const code = sqliteCode(err) ?? '';
  // Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, …) share their primary code's meaning.
  const primary = code.split('_').slice(0, 2).join('_');
  switch (primary) {
    case 'SQLITE_FULL':
      return 'full';
    case 'SQLITE_READONLY':
      return 'read-only';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'busy';
    case 'SQLITE_CORRUPT':
      return 'damaged';
    case 'SQLITE_NOTADB':
      return 'not-a-database';
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return 'cannot-open';
    case 'SQLITE_IOERR':
      return 'io';
    default:
      return 'other';
  }
}

const phrases: Record<SqliteProblem, string> = {
  full: 'the disk is full',
  'read-only': 'the database is read-only (the file, its folder or the disk cannot be written)',
  busy: 'the database is busy: another OrgAtlas is writing to it',
  damaged: 'the file is damaged',
  'not-a-database': 'the file is not a database (damaged, or some other kind of file)',
  'cannot-open': 'the file cannot be opened (no permission, or its folder cannot be written)',
  io: 'the disk reported a read or write error',
  other: '',
};

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** What went wrong, in words a user can act on, with SQLite's own message after it. */
export function describeSqliteError(err: unknown): string {
  const phrase = phrases[sqliteProblem(err)];
  return phrase ? `${phrase} (${errorText(err)})` : errorText(err);
}
