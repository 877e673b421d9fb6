// A large import written in steps that a cancel can come between. It is still one IMMEDIATE
// transaction (all of it lands or none of it does), on a connection of its own: the offices are
// written a few at a time with their search segments, and between two steps the event loop is
// free, so progress can be asked for and Cancel can arrive. Cancel is ROLLBACK: the file is
// exactly as before. The store's own connection keeps serving the last commit meanwhile (WAL
// readers keep their snapshot), never a half-written import.
import Database from 'better-sqlite3';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BUSY_TIMEOUT_MS, retryWhileBusy } from './busy.ts';
import { refreshSearchIndex, storeMissingSegments } from './search-index.ts';
import { applyUpdates, planUpdate, recordAppliedUpdates, type DocumentUpdate, type UpdateInput } from './update.ts';

/** How long one step writes before it lets other work in (a cancel, a progress call, a search). */
const STEP_MS = 40;

/** How far a stepped write has come: offices planned, then written (with their segments), then the index and commit. */
export interface WriteProgress {
  stage: 'planning' | 'writing' | 'finishing';
  done: number;
  total: number;
}

export interface WriteSteps {
  /** Aborted: the write rolls back at its next step and rejects with WriteCancelled. */
  signal?: AbortSignal;
  onProgress?: (progress: WriteProgress) => void;
  /** How long a start waits for another program's write lock (see busy.ts). */
  budgetMs?: number;
}

/** The write was cancelled and rolled back: nothing was changed. */
export class WriteCancelled extends Error {
  constructor() {
    super('the import was cancelled while it was being written; nothing was changed');
  }
}

/** A second connection to the store's file, set as openDatabase sets its writer (the file is known to be sound). */
function writeConnection(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Runs `work(i)` for i in 0..count-1, then `after` and a yield about every STEP_MS; a cancel is seen at each yield. */
async function inSteps(
  count: number,
  signal: AbortSignal | undefined,
  work: (i: number) => void,
  after: (done: number) => void,
): Promise<void> {
  let since = performance.now();
  for (let i = 0; i < count; i++) {
    work(i);
    if (performance.now() - since >= STEP_MS || i === count - 1) {
      after(i + 1);
      await nextTurn();
      if (signal?.aborted) throw new WriteCancelled();
      since = performance.now();
    }
  }
}

/**
 * Plans and writes `inputs` as the store's applyUpdateInputs does (every office planned against
 * the database as it was, then written, then the index and the journal), in steps.
 */
export async function applyUpdateInputsInSteps(
  path: string,
  inputs: readonly UpdateInput[],
  { signal, onProgress, budgetMs }: WriteSteps = {},
): Promise<{ officeIds: number[]; updates: DocumentUpdate[] }> {
  if (signal?.aborted) throw new WriteCancelled();
  const total = inputs.length;
  const db = writeConnection(path);
  try {
    retryWhileBusy(() => db.exec('BEGIN IMMEDIATE'), budgetMs);
    try {
      const at = new Date().toISOString();
      const updates: DocumentUpdate[] = [];
      await inSteps(
        total,
        signal,
        (i) => updates.push(planUpdate(db, inputs[i]!)),
        (done) => onProgress?.({ stage: 'planning', done, total }),
      );
      const officeIds: number[] = [];
      await inSteps(
        total,
        signal,
        (i) => officeIds.push(...applyUpdates(db, [updates[i]!], at)),
        (done) => {
          // The segments of the offices this step wrote, so the index's share is spread over the steps too.
          storeMissingSegments(db);
          onProgress?.({ stage: 'writing', done, total });
        },
      );
      onProgress?.({ stage: 'finishing', done: total, total });
      refreshSearchIndex(db);
      recordAppliedUpdates(db, updates, at);
      // The last chance to cancel: after COMMIT the import stands.
      await nextTurn();
      if (signal?.aborted) throw new WriteCancelled();
      db.exec('COMMIT');
      return { officeIds, updates };
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  } finally {
    db.close();
  }
}
