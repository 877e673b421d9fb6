// Handlers of shared/contract/batch-import.ts. A job keeps the files read so far in memory
// (nothing is written before the commit); a host keeps a few jobs at once, dropping the oldest,
// so a page that went away without cancelling leaves nothing behind for long. The commit is
// written in steps (store/import-steps.ts): the job stays while it runs, with its progress and
// the means to roll it back (stepped-writes.ts).
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../../shared/api.ts';
import type { batchImportCalls } from '../../../shared/contract/batch-import.ts';
import type { Handlers } from '../../../shared/contract/define.ts';
import { refusal as refusalOf, refusalLine, type DocumentRefusal } from '../../../shared/documents/refusals.ts';
import type { BatchFileRead, BatchOffice, BatchSkipped } from '../../../shared/imports/types.ts';
import type { ParsedUnit } from '../../../shared/types.ts';
import { readUpload } from '../imports/upload.ts';
import type { DocumentUpdate, UpdateInput } from '../store/update.ts';
import type { ApiContext } from './context.ts';
import { toApiError } from './errors.ts';
import { appliedOffices, inputsOf, refusal } from './history.ts';

/** Jobs a host keeps open at once. */
const MAX_JOBS = 4;

interface Job {
  expected: number;
  /** Per file in the order sent: its offices' inputs (none when it was skipped). */
  files: { name: string; inputs: UpdateInput[] }[];
  skipped: BatchSkipped[];
}

/** A file refused for a reason a lone import would ask the user about. */
class BatchRefusal extends Error {
  readonly why: DocumentRefusal;
  constructor(file: string, why: DocumentRefusal) {
    super(refusalLine(file, why));
    this.why = why;
  }
}

function skippedOf(name: string, err: unknown): BatchSkipped {
  if (err instanceof BatchRefusal) return { file: name, reason: err.message, refusal: err.why };
  const body = toApiError(err) ?? (err instanceof ApiError ? err.toBody() : undefined);
  if (!body) return { file: name, reason: 'the file could not be read' };
  return { file: name, reason: body.message, ...(body.refused ? { refusal: body.refused.refusal } : {}) };
}

const unitCount = (units: readonly ParsedUnit[]): number => units.reduce((n, unit) => n + 1 + unitCount(unit.units), 0);

function batchOffice(update: DocumentUpdate): BatchOffice {
  const { office, diagnostics } = update.parsed;
  return {
    office: office.name,
    units: unitCount(office.units),
    replaces: update.replaces ? office.name : (update.sameOffice?.office ?? null),
    changes: update.diff.changes,
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}

export const batchImportHandlers = ({ store, writes, stepped }: ApiContext): Handlers<typeof batchImportCalls> => {
  const jobs = new Map<string, Job>();
  const jobFor = (id: string): Job => {
    const job = jobs.get(id);
    if (!job) throw new ApiError('not-found', 'this import was cancelled or has ended; start it again');
    if (stepped.running(id)) throw new ApiError('bad-request', 'this import is being written', 'job');
    return job;
  };

  /** Writes `inputs` for the job, its progress and cancel kept under its id until the write ends. */
  const write = async (id: string, inputs: UpdateInput[]) => {
    try {
      return await stepped.run(id, inputs.length, (steps) =>
        writes(() => store.applyUpdateInputsInSteps(inputs, steps)),
      );
    } finally {
      jobs.delete(id);
    }
  };

  return {
    startBatchImport({ files }) {
      const id = randomBytes(16).toString('hex');
      jobs.set(id, { expected: files, files: [], skipped: [] });
      // A job being written stays until its write ends.
      for (const old of jobs.keys()) if (jobs.size > MAX_JOBS && !stepped.running(old)) jobs.delete(old);
      return { job: id };
    },
    async readBatchFile({ job: id, name, content }): Promise<BatchFileRead> {
      const job = jobFor(id);
      if (job.files.length >= job.expected) {
        const files = job.expected === 1 ? '1 file' : `${job.expected} files`;
        throw new ApiError('bad-request', `this import was started for ${files}`, 'job');
      }
      const index = job.files.length;
      const file: Job['files'][number] = { name, inputs: [] };
      job.files.push(file);
      let read: BatchFileRead;
      try {
        const upload = await readUpload(name, content);
        // The user's word a lone import asks for (trusting the signer, naming the office) a batch does not.
        const refused = refusal(store, upload, name, {});
        if (refused) {
          throw new BatchRefusal(
            name,
            refusalOf(refused.field ? 'batch-untrusted-signer' : 'batch-no-office-name', {}),
          );
        }
        const inputs = inputsOf(upload, name, {});
        // What the review shows: each office against the one stored now.
        const offices = store.planUpdates(inputs).map(batchOffice);
        file.inputs = inputs;
        read = { index, file: name, status: 'read', offices };
      } catch (err) {
        const skipped = skippedOf(name, err);
        read = { index, status: 'skipped', ...skipped };
        job.skipped.push(skipped);
      }
      // Cancelled while this file was being read: what it read goes with the job.
      if (!jobs.has(id)) throw new ApiError('not-found', 'this import was cancelled');
      return read;
    },
    async commitBatchImport({ job: id, leaveOut = [] }) {
      const job = jobFor(id);
      if (job.files.length < job.expected) {
        jobs.delete(id);
        throw new ApiError(
          'bad-request',
          `${job.expected - job.files.length} of the import's files were not sent`,
          'job',
        );
      }
      const out = new Set(leaveOut);
      const kept = job.files.filter((_, i) => !out.has(i));
      const leftOut = job.files.filter((f, i) => out.has(i) && f.inputs.length > 0).map((f) => f.name);
      const inputs = kept.flatMap((f) => f.inputs);
      if (inputs.length === 0) {
        jobs.delete(id);
        return { offices: [], skipped: job.skipped, leftOut };
      }
      const { officeIds, updates } = await write(id, inputs);
      return { offices: appliedOffices(officeIds, updates), skipped: job.skipped, leftOut };
    },
    batchImportProgress({ job: id }) {
      const progress = stepped.progress(id);
      if (!progress) throw new ApiError('not-found', 'this import is not being written');
      return progress;
    },
    async cancelBatchImport({ job: id }) {
      const ended = stepped.cancel(id);
      return { cancelled: ended ? await ended : jobs.delete(id) };
    },
  };
};
