// Domain types shared by the parser, the database, the search index, the API and the UI.
// Field names of ParsedDocument and SearchResult are an outside interface (the CLI's JSON
// output, the search answer): add fields freely, never rename or drop one.
import type { LineCorrection } from './corrections/by-line.ts';

export type Severity = 'error' | 'warning' | 'info';

export const DIAGNOSTIC_CODES = [
  'count-mismatch',
  'duplicate-label',
  'skipped-label',
  'out-of-order-label',
  'truncated',
  'no-office-name',
  'parser-error',
  'ignored-section',
  'unattached-text',
  'unrecognized-contact',
  'correction-not-applied',
] as const;
/** What a diagnostic is about; each code's wording and values are in shared/parser/diagnostics.ts. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A problem found while reading a document; never fatal. `line` is 1-based. */
export interface Diagnostic {
  line: number;
  severity: Severity;
  code: DiagnosticCode;
  /** In English, for the CLI and the database. */
  message: string;
  /** The values the message names (`context` picks its wording), for a UI to say it in its
   *  own language; absent on diagnostics read back from the database. */
  params?: { readonly [name: string]: string | number };
}

/** One numbered (or unnumbered) duty paragraph. */
export interface ParsedDuty {
  /** The item's own numbering as written (`一`, `(三)`, `4.`), or null. */
  label: string | null;
  text: string;
  line: number;
}

export interface ParsedPerson {
  title: string;
  name: string;
  line: number;
}

/**
 * Where a unit sits: one of the office's own divisions (内设机构), or a body outside them
 * (直属单位, 下属单位, 事业单位, and also 派出机构 and 议事协调机构) such as a service centre,
 * hospital, police station or a coordinating committee's office; the chart tells those
 * apart by name (shared/chart/groups.ts).
 */
export type UnitKind = 'internal' | 'affiliated';

/** What a unit is called and where it was listed: the same in a parsed document and in the store. */
export interface UnitIdentity {
  name: string;
  /** From the section the unit was listed in; a nested unit has its parent's kind. */
  kind: UnitKind;
  aliases: string[];
  formerNames: string[];
  label: string | null;
  line: number;
}

export interface ParsedUnit extends UnitIdentity {
  duties: ParsedDuty[];
  people: ParsedPerson[];
  units: ParsedUnit[];
}

export interface ParsedHonor {
  /** `YYYY-MM` or `YYYY` (or `YYYY-MM-DD`), null when the source gives no date. */
  date: string | null;
  text: string;
  line: number;
}

export interface ParsedContact {
  /** e.g. `电话`, `传真`, `邮编`, `网址`, `邮箱`, `地址` */
  label: string;
  value: string;
  line: number;
}

export interface ParsedOffice {
  name: string;
  /** Other names: nameplates (加挂…牌子), short names, the heading's name. */
  aliases: string[];
  /** Names the office had before (由原…更名). */
  formerNames: string[];
  summary: string[];
  duties: ParsedDuty[];
  units: ParsedUnit[];
  /** Office-level leaders (领导信息). */
  people: ParsedPerson[];
  honors: ParsedHonor[];
  address: string | null;
  contacts: ParsedContact[];
  /** The data's as-of date found in the source (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null. */
  asOf: string | null;
}

/** What a source line was read as (shown in the import preview, where a user may correct it). */
export type LineRole =
  'office-name' | 'intro' | 'duty' | 'unit-heading' | 'unit-duty' | 'person' | 'honor' | 'contact' | 'ignored';

export interface ParsedDocument {
  office: ParsedOffice;
  diagnostics: Diagnostic[];
  /** One entry per non-blank source line, in line order. */
  lineRoles: { line: number; role: LineRole }[];
}

// ---------------------------------------------------------------------------
// Stored records, as the API serves them (ids are the database's).

export interface DutyView {
  id: number;
  label: string | null;
  text: string;
  /** The duty split into clauses (at ；/; and 。). */
  clauses: string[];
  line: number;
}

export interface PersonView {
  id: number;
  title: string;
  name: string;
  line: number;
}

