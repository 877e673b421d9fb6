// What the diff compares and what it reports. The input types are structural so a parsed
// document (ParsedOffice) and a stored office (OfficeDetail) can be compared alike.
import type { ChangeSummary } from './summary.ts';

export interface DiffDuty {
  text: string;
  line: number;
}

export interface DiffUnit {
  name: string;
  kind: string;
  aliases: readonly string[];
  formerNames: readonly string[];
  line: number;
  duties: readonly DiffDuty[];
  units: readonly DiffUnit[];
}

export interface DiffOffice {
  name: string;
  duties: readonly DiffDuty[];
  units: readonly DiffUnit[];
}

/** A unit as the diff names it: its name, its ancestors' names (top first) and its line. */
export interface UnitRef {
  name: string;
  path: string[];
  line: number;
}

export interface UnitPair {
  before: UnitRef;
  after: UnitRef;
}

export interface RenamedUnit extends UnitPair {
  /** How alike the two names are (0..1); a rename found by duties and position can be 0. */
  similarity: number;
}

export type DutyChangeKind = 'added' | 'removed' | 'changed';

export interface DutyChange {
  kind: DutyChangeKind;
  /** The unit the duty belongs to (its name in the newer version), null for office-level duties. */
  unit: string | null;
  before: DiffDuty | null;
  after: DiffDuty | null;
}

export interface OfficeDiff {
  officeName: { before: string | null; after: string };
  unitsAdded: UnitRef[];
  unitsRemoved: UnitRef[];
  unitsRenamed: RenamedUnit[];
  /** Parent (or kind: internal / affiliated) changed. */
  unitsMoved: UnitPair[];
  /** Same parent, another place among its siblings (beyond what additions and removals shift). */
  unitsReordered: UnitPair[];
  /** Duty changes in units present in both versions and at office level. */
  duties: DutyChange[];
  /** What changed, as counts, for each reader to word in its language. */
  changes: ChangeSummary;
  /** The same in Chinese, e.g. `新增 2 个处室，撤销 1 个，3 项职责有变化` (the CLI prints it). */
  summary: string;
}
