// A write the host runs in steps under a job id the view chooses (a single-file Apply; see
// electron/node/api/stepped-writes.ts): its progress asked for as it goes, and Cancel rolls it
// back, so nothing of it is written.
import { useCallback, useRef, useState } from 'react';
import type { BatchWriteProgress } from '../../shared/imports/types.ts';
import { api } from '../api.ts';
import { pollProgress } from './poll-progress.ts';

export type SteppedOutcome<T> = { cancelled: false; result: T } | { cancelled: true };

/** A new job id: 32 hex digits, as the contract takes it. */
function jobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useSteppedWrite() {
  const [writing, setWriting] = useState<{ progress: BatchWriteProgress; cancelling: boolean } | null>(null);
  const current = useRef<{ job: string; cancelled: boolean } | null>(null);

  /** Runs `write` (the call, given the job id) for `total` offices; a failure other than a cancel rejects. */
  const run = useCallback(async <T>(total: number, write: (job: string) => Promise<T>): Promise<SteppedOutcome<T>> => {
    const job = jobId();
    const state = { job, cancelled: false };
    current.current = state;
    setWriting({ progress: { stage: 'waiting', done: 0, total }, cancelling: false });
    let ended = false;
    void pollProgress(
      job,
      () => ended,
      (progress) => setWriting((w) => w && { ...w, progress }),
      // A cancel sent before the host had begun the write found nothing: sent again until it ends.
      () => void (state.cancelled && api.cancelBatchImport({ job }).catch(() => undefined)),
    );
    try {
      return { cancelled: false, result: await write(job) };
    } catch (err) {
      if (state.cancelled) return { cancelled: true };
      throw err;
    } finally {
      ended = true;
      current.current = null;
      setWriting(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const state = current.current;
    if (!state || state.cancelled) return;
    state.cancelled = true;
    setWriting((w) => w && { ...w, cancelling: true });
    void api.cancelBatchImport({ job: state.job }).catch(() => undefined);
  }, []);

  return { writing, run, cancel };
}
