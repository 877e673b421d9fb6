// Argument fields several calls share.
import { z } from 'zod';
import { UPLOAD_MAX_BYTES } from './limits.ts';

/** A database row id: a positive integer JavaScript represents exactly. */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A file's bytes as base64, within the upload limit. */
export const base64Content = z
  .string()
  .max(Math.ceil(UPLOAD_MAX_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
