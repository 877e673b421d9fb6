// The source documents' own lines, for provenance.
import { z } from 'zod';
import type { SourceLine } from '../types.ts';
import { call } from './define.ts';
import { id } from './fields.ts';
import { SOURCE_LINES_MAX } from './limits.ts';

export const sourceCalls = {
  getSourceLines: call<SourceLine[]>()(
    z
      .strictObject({ sourceId: id, from: z.number().int().min(1), to: z.number().int().min(1) })
      .refine(({ from, to }) => to >= from, { message: 'the line range is empty', path: ['to'] })
      .refine(({ from, to }) => to - from < SOURCE_LINES_MAX, {
        message: `at most ${SOURCE_LINES_MAX} lines can be read at once`,
        path: ['to'],
      }),
  ),
};
