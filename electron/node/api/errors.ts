// The API edge: what a caller is told when a handler fails. Store and document errors are
// meant for users and pass their sentence on; anything else is an internal error.
import type { ApiErrorBody, ApiErrorCode } from '../../../shared/api.ts';
import { DocumentError } from '../documents/load.ts';
import { KeyError } from '../packages/keys.ts';
import { StoreError, type StoreErrorCode } from '../store/errors.ts';

const storeCodes: Record<StoreErrorCode, ApiErrorCode> = {
  'not-found': 'not-found',
  'out-of-range': 'bad-request',
  unavailable: 'unavailable',
  'read-only': 'unavailable',
  'write-failed': 'internal',
  busy: 'unavailable',
};

export function toApiError(err: unknown): ApiErrorBody | undefined {
  if (err instanceof StoreError) return { code: storeCodes[err.code], message: err.message };
  if (err instanceof DocumentError)
    return { code: 'bad-request', message: err.message, refused: { file: err.file, refusal: err.refusal } };
  if (err instanceof KeyError) return { code: 'bad-request', message: err.message };
  return undefined;
}
