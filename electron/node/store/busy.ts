// Waiting for a database another process is writing to. SQLite's busy handler waits up to
// BUSY_TIMEOUT_MS inside one statement; on top of that a whole unit of work (a transaction)
// is retried with growing, jittered pauses until its budget is spent, so four imports at once
// take turns instead of failing after a fixed five seconds.
import { sqliteProblem } from './sqlite-errors.ts';

/** SQLite's own wait inside one statement (better-sqlite3's `timeout`). */
export const BUSY_TIMEOUT_MS = 1000;
/** How long an import waits for other writers before it gives up. */
export const WRITE_BUDGET_MS = 120_000;

// Made on first use: a process started from a V8 startup snapshot (the crash test's children)
// has no SharedArrayBuffer while the snapshot is built.
let sleeper: Int32Array | undefined;

/** Blocks the thread: better-sqlite3 is synchronous, and so is everything that waits for it. */
function sleep(ms: number): void {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
}

/**
 * Runs `work` (one whole transaction, so a retry repeats all of it) again while SQLite says
 * the database is busy, for up to `budgetMs`; any other failure, or the last busy one, is thrown.
 */
export function retryWhileBusy<T>(work: () => T, budgetMs = WRITE_BUDGET_MS): T {
  const deadline = Date.now() + budgetMs;
  let pause = 20;
  for (;;) {
    try {
      return work();
    } catch (err) {
      if (sqliteProblem(err) !== 'busy' || Date.now() + pause > deadline) throw err;
      // Jitter keeps waiting writers from waking in step and colliding again.
      sleep(pause * (0.5 + Math.random()));
      pause = Math.min(pause * 2, 1000);
    }
  }
}
