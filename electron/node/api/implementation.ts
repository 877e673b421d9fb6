// The API handlers over a store, served by the Electron main process (IPC) and the browser
// host (HTTP) alike through dispatchApiCall, which has already validated the arguments.
import type { ApiImplementation } from '../../../shared/api.ts';
import type { Store } from '../store/store.ts';

export function createApiImplementation(store: Store): ApiImplementation {
  return {
    listOffices: () => store.listOffices(),
    getOffice: ({ officeId }) => store.getOffice(officeId),
    getUnit: ({ unitId }) => store.getUnit(unitId),
    search: ({ query, limit, officeId }) => store.search(query, { limit, officeId }),
    getSourceLines: ({ sourceId, from, to }) => store.getSourceLines(sourceId, from, to),
  };
}
