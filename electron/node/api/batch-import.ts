// Handlers of shared/contract/batch-import.ts. A job keeps the files read so far in memory
// (nothing is written before the commit); a host keeps a few jobs at once, dropping the oldest,
// so a page that went away without cancelling leaves nothing behind for long.
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../../shared/api.ts';
import type { batchImportCalls } from '../../../shared/contract/batch-import.ts';
import type { Handlers } from '../../../shared/contract/define.ts';
import type { BatchFileRead } from '../../../shared/imports/types.ts';
import { readUpload } from '../imports/upload.ts';
import type { UpdateInput } from '../store/update.ts';
import type { ApiContext } from './context.ts';
import { toApiError } from './errors.ts';
import { appliedOffices, inputsOf, refusal } from './history.ts';

/** Jobs a host keeps open at once. */
const MAX_JOBS = 4;

interface Job {
  expected: number;
  received: number;
  inputs: UpdateInput[];
  skipped: { file: string; reason: string }[];
}

const reasonOf = (err: unknown): string =>
  toApiError(err)?.message ?? (err instanceof ApiError ? err.message : 'the file could not be read');

export const batchImportHandlers = ({ store, writes }: ApiContext): Handlers<typeof batchImportCalls> => {
  const jobs = new Map<string, Job>();
  const jobFor = (id: string): Job => {
    const job = jobs.get(id);
    if (!job) throw new ApiError('not-found', 'this import was cancelled or has ended; start it again');
    return job;
  };

  return {
    startBatchImport({ files }) {
      const id = randomBytes(16).toString('hex');
      jobs.set(id, { expected: files, received: 0, inputs: [], skipped: [] });
      for (const old of jobs.keys()) if (jobs.size > MAX_JOBS) jobs.delete(old);
      return { job: id };
    },
    async readBatchFile({ job: id, name, content }): Promise<BatchFileRead> {
      const job = jobFor(id);
      if (job.received >= job.expected) {
        const files = job.expected === 1 ? '1 file' : `${job.expected} files`;
        throw new ApiError('bad-request', `this import was started for ${files}`, 'job');
      }
      job.received++;
      let read: BatchFileRead;
      try {
        const upload = await readUpload(name, content);
        // The user's word a lone import asks for (trusting the signer, naming the office) a batch does not.
        const refused = refusal(store, upload, name, {});
        if (refused) {
          throw new ApiError(
            'bad-request',
            refused.field
              ? `${name} is not from a trusted signer; import it alone to confirm it`
              : `${name}: no office name found in it; import it alone to name the office`,
          );
        }
        const inputs = inputsOf(upload, name, {});
        job.inputs.push(...inputs);
        read = { file: name, status: 'read', offices: inputs.map((i) => i.parsed.office.name) };
      } catch (err) {
        read = { file: name, status: 'skipped', reason: reasonOf(err) };
        job.skipped.push({ file: name, reason: read.reason });
      }
      // Cancelled while this file was being read: what it read goes with the job.
      if (!jobs.has(id)) throw new ApiError('not-found', 'this import was cancelled');
      return read;
    },
    async commitBatchImport({ job: id }) {
      const job = jobFor(id);
      jobs.delete(id);
      if (job.received < job.expected) {
        throw new ApiError('bad-request', `${job.expected - job.received} of the import's files were not sent`, 'job');
      }
      if (job.inputs.length === 0) return { offices: [], skipped: job.skipped };
      const { officeIds, updates } = await writes(() => store.applyUpdateInputs(job.inputs));
      return { offices: appliedOffices(officeIds, updates), skipped: job.skipped };
    },
    cancelBatchImport: ({ job: id }) => ({ cancelled: jobs.delete(id) }),
  };
};
