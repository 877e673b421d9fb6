// Offices and their units.
import { z } from 'zod';
import type { OfficeDetail, OfficeSummary, UnitDetail } from '../types.ts';
import { call } from './define.ts';
import { id } from './fields.ts';

export const officeCalls = {
  listOffices: call<OfficeSummary[]>()(z.strictObject({})),
  getOffice: call<OfficeDetail>()(z.strictObject({ officeId: id })),
  getUnit: call<UnitDetail>()(z.strictObject({ unitId: id })),
};
