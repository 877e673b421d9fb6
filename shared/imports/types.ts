// What the import preview shows before anything is written: per office the source lines with
// the role each was read as, the office as it will be stored, the diagnostics, the diff
// against the stored office and the corrections in force.
import type { Correction, UnappliedCorrection } from '../corrections/types.ts';
import type { ChangeSummary } from '../diff/summary.ts';
import type { OfficeDiff } from '../diff/types.ts';
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

/** One file of a batch import, read and parsed: the offices it holds, or why it is left out. */
export type BatchFileRead =
  { file: string; status: 'read'; offices: string[] } | { file: string; status: 'skipped'; reason: string };

/** A committed batch: each office written, and the files left out with their reasons. */
export interface BatchImported {
  offices: { officeId: number; office: string; changes: ChangeSummary }[];
  skipped: { file: string; reason: string }[];
}
