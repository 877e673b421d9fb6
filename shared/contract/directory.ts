// The directory: every office with where it sits (region, level, kind).
import { z } from 'zod';
import type { DirectoryEntry } from '../types.ts';
import { call } from './define.ts';

export const officeLevel = z.enum(['province', 'city', 'county', 'township']);

export const directoryCalls = {
  listDirectory: call<DirectoryEntry[]>()(z.strictObject({})),
};
