// Many files imported as one write (shared/contract/batch-import.ts), file n of N: each is read
// here, then read and parsed by the host; then the user reviews what each file would change and
// may leave files out; then every office is written in one transaction, offices n of N as the
// host reports them. Cancel before the commit drops the job; Cancel during it rolls the write
// back; either way nothing was written. Leaving the view drops a job not yet committed, but lets
// a commit the user asked for finish.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchFileRead, BatchImported, BatchWriteProgress } from '../../shared/imports/types.ts';
import { api } from '../api.ts';
import { readPicked, type WaitingFile } from './file.ts';
import { pollProgress } from './poll-progress.ts';

export type BatchState =
  | { phase: 'reading' | 'parsing'; at: number; total: number; file: string; cancelling: boolean }
  | { phase: 'review'; reads: BatchFileRead[] }
  | { phase: 'writing'; progress: BatchWriteProgress; cancelling: boolean }
  /** `tooLate`: a Cancel arrived after the commit had been made. */
  | { phase: 'done'; result: BatchImported; tooLate: boolean }
  /** `written`: cancelled while it was being written (rolled back). */
  | { phase: 'cancelled'; written: boolean }
  | { phase: 'failed'; error: unknown };

export function useBatchImport() {
  const [state, setState] = useState<BatchState | null>(null);
  const running = useRef<{ cancelled: boolean } | null>(null);
  // The job read and waiting for the user's review (its id), if any.
  const reviewed = useRef<string | null>(null);
  // The job being committed, and whether the user asked to cancel it.
  const committing = useRef<{ job: string; cancelled: boolean } | null>(null);

  const dropReviewed = useCallback(() => {
    const job = reviewed.current;
    reviewed.current = null;
    if (job) void api.cancelBatchImport({ job }).catch(() => undefined);
    return job !== null;
  }, []);

  /** Cancels reading (and the job), or the review. */
  const drop = useCallback(() => {
    if (dropReviewed()) return setState({ phase: 'cancelled', written: false });
    if (!running.current) return;
    running.current.cancelled = true;
    setState((s) => (s && (s.phase === 'reading' || s.phase === 'parsing') ? { ...s, cancelling: true } : s));
  }, [dropReviewed]);
  // Leaving the view cancels what has not been committed.
  useEffect(() => drop, [drop]);

  const cancel = useCallback(() => {
    const write = committing.current;
    if (!write) return drop();
    if (write.cancelled) return;
    write.cancelled = true;
    setState((s) => (s?.phase === 'writing' ? { ...s, cancelling: true } : s));
    // The commit's own call ends the write either way: rolled back, or made already.
    void api.cancelBatchImport({ job: write.job }).catch(() => undefined);
  }, [drop]);

  const start = useCallback(async (files: readonly WaitingFile[]) => {
    const run = { cancelled: false };
    running.current = run;
    const total = files.length;
    let job: string | null = null;
    const stopped = async () => {
      if (job) await api.cancelBatchImport({ job }).catch(() => undefined);
      setState({ phase: 'cancelled', written: false });
    };
    try {
      job = (await api.startBatchImport({ files: total })).job;
      const reads: BatchFileRead[] = [];
      for (const [i, file] of files.entries()) {
        if (run.cancelled) return await stopped();
        setState({ phase: 'reading', at: i + 1, total, file: file.name, cancelling: false });
        const picked = await readPicked(file);
        if (run.cancelled) return await stopped();
        setState({ phase: 'parsing', at: i + 1, total, file: file.name, cancelling: false });
        reads.push(await api.readBatchFile({ job, name: picked.name, content: picked.content }));
      }
      if (run.cancelled) return await stopped();
      reviewed.current = job;
      setState({ phase: 'review', reads });
    } catch (err) {
      if (run.cancelled) return await stopped();
      if (job) await api.cancelBatchImport({ job }).catch(() => undefined);
      setState({ phase: 'failed', error: err });
    } finally {
      if (running.current === run) running.current = null;
    }
  }, []);

  /** Writes every office of the reviewed files but those left out (their `index`), `offices` in all. */
  const commit = useCallback(async (leaveOut: number[], offices: number) => {
    const job = reviewed.current;
    if (!job) return;
    reviewed.current = null;
    const write = { job, cancelled: false };
    committing.current = write;
    setState({ phase: 'writing', progress: { stage: 'waiting', done: 0, total: offices }, cancelling: false });
    let ended = false;
    void pollProgress(
      job,
      () => ended,
      (progress) => setState((s) => (s?.phase === 'writing' ? { ...s, progress } : s)),
    );
    try {
      const result = await api.commitBatchImport({ job, leaveOut });
      setState({ phase: 'done', result, tooLate: write.cancelled });
    } catch (err) {
      setState(write.cancelled ? { phase: 'cancelled', written: true } : { phase: 'failed', error: err });
    } finally {
      ended = true;
      committing.current = null;
    }
  }, []);

  return { state, start, commit, cancel, clear: () => setState(null) };
}
