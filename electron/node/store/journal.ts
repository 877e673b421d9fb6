// The import journal (migration 006) and its mirror. Each import is recorded inside its own
// transaction; after the commit the counter and the latest entries are copied to a small
// file beside the database (`orgatlas.db.journal`), written whole and renamed into place.
// SQLite's WAL can lose committed transactions (a deleted or damaged `-wal`, a backup tool
// copying only the main file) without any error; the mirror cannot be rolled back with it,
// so a database whose counter is behind its mirror has lost commits, and says which.
import type { Database } from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';

export type ImportOrigin = 'shipped' | 'user';

export interface JournalEntry {
  seq: number;
  office: string;
  version: number;
  sha256: string;
  origin: ImportOrigin;
  recordedAt: string;
}

/** How many of the latest entries the mirror keeps, to name what a loss took. */
const MIRRORED_ENTRIES = 50;

/** Records imports; call inside the transaction that writes them. */
export function recordImports(
  db: Database,
  imports: { office: string; sha256: string; origin: ImportOrigin }[],
  at: string,
): void {
  const insert = db.prepare(`
    INSERT INTO import_journal (office, version, sha256, origin, recorded_at)
    VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM import_journal WHERE office = ?), ?, ?, ?)`);
  for (const entry of imports) insert.run(entry.office, entry.office, entry.sha256, entry.origin, at);
}

/** The commit counter: the last journal entry's number (entries are never deleted). */
export function journalCounter(db: Database): number {
  return db.prepare('SELECT coalesce(max(seq), 0) FROM import_journal').pluck().get() as number;
}

function latestEntries(db: Database, limit: number): JournalEntry[] {
  return db
    .prepare(
      `SELECT seq, office, version, sha256, origin, recorded_at AS recordedAt
                     FROM import_journal ORDER BY seq DESC LIMIT ?`,
    )
    .all(limit) as JournalEntry[];
}

export const mirrorPath = (dbPath: string) => `${dbPath}.journal`;

const mirrorSchema = z.object({
  format: z.literal('orgatlas-journal'),
  counter: z.number().int().min(0),
  recent: z.array(
    z.object({
      seq: z.number().int(),
      office: z.string(),
      version: z.number().int(),
      sha256: z.string(),
      origin: z.enum(['shipped', 'user']),
      recordedAt: z.string(),
    }),
  ),
});
type Mirror = z.infer<typeof mirrorSchema>;

/** The mirror, or undefined when there is none or it is unreadable (then nothing can be compared). */
export function readMirror(dbPath: string): Mirror | undefined {
  try {
    const parsed = mirrorSchema.safeParse(JSON.parse(readFileSync(mirrorPath(dbPath), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copies the committed counter to the mirror: written to a temporary file, synced, renamed
 * over the old one, so a crash leaves the old or the new mirror. A folder that cannot be
 * written (a read-only database) keeps its old mirror; that only weakens the check.
 */
export function mirrorJournal(db: Database, dbPath: string): void {
  const mirror: Mirror = {
    format: 'orgatlas-journal',
    counter: journalCounter(db),
    recent: latestEntries(db, MIRRORED_ENTRIES),
  };
  const target = mirrorPath(dbPath);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify(mirror) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch {
    rmSync(temporary, { force: true });
  }
}

export interface LostCommits {
  /** How many commits the mirror knows of that the database lacks. */
  count: number;
  /** The imports among them the mirror still lists, oldest first. */
  imports: JournalEntry[];
}

/** Commits the mirror recorded that the database no longer has, or undefined when none are missing. */
export function lostCommits(db: Database, dbPath: string): LostCommits | undefined {
  const mirror = readMirror(dbPath);
  if (!mirror) return undefined;
  const counter = journalCounter(db);
  if (mirror.counter <= counter) return undefined;
  return { count: mirror.counter - counter, imports: mirror.recent.filter((e) => e.seq > counter).reverse() };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The loss in one sentence, naming the imports the database does not hold now (after any refresh). */
export function describeLoss(db: Database, dbPath: string, lost: LostCommits): string {
  const hasNow = db.prepare(
    'SELECT 1 FROM offices o JOIN sources s ON s.id = o.source_id WHERE o.name = ? AND s.sha256 = ?',
  );
  const missing = [...new Set(lost.imports.filter((e) => !hasNow.get(e.office, e.sha256)).map((e) => e.office))];
  const unnamed = lost.count - lost.imports.length;
  const which = missing.length
    ? `; import again: ${missing.join('、')}${unnamed > 0 ? ` and ${plural(unnamed, 'earlier import')}` : ''}`
    : unnamed > 0
      ? `; ${plural(unnamed, 'earlier import')} cannot be named`
      : '; the shipped documents among them were imported again';
  return (
    `${basename(dbPath)} is missing the last ${plural(lost.count, 'import')} it had committed ` +
    `(its -wal file was probably deleted or damaged)${which}.`
  );
}
