// Reading one record of a loaded index: its kind, its name role, its owner and its text.
// The kind is stored packed (kind * 4 + name role, records.ts); only this module unpacks it.
import { stringOfCodes } from './char-codes.ts';
import { applyExceptions } from './exceptions.ts';
import type { SearchIndex } from './layout.ts';
import { KIND } from './records.ts';

export function kindOf(index: SearchIndex, rec: number): number {
  return index.recKind[rec] >> 2;
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
