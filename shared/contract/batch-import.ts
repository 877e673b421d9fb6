// Importing many files (or a data package of many offices) in one write, with progress and
// Cancel. The caller opens a job, sends the files one call each (each is read and parsed when
// it arrives: the caller's n of N, with what it would change), then commits: every office of
// the files not left out, in one transaction. Until the commit nothing is written, so
// cancelling (or never committing) leaves the database as it was. While the commit runs, its
// progress can be asked for, and cancelling rolls it back: the database is left as it was and
// the commit fails; once the commit has been made, cancelling says it could not.
// Plain calls, so progress travels over IPC and the browser host's HTTP alike.
import { z } from 'zod';
import type { BatchFileRead, BatchImported, BatchWriteProgress } from '../imports/types.ts';
import { call } from './define.ts';
import { base64Content } from './fields.ts';

/** The most files one job takes. */
export const BATCH_MAX_FILES = 5000;

const job = z.string().regex(/^[0-9a-f]{32}$/);

export const batchImportCalls = {
  startBatchImport: call<{ job: string }>()(z.strictObject({ files: z.number().int().min(1).max(BATCH_MAX_FILES) })),
  readBatchFile: call<BatchFileRead>()(
    z.strictObject({ job, name: z.string().trim().min(1).max(255), content: base64Content }),
  ),
  commitBatchImport: call<BatchImported>()(
    z.strictObject({
      job,
      /** Files (their `index` in the job) the user left out: nothing of them is written. */
      leaveOut: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(BATCH_MAX_FILES - 1),
        )
        .max(BATCH_MAX_FILES)
        .optional(),
    }),
  ),
  /** How far the job's commit has come (not-found when it is not being committed). */
  batchImportProgress: call<BatchWriteProgress>()(z.strictObject({ job })),
  /** Drops the job, or rolls its running commit back; `cancelled` is false when nothing was left to cancel. */
  cancelBatchImport: call<{ cancelled: boolean }>()(z.strictObject({ job })),
};
