// Versions of an office as the API and the CLI report them.
import type { ChangeSummary } from '../diff/summary.ts';
import type { OfficeDiff } from '../diff/types.ts';

/** How a version came to be: the office as stored before history was kept, or written by … */
export type VersionOrigin = 'earlier' | 'import' | 'shipped' | 'rollback' | 'package';

export interface VersionInfo {
  office: string;
  /** 1, 2, … per office, in the order they were stored. */
  number: number;
  /** When it was stored (ISO time). */
  createdAt: string;
  /** When its data was current, as the document states it; null: the document is undated. */
  asOf: string | null;
  origin: VersionOrigin;
  sourceFile: string;
  sourceSha256: string;
  /** What changed against the version before it, in one Chinese line (the CLI's). */
  summary: string;
  /** The same as counts, for the UI to word in its language (with restoredFrom for a rollback). */
  changes: ChangeSummary;
  /** For a rollback: the version it restored. */
  restoredFrom: number | null;
  /** For a data package: the Ed25519 public key that signed it (null: unsigned). */
  signer: string | null;
  correctionCount: number;
  /** Whether this is the office as stored now. */
  current: boolean;
}

export interface VersionDiff {
  office: string;
  from: number;
  to: number;
  diff: OfficeDiff;
}
