// Items whose number repeats the previous item's in the source (the seed's two 三): the
// parser reports them as duplicate-label diagnostics; the pages mark them quietly.

/** Source lines whose item repeats the previous item's number (the parser's duplicate-label). */
export function repeatedLabelLines(diagnostics: readonly { code: string; line: number }[]): Set<number> {
  return new Set(diagnostics.filter((d) => d.code === 'duplicate-label').map((d) => d.line));
}
