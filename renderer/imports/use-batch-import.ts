// Many files imported as one write (shared/contract/batch-import.ts), file n of N: each is read
// here, then read and parsed by the host, and at the end every office is written in one
// transaction. Cancel (or leaving the view) stops before the next file and drops the job, so
// nothing was written; once writing has begun it runs to its end, whole or not at all.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchImported } from '../../shared/imports/types.ts';
import { api } from '../api.ts';
import { readPicked, type WaitingFile } from './file.ts';

export type BatchState =
  | { phase: 'reading' | 'parsing'; at: number; total: number; file: string; cancelling: boolean }
  | { phase: 'writing'; offices: number }
  | { phase: 'done'; result: BatchImported }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useBatchImport() {
  const [state, setState] = useState<BatchState | null>(null);
  const running = useRef<{ cancelled: boolean } | null>(null);

  const cancel = useCallback(() => {
    if (!running.current) return;
    running.current.cancelled = true;
    setState((s) => (s && (s.phase === 'reading' || s.phase === 'parsing') ? { ...s, cancelling: true } : s));
  }, []);
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
      let offices = 0;
      for (const [i, file] of files.entries()) {
        if (run.cancelled) return await stopped();
        setState({ phase: 'reading', at: i + 1, total, file: file.name, cancelling: false });
        const picked = await readPicked(file);
        if (run.cancelled) return await stopped();
        setState({ phase: 'parsing', at: i + 1, total, file: file.name, cancelling: false });
        const read = await api.readBatchFile({ job, name: picked.name, content: picked.content });
        if (read.status === 'read') offices += read.offices.length;
      }
      if (run.cancelled) return await stopped();
      setState({ phase: 'writing', offices });
      const result = await api.commitBatchImport({ job });
      setState({ phase: 'done', result });
    } catch (err) {
      if (run.cancelled) return await stopped();
      if (job) await api.cancelBatchImport({ job }).catch(() => undefined);
      setState({ phase: 'failed', message: message(err) });
    } finally {
      if (running.current === run) running.current = null;
    }
  }, []);

  return { state, start, cancel, clear: () => setState(null) };
}
