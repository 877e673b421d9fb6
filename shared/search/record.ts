// Reading one record of a loaded index: its kind, its name role, its owner and its text.
// The kind is stored packed (kind * 4 + name role, records.ts); only this module unpacks it.
import { stringOfCodes } from './char-codes.ts';
import { applyExceptions } from './exceptions.ts';
import type { SearchIndex } from './layout.ts';
import { KIND } from './records.ts';

export function kindOf(index: SearchIndex, rec: number): number {
  return index.recKind[rec] >> 2;
}

/**
 * The kind, the name role and whether the record belongs to the office itself, as one small
 * number (below KIND_CODES): what a record's kind costs (rank.ts) is one table read by it.
 */
export function kindCode(index: SearchIndex, rec: number): number {
  return (kindRoleOf(index, rec) << 1) | (index.recUnit[rec] < 0 ? 1 : 0);
}

/** The kind and name role as stored (kindCode without the owner: kindCode >> 1), one byte read. */
export function kindRoleOf(index: SearchIndex, rec: number): number {
  return index.recKind[rec];
}

/** kindCode's range: six kinds, four name roles, two owners. */
export const KIND_CODES = 6 * 4 * 2;

/** The kind (KIND.*) of a kindCode. */
export function kindOfCode(code: number): number {
  return code >> 3;
}

/** The name role (NAME.*) of a kindCode. */
export function nameRoleOfCode(code: number): number {
  return (code >> 1) & 3;
}

/** Whether a kindCode's record belongs to the office itself. */
export function officeLevelOfCode(code: number): boolean {
  return (code & 1) === 1;
}

/** NAME.* for office and unit names (primary, alias, former), 0 for other records. */
export function nameRoleOf(index: SearchIndex, rec: number): number {
  return index.recKind[rec] & 3;
}

export function isDuty(index: SearchIndex, rec: number): boolean {
  return kindOf(index, rec) === KIND.duty;
}

export function isOfficeName(index: SearchIndex, rec: number): boolean {
  return kindOf(index, rec) === KIND.office;
}

export function isUnitName(index: SearchIndex, rec: number): boolean {
  return kindOf(index, rec) === KIND.unit;
}

/** Office, unit and person records: the ones that name something. */
export function isName(index: SearchIndex, rec: number): boolean {
  const kind = kindOf(index, rec);
  return kind === KIND.office || kind === KIND.unit || kind === KIND.person;
}

/** Belongs to the office itself rather than to one of its units. */
export function isOfficeLevel(index: SearchIndex, rec: number): boolean {
  return index.recUnit[rec] < 0;
}

export function recLength(index: SearchIndex, rec: number): number {
  return index.recStart[rec + 1] - index.recStart[rec];
}

/** The record's text as written ('orig') or folded ('norm'). */
export function recText(index: SearchIndex, rec: number, form: 'orig' | 'norm'): string {
  const a = index.recStart[rec];
  const b = index.recStart[rec + 1];
  index.text.ensure(a, b);
  if (form === 'norm') return stringOfCodes(index.norm.subarray(a, b));
  const codes = index.norm.slice(a, b);
  applyExceptions(index.origExcept, a, b, codes);
  return stringOfCodes(codes);
}

/** The record's Han characters as toneless pinyin, or as their initial letters. */
export function pinyinText(index: SearchIndex, rec: number, initials: boolean): string {
  const syl = index.syllables.of(rec);
  let out = '';
  for (let p = index.recStart[rec]; p < index.recStart[rec + 1]; p++) {
    if (syl[p]) out += initials ? String.fromCharCode(index.sylInitial[syl[p]]) : index.meta.syllables[syl[p]];
  }
  return out;
}
