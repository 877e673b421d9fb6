// How far a write the host runs in steps has come (batchImportProgress), asked for while it
// runs: a batch import's commit and a single-file Apply alike.
import type { BatchWriteProgress } from '../../shared/imports/types.ts';
import { api } from '../api.ts';

/** How often the view asks how far the write has come. */
const PROGRESS_EVERY_MS = 150;

/**
 * Asks for `job`'s progress every PROGRESS_EVERY_MS until `ended()`, giving each answer that
 * comes before the end to `onProgress`; `beforeEach` runs before each ask.
 */
export async function pollProgress(
  job: string,
  ended: () => boolean,
  onProgress: (progress: BatchWriteProgress) => void,
  beforeEach?: () => void,
): Promise<void> {
  while (!ended()) {
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
    beforeEach?.();
    const progress = await api.batchImportProgress({ job }).catch(() => null);
    if (progress && !ended()) onProgress(progress);
  }
}
