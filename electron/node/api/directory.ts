// Handlers of shared/contract/directory.ts.
import type { Handlers } from '../../../shared/contract/define.ts';
import type { directoryCalls } from '../../../shared/contract/directory.ts';
import type { ApiContext } from './context.ts';

export const directoryHandlers = ({ store }: ApiContext): Handlers<typeof directoryCalls> => ({
  listDirectory: () => store.listDirectory(),
});
