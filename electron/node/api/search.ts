// Handlers of shared/contract/search.ts. The region and level filters become the set of
// offices the search may draw from (the store reads it from the directory columns).
import type { Handlers } from '../../../shared/contract/define.ts';
import type { searchCalls } from '../../../shared/contract/search.ts';
import type { ApiContext } from './context.ts';

export const searchHandlers = ({ store }: ApiContext): Handlers<typeof searchCalls> => ({
  search: ({ query, limit, officeId, region, level }) => {
    const officeIds =
      region !== undefined || level !== undefined ? store.officeIdsMatching({ region, level }) : undefined;
    return store.search(query, { limit, officeId, officeIds });
  },
});