export interface HonorView {
  id: number;
  date: string | null;
  text: string;
  line: number;
}

export interface ContactView {
  id: number;
  label: string;
  value: string;
  line: number;
}

export interface UnitNode extends UnitIdentity {
  id: number;
  officeId: number;
  parentId: number | null;
  /** Position among its siblings, 0-based, in source order. */
  order: number;
  duties: DutyView[];
  people: PersonView[];
  units: UnitNode[];
}

/** A unit's name, enough to list and link it. */
export interface UnitRef {
  id: number;
  name: string;
  kind: UnitKind;
  label: string | null;
  /** The unit's heading line in its source (see repeatedLabelLines). */
  line: number;
}

export interface OfficeSummary {
  id: number;
  name: string;
  aliases: string[];
  unitCount: number;
  /** Duties of the office itself (not of its units). */
  dutyCount: number;
  /** The top-level units in source order: what the search page's glance lists. */
  units: UnitRef[];
  /** Source lines of items whose number repeats the previous item's (shared/repeated-labels.ts). */
  repeatedLabelLines: number[];
}

export interface SourceInfo {
  id: number;
  path: string;
  sha256: string;
  importedAt: string;
  lineCount: number;
}

export interface OfficeDetail {
  id: number;
  name: string;
  aliases: string[];
  formerNames: string[];
  summary: string[];
  duties: DutyView[];
  units: UnitNode[];
  people: PersonView[];
  honors: HonorView[];
  address: string | null;
  contacts: ContactView[];
  asOf: string | null;
  source: SourceInfo;
  diagnostics: Diagnostic[];
}

/** Everything the unit page shows, in one answer. */
export interface UnitDetail {
  unit: UnitNode;
  office: { id: number; name: string };
  /** Ancestors from the top-level unit down to the unit's parent. */
  path: { id: number; name: string }[];
  /** The units listed beside it, itself included, in source order (see shared/unit-tree.ts). */
  siblings: UnitRef[];
  source: SourceInfo;
  /** Source lines of the office's items whose number repeats the previous item's. */
  repeatedLabelLines: number[];
}

export interface SourceLine {
  line: number;
  text: string;
  /** How the user corrected the reading of this line (role, merge, split), when they did. */
  corrected?: LineCorrection[];
}

// ---------------------------------------------------------------------------
// Search: the answer of the `search` call and of `orgatlas search --json`.

export type HitKind = 'office' | 'unit' | 'duty' | 'person' | 'honor' | 'contact';

export interface SearchHit {
  kind: HitKind;
  office: string;
  /** The unit the hit belongs to; null for office-level items. */
  unit: string | null;
  text: string;
  score: number;
  /** [start, end) character ranges in `text` to highlight. */
  matches: [number, number][];
  officeId: number;
  unitId: number | null;
  line: number;
}

export interface SearchResult {
  query: string;
  tookMs: number;
  hits: SearchHit[];
}

// ---------------------------------------------------------------------------
// The directory: where an office is, at what level, and what kind of body it is.

/** Read from the office's name with the administrative-division dataset (shared/directory/). */
export interface OfficeRegion {
  province: string | null;
  city: string | null;
  /** County, district, county-level city, banner or development zone. */
  county: string | null;
  township: string | null;
  /** The deepest division's code; null when unknown or ambiguous. */
  code: string | null;
  /** The name read is carried by several places (朝阳区: Beijing and Changchun). */
  ambiguous: boolean;
}

/** Highest first. `national`: the State Council's ministries and bureaus, the central party and state bodies. */
export const OFFICE_LEVELS = ['national', 'province', 'city', 'county', 'township'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

/** 政府部门, 党委部门, 事业单位. */
export type OfficeKind = 'government' | 'party' | 'institution';

export interface OfficePlacement {
  region: OfficeRegion;
  level: OfficeLevel | null;
  kind: OfficeKind;
}

/** An office as the directory lists it. */
export interface DirectoryEntry extends OfficePlacement {
  id: number;
  name: string;
  unitCount: number;
  /** Full pinyin and initials of the name, lower case, for type-to-filter. */
  pinyin: string;
  initials: string;
}
