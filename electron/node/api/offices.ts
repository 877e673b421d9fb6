// Handlers of shared/contract/offices.ts.
import type { Handlers } from '../../../shared/contract/define.ts';
import type { officeCalls } from '../../../shared/contract/offices.ts';
import type { ApiContext } from './context.ts';

export const officeHandlers = ({ store }: ApiContext): Handlers<typeof officeCalls> => ({
  listOffices: () => store.listOffices(),
  getOffice: ({ officeId }) => store.getOffice(officeId),
  getUnit: ({ unitId }) => store.getUnit(unitId),
});
