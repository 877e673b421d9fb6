import { refusalEnglish, type DocumentRefusal } from '../../../shared/documents/refusals.ts';

// What every file reader returns: the document's text as the lines a user can see (they
// are stored as the source's raw lines, so a diagnostic's `line` points into them).

export type DocumentFormat = 'text' | 'html' | 'docx' | 'doc' | 'rtf' | 'odt' | 'pdf' | 'ofd';

export interface Extracted {
  format: DocumentFormat;
  lines: string[];
  /**
   * How the bytes became text, stored with the source: the charset of a text file, `html:`
   * and the charset of a web page, `docx`, `doc`, `rtf`, `odt`, `pdf` or `ofd` (those formats carry their own encoding).
   */
  encoding: string;
  /** What was repaired or left out on the way, for the user. */
  note?: string;
}

/** Formats that carry their own encoding: a source read as one stores the format's name as its encoding. */
const OWN_ENCODINGS: readonly DocumentFormat[] = ['docx', 'doc', 'rtf', 'odt', 'pdf', 'ofd'];

/** The format a source was read as, from the encoding stored with it (see Extracted.encoding). */
export function formatOfEncoding(encoding: string): DocumentFormat {
  if (OWN_ENCODINGS.includes(encoding as DocumentFormat)) return encoding as DocumentFormat;
  return encoding.startsWith('html:') ? 'html' : 'text';
}

/** A file that cannot be read as its format: its typed reason; `message` is its English sentence without the path. */
export class UnreadableDocument extends Error {
  readonly refusal: DocumentRefusal;
  constructor(refusal: DocumentRefusal) {
    super(refusalEnglish(refusal));
    this.refusal = refusal;
  }
}
