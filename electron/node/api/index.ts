// The API every host serves: the handlers of every data call (one module per feature,
// beside its declaration in shared/contract/), and the one way to run a raw call.
import type { ApiResponse } from '../../../shared/api.ts';
import type { Client, Handlers } from '../../../shared/contract/define.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { dataCalls, type DataCalls } from '../../../shared/contract/index.ts';
import { createApiClient } from '../../../shared/api.ts';
import type { Store } from '../store/store.ts';
import type { ApiContext } from './context.ts';
import { toApiError } from './errors.ts';
import { batchImportHandlers } from './batch-import.ts';
import { directoryHandlers } from './directory.ts';
import { historyHandlers } from './history.ts';
import { officeHandlers } from './offices.ts';
import { packageHandlers } from './packages.ts';
import { searchHandlers } from './search.ts';
import { sourceHandlers } from './sources.ts';
import { steppedWrites } from './stepped-writes.ts';
import type { WriterQueue } from './writer-queue.ts';

/** One handler per data call; leaving one out is a type error. */
export type ApiImplementation = Handlers<DataCalls>;

/** Without a queue (the CLI, one call per process) writes run as they come. */
const direct: WriterQueue = async (work) => work();

export function createApiImplementation(store: Store, writes: WriterQueue = direct): ApiImplementation {
  const context: ApiContext = { store, writes, stepped: steppedWrites() };
  return {
    ...officeHandlers(context),
    ...searchHandlers(context),
    ...sourceHandlers(context),
    ...directoryHandlers(context),
    ...historyHandlers(context),
    ...batchImportHandlers(context),
    ...packageHandlers(context),
  };
}

/** Validates a raw call (from IPC or HTTP) and runs it; never throws. */
export function dispatchApiCall(
  impl: ApiImplementation,
  method: unknown,
  rawArgs: unknown,
): Promise<ApiResponse<unknown>> {
  return dispatch(dataCalls, impl, method, rawArgs, toApiError);
}

/** The API as an in-process caller (the CLI) uses it: validated exactly as over IPC. */
export function localApiClient(impl: ApiImplementation): Client<DataCalls> {
  return createApiClient((method, args) => dispatchApiCall(impl, method, args));
}
