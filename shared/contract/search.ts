// Search across offices, units, duties, people, honours and contacts.
import { z } from 'zod';
import type { SearchResult } from '../types.ts';
import { call } from './define.ts';
import { officeLevel } from './directory.ts';
import { id } from './fields.ts';
import { SEARCH_LIMITS } from './limits.ts';

export const searchCalls = {
  search: call<SearchResult>()(
    z.strictObject({
      query: z.string().max(SEARCH_LIMITS.queryMaxChars),
      limit: z.number().int().min(1).max(SEARCH_LIMITS.maxHits).optional(),
      officeId: id.optional(),
      /** Only offices in this place, at any level (江西省, 南昌市, 朝阳区). */
      region: z.string().trim().min(1).max(50).optional(),
      /** Only offices at this level. */
      level: officeLevel.optional(),
    }),
  ),
};
