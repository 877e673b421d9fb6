// Many files imported as one write (shared/contract/batch-import.ts), file n of N: each is read
// here, then read and parsed by the host; then the user reviews what each file would change and
// may leave files out; then every office is written in one transaction. Cancel (or leaving the
// view) before the commit drops the job, so nothing was written. The commit itself is one
// transaction the host runs without pausing (a half-written import is never left), so once
// writing has begun it cannot be stopped: the view says so and how long it has been writing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchFileRead, BatchImported } from '../../shared/imports/types.ts';
import { api } from '../api.ts';
import { readPicked, type WaitingFile } from './file.ts';

export type BatchState =
  | { phase: 'reading' | 'parsing'; at: number; total: number; file: string; cancelling: boolean }
  | { phase: 'review'; reads: BatchFileRead[] }
  | { phase: 'writing'; offices: number; since: number }
  | { phase: 'done'; result: BatchImported }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown };

export function useBatchImport() {
  const [state, setState] = useState<BatchState | null>(null);
  const running = useRef<{ cancelled: boolean } | null>(null);
  // The job read and waiting for the user's review (its id), if any.
  const reviewed = useRef<string | null>(null);

  const dropReviewed = useCallback(() => {
    const job = reviewed.current;
    reviewed.current = null;
    if (job) void api.cancelBatchImport({ job }).catch(() => undefined);
    return job !== null;
  }, []);

  const cancel = useCallback(() => {
    if (dropReviewed()) return setState({ phase: 'cancelled' });
    if (!running.current) return;
    running.current.cancelled = true;
    setState((s) => (s && (s.phase === 'reading' || s.phase === 'parsing') ? { ...s, cancelling: true } : s));
  }, [dropReviewed]);
  // Leaving the view cancels what has not been written.
  useEffect(() => cancel, [cancel]);

  const start = useCallback(async (files: readonly WaitingFile[]) => {
    const run = { cancelled: false };
    running.current = run;
    const total = files.length;
    let job: string | null = null;
    const stopped = async () => {
      if (job) await api.cancelBatchImport({ job }).catch(() => undefined);
      setState({ phase: 'cancelled' });
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

  /** Writes every office of the reviewed files but those left out (their `index`). */
  const commit = useCallback(async (leaveOut: number[], offices: number) => {
    const job = reviewed.current;
    if (!job) return;
    reviewed.current = null;
    setState({ phase: 'writing', offices, since: Date.now() });
    try {
      setState({ phase: 'done', result: await api.commitBatchImport({ job, leaveOut }) });
    } catch (err) {
      setState({ phase: 'failed', error: err });
    }
  }, []);

  return { state, start, commit, cancel, clear: () => setState(null) };
}
