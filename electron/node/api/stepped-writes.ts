// Writes in steps (store/import-steps.ts) that a host keeps by id while they run, so that
// their progress can be asked for and Cancel can roll them back: a batch import's commit
// (its job) and a single-file Apply (an id its caller chose), through the same two calls
// (batchImportProgress, cancelBatchImport).
import { ApiError } from '../../../shared/api.ts';
import type { BatchWriteProgress } from '../../../shared/imports/types.ts';
import { WriteCancelled, type WriteSteps } from '../store/import-steps.ts';

interface Running {
  progress: BatchWriteProgress;
  abort: AbortController;
  /** Settles when the write has ended: whether it was rolled back by a cancel. */
  ended: Promise<boolean>;
}

export interface SteppedWrites {
  /** Runs `write` under `id` (of `total` offices); a cancel rejects it with WriteCancelled's sentence. */
  run<T>(id: string, total: number, write: (steps: Omit<WriteSteps, 'budgetMs'>) => Promise<T>): Promise<T>;
  /** Whether a write runs under `id`. */
  running(id: string): boolean;
  progress(id: string): BatchWriteProgress | undefined;
  /** Undefined when no write runs under `id`; else whether the cancel rolled it back (false: it was committed first). */
  cancel(id: string): Promise<boolean> | undefined;
}

export function steppedWrites(): SteppedWrites {
  const writes = new Map<string, Running>();
  return {
    async run(id, total, write) {
      if (writes.has(id)) throw new ApiError('bad-request', 'this import is being written', 'job');
      const abort = new AbortController();
      let settle!: (cancelled: boolean) => void;
      const running: Running = {
        progress: { stage: 'waiting', done: 0, total },
        abort,
        ended: new Promise((resolve) => (settle = resolve)),
      };
      writes.set(id, running);
      let cancelled = false;
      try {
        return await write({ signal: abort.signal, onProgress: (progress) => (running.progress = progress) });
      } catch (err) {
        cancelled = err instanceof WriteCancelled;
        if (cancelled) throw new ApiError('not-found', (err as WriteCancelled).message);
        throw err;
      } finally {
        writes.delete(id);
        settle(cancelled);
      }
    },
    running: (id) => writes.has(id),
    progress: (id) => writes.get(id)?.progress,
    cancel(id) {
      const running = writes.get(id);
      if (!running) return undefined;
      running.abort.abort();
      // Settled by the write itself: a cancel that came after the commit was made did nothing.
      return running.ended;
    },
  };
}
