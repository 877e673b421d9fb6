// Handlers of shared/contract/sources.ts.
import type { Handlers } from '../../../shared/contract/define.ts';
import type { sourceCalls } from '../../../shared/contract/sources.ts';
import type { ApiContext } from './context.ts';

export const sourceHandlers = ({ store }: ApiContext): Handlers<typeof sourceCalls> => ({
  getSourceLines: ({ sourceId, from, to }) => store.getSourceLines(sourceId, from, to),
});
