// What the import preview shows before anything is written: per office the source lines with
// the role each was read as, the office as it will be stored, the diagnostics, the diff
// against the stored office and the corrections in force.
import type { Correction, UnappliedCorrection } from '../corrections/types.ts';
import type { ChangeSummary } from '../diff/summary.ts';
import type { OfficeDiff } from '../diff/types.ts';
import type { DocumentRefusal } from '../documents/refusals.ts';
import type { Diagnostic, LineRole, ParsedOffice } from '../types.ts';
import type { SameOffice } from './same-office.ts';

export interface PreviewOffice {
  file: string;
  office: string;
  /** Whether an office of this name is stored now (the diff is against it). */
  replaces: boolean;
  /** The stored office of another name this replaces, its history going on (the diff is against it). */
  sameOffice: SameOffice | null;
  lines: string[];
  lineRoles: { line: number; role: LineRole }[];
  tree: ParsedOffice;
  diagnostics: Diagnostic[];
  diff: OfficeDiff;
  corrections: Correction[];
  unapplied: UnappliedCorrection[];
  /** False for an office from a data package: its structure is as its packer stored it. */
  correctable: boolean;
}

export interface PackageSummary {
  producer: string;
  createdAt: string;
  /** The Ed25519 public key that signed it, or null when unsigned. */
  signer: string | null;
  trusted: boolean;
}

export interface ImportPreview {
  kind: 'document' | 'package';
  offices: PreviewOffice[];
  package: PackageSummary | null;
}

export interface AppliedImport {
  /** What each office's import changed (the UI words it in its language). */
  offices: { officeId: number; office: string; changes: ChangeSummary }[];
}

/** One office a batch file holds, as the review before the commit shows it. */
export interface BatchOffice {
  office: string;
  /** Its units, nested ones included. */
  units: number;
  /** The stored office it becomes the next version of (the same name, or one it names as former), or null: a new office. */
  replaces: string | null;
  /** Against the office stored now (not against an earlier file of the same batch). */
  changes: ChangeSummary;
  /** What the reader noticed (numbering, declared counts, text cut off), warnings only. */
  warnings: Diagnostic[];
}

/** Why a batch file is left out: an English line (the CLI's words) and, for a document, its typed reason. */
export interface BatchSkipped {
  file: string;
  reason: string;
  refusal?: DocumentRefusal;
}

/** One file of a batch import, read and parsed (`index`: its place in the job, from 0): its offices, or why it is left out. */
export type BatchFileRead = (
  { status: 'read'; file: string; offices: BatchOffice[] } | ({ status: 'skipped' } & BatchSkipped)
) & {
  index: number;
};

/** A committed batch: each office written, the files left out with their reasons, and those the user left out. */
export interface BatchImported {
  offices: { officeId: number; office: string; changes: ChangeSummary }[];
  skipped: BatchSkipped[];
  leftOut: string[];
}

/**
 * How far a batch's commit has come: waiting for another write to end, planning each office
 * against the stored one, writing the offices (with their search segments), then the index's
 * last merge and the commit. `done` and `total` count offices.
 */
export interface BatchWriteProgress {
  stage: 'waiting' | 'planning' | 'writing' | 'finishing';
  done: number;
  total: number;
}
