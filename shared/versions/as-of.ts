// When a version's data was current, as the document says it: the page's own date stamp
// (更新时间, 截至, which the parser already reads), the date a notice was issued (印发, or its
// date line: a date alone on a line, as signed notices end), or the reform year it was made
// under (2019年机构改革). Null when the document states none: the version is then undated
// and only its import time is known.
import { findDate } from '../parser/dates.ts';
import { toAsciiDigits } from '../parser/text.ts';
import type { ParsedDocument } from '../types.ts';

export type AsOfSource = 'stated' | 'issued' | 'date-line' | 'reform-year';

export interface DocumentDate {
  date: string;
  from: AsOfSource;
}

const ISSUED = /((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:印发|发布|公布|施行|起施行)/;
const DATE_LINE = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?$/;
const REFORM = /((?:19|20)\d{2})\s*年[^。；]{0,12}(?:机构改革|三定|职能配置)/;

export function documentDate(lines: readonly string[], doc: ParsedDocument): DocumentDate | null {
  if (doc.office.asOf) return { date: doc.office.asOf, from: 'stated' };
  lines = lines.map(toAsciiDigits);
  for (const line of lines) {
    const m = ISSUED.exec(line);
    if (m) return { date: findDate(m[1]!)!, from: 'issued' };
  }
  // The last bare date line: a notice's signature date comes after its body.
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (DATE_LINE.test(text)) return { date: findDate(text)!, from: 'date-line' };
  }
  for (const line of lines) {
    const m = REFORM.exec(line);
    if (m) return { date: m[1]!, from: 'reform-year' };
  }
  return null;
}
