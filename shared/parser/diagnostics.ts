// Every diagnostic the reader of a document can report, by code, with the values it names.
// The English `message` (for the CLI and the database) is written here, once; a UI renders
// `code` and `params` in its own language instead (`context` picks the wording).
import type { Diagnostic, DiagnosticCode, Severity } from '../types.ts';

export interface DiagnosticParams {
  'count-mismatch': { context: 'internal' | 'affiliated'; declared: number; found: number; text: string };
  'duplicate-label': { label: string; previousLine: number };
  'skipped-label':
    { context: 'start'; label: string } | { context: 'gap'; label: string; previous: string; previousLine: number };
  'out-of-order-label': { label: string; previous: string; previousLine: number };
  truncated: { context: 'sentence'; tail: string } | { context: 'unit'; unit: string };
  'no-office-name': Record<string, never>;
  'parser-error': { error: string };
  'ignored-section':
    | { context: 'section'; title: string }
    | { context: 'article'; label: string }
    | { context: 'item'; label: string; title: string };
  'unattached-text': Record<string, never>;
  'unrecognized-contact': Record<string, never>;
  /** `correction` and `reason` in English (the message's words); a UI words `context` (and `heading`) itself. */
  'correction-not-applied': {
    context: 'no-line' | 'not-a-unit' | 'into-itself' | 'split-at-heading';
    correction: string;
    reason: string;
    heading?: number;
  };
}

type Wording = { [C in DiagnosticCode]: { severity: Severity; english: (p: DiagnosticParams[C]) => string } };

const WORDING: Wording = {
  'count-mismatch': {
    severity: 'warning',
    english: (p) => `the text declares ${p.declared} ${p.context} units ("${p.text}") but ${p.found} were found`,
  },
  'duplicate-label': {
    severity: 'warning',
    english: (p) => `number ${p.label} repeats the number of the item on line ${p.previousLine}`,
  },
  'skipped-label': {
    severity: 'warning',
    english: (p) =>
      p.context === 'start'
        ? `numbering starts at ${p.label} instead of the first number`
        : `number ${p.label} follows ${p.previous} (line ${p.previousLine}); the numbers between are missing`,
  },
  'out-of-order-label': {
    severity: 'warning',
    english: (p) => `number ${p.label} comes after ${p.previous} (line ${p.previousLine})`,
  },
  truncated: {
    severity: 'warning',
    english: (p) =>
      p.context === 'sentence'
        ? `the text seems cut off mid-sentence ("${p.tail}")`
        : `the document ends after the heading of unit "${p.unit}", which has no duties`,
  },
  'no-office-name': { severity: 'warning', english: () => 'no office name found in the title or the introduction' },
  'parser-error': { severity: 'error', english: (p) => `the parser failed on this document: ${p.error}` },
  'ignored-section': {
    severity: 'info',
    english: (p) =>
      p.context === 'section'
        ? `section "${p.title}" is not office content the app shows; skipped`
        : p.context === 'article'
          ? `article ${p.label} is not office content the app shows; skipped`
          : `item ${p.label} "${p.title}" is not a duty; skipped`,
  },
  'unattached-text': { severity: 'info', english: () => 'text in the units section before any unit; skipped' },
  'unrecognized-contact': {
    severity: 'info',
    english: () => 'a line in the contacts section that is not a recognisable contact; skipped',
  },
  'correction-not-applied': {
    severity: 'warning',
    english: (p) => `the correction (${p.correction}) was not applied: ${p.reason}`,
  },
};

export function diagnostic<C extends DiagnosticCode>(code: C, line: number, params: DiagnosticParams[C]): Diagnostic {
  const { severity, english } = WORDING[code];
  return { line, severity, code, message: english(params), params };
}
