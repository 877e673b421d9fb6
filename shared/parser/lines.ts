// Line and clause splitting. The database numbers raw lines with splitLines, so the parser
// must number lines exactly the same way: CRLF, lone CR and LF each end one line.

/** Splits text into lines exactly as the parser numbers them (1-based in diagnostics). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Splits a duty into clauses at ；/; and 。 (keeps each clause's own text). */
export function splitClauses(text: string): string[] {
  return text
    .split(/[；;。]/)
    .map((c) => c.trim())
    .filter(Boolean);
}
