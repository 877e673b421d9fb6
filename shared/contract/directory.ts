// The directory: every office with where it sits (region, level, kind).
import { z } from 'zod';
import { OFFICE_LEVELS, type DirectoryEntry } from '../types.ts';
import { call } from './define.ts';

export const officeLevel = z.enum(OFFICE_LEVELS);

export const directoryCalls = {
  listDirectory: call<DirectoryEntry[]>()(z.strictObject({})),
};
