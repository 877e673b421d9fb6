// Corrections as they arrive from outside (the API, a data package, the database): checked
// with zod before they are used.
import { z } from 'zod';
import { LINE_ROLES, type Correction } from './types.ts';

const anchor = z.strictObject({ hash: z.string().regex(/^[0-9a-f]{1,16}$/), line: z.number().int().min(1) });
const name = z.string().trim().min(1).max(200);

export const correctionSchema: z.ZodType<Correction> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), at: anchor, role: z.enum(LINE_ROLES as [string, ...string[]]) }),
  z.strictObject({ kind: z.literal('office-name'), name }),
  z.strictObject({ kind: z.literal('merge'), unit: anchor, into: anchor, name: name.optional() }),
  z.strictObject({ kind: z.literal('split'), unit: anchor, at: anchor, name }),
]) as z.ZodType<Correction>;

export const correctionsSchema = z.array(correctionSchema).max(1000);
