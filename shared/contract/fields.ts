// Argument fields several calls share.
import { z } from 'zod';

/** A database row id: a positive integer JavaScript represents exactly. */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
