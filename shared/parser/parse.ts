// Text -> ParsedDocument in three steps, each in its own module:
//   1. lines (here): source lines, page noise off (noise.ts), tables one cell a line
//      (cell-lines.ts), unit names broken over two lines (split-names.ts), table rows (table.ts),
//      traditional characters folded (fold.ts), run-together paragraphs split (paragraphs.ts);
//   2. sections (classify.ts): each paragraph's evidence for every section, and the best path
//      through them (viterbi.ts) — where a line's role is decided, and why;
//   3. content (assemble.ts): each line read as its section's content, then the document.
import type { LineRole, ParsedDocument } from '../types.ts';
import { Assembler, type ForcedRoles, type Paragraph } from './assemble.ts';
import { foldCellLines } from './cell-lines.ts';
import { decodeSections, readLine, sectionsOfRole, signatureLines } from './classify.ts';
import { fold, Restorer } from './fold.ts';
import { splitLines } from './lines.ts';
import { cleanLine } from './noise.ts';
import { splitParagraphs } from './paragraphs.ts';
import { joinSplitNames } from './split-names.ts';
import { readTableRows } from './table.ts';
import { diagnostic } from './diagnostics.ts';

export interface ParseOptions {
  /** Roles a user set for some lines (line number -> role); the rest is decoded around them. */
  forcedRoles?: Readonly<Record<number, LineRole>>;
}

function parse(text: string, forced: ForcedRoles): ParsedDocument {
  const raw = splitLines(text);
  // Table rows are read as lines before folding, so folded and written text stay aligned.
  const texts = readTableRows(joinSplitNames(foldCellLines(raw.map((l) => cleanLine(l)))));
  const keys = texts.map(fold);
  const parts: Paragraph[] = [];
  keys.forEach((key, i) => {
    for (const part of key === '' ? [''] : splitParagraphs(key)) parts.push({ key: part, line: i + 1 });
  });
  const readings = parts.map((p) => (p.key === '' ? { evidence: {}, opens: null, heading: null } : readLine(p.key)));
  const evidence = readings.map((r) => r.evidence);
  const opens = readings.map((r) => r.opens);
  const allowed = parts.map((p) => (forced[p.line] ? sectionsOfRole(forced[p.line]) : null));
  const assembler = new Assembler(forced);
  assembler.run(parts, readings, decodeSections(evidence, allowed, opens), signatureLines(parts.map((p) => p.key)));
  return { ...assembler.document(new Restorer(texts, keys)), lineRoles: assembler.lineRoles(raw) };
}

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''), options.forcedRoles ?? {});
  } catch (error) {
    // A parser bug must not take the caller down: report it and return an empty office.
    return {
      office: {
        name: '',
        aliases: [],
        formerNames: [],
        summary: [],
        duties: [],
        units: [],
        people: [],
        honors: [],
        address: null,
        contacts: [],
        asOf: null,
      },
      diagnostics: [diagnostic('parser-error', 1, { error: String(error) })],
      lineRoles: [],
    };
  }
}
