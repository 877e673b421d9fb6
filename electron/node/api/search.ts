// Handlers of shared/contract/search.ts.
import type { Handlers } from '../../../shared/contract/define.ts';
import type { searchCalls } from '../../../shared/contract/search.ts';
import type { ApiContext } from './context.ts';

export const searchHandlers = ({ store }: ApiContext): Handlers<typeof searchCalls> => ({
  search: ({ query, limit, officeId }) => store.search(query, { limit, officeId }),
});
