// One queue for every write a serving host (the desktop app, the browser host) makes: imports,
// rollbacks and key changes run one at a time, in the order they were asked for, and while
// another program (the command line, a second app) holds the database they wait here, with
// growing, jittered pauses that leave the event loop free, so searches go on being answered.
// The store itself then waits only briefly (StoreOptions.writeBudgetMs), never for minutes.
import { setTimeout as sleep } from 'node:timers/promises';
import { WRITE_BUDGET_MS } from '../store/busy.ts';
import { StoreError } from '../store/errors.ts';

export type WriterQueue = <T>(work: () => T | Promise<T>) => Promise<T>;

export function writerQueue(budgetMs = WRITE_BUDGET_MS): WriterQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => T | Promise<T>): Promise<T> => {
    const run = async (): Promise<T> => {
      const deadline = Date.now() + budgetMs;
      for (let pause = 50; ; pause = Math.min(pause * 2, 1000)) {
        try {
          return await work();
        } catch (err) {
          if (!(err instanceof StoreError && err.code === 'busy') || Date.now() + pause > deadline) throw err;
          await sleep(pause * (0.5 + Math.random()));
        }
      }
    };
    const done = tail.then(run, run);
    // The next write waits for this one to end, however it ends.
    tail = done.catch(() => undefined);
    return done;
  };
}

/** Serving hosts' stores: a write waits this long for another program before the queue takes over. */
export const SERVING_WRITE_BUDGET_MS = 0;
