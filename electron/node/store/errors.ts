// The store's own failures, each one sentence meant for the user. The API edge
// (electron/node/api/errors.ts) decides what a caller is told; the store knows no API.
export type StoreErrorCode =
  /** No row with that id. */
  | 'not-found'
  /** The request cannot be answered as asked (an empty or too long line range). */
  | 'out-of-range'
  /** The database cannot be opened or used (missing, damaged, another program's). */
  | 'unavailable'
  /** The database is open read-only and was asked to write. */
  | 'read-only'
  /** A write was refused and rolled back whole. */
  | 'write-failed'
  /** Another program kept the database busy longer than this write waits; nothing was changed. */
  | 'busy';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
