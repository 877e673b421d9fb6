// A printed duty of several clauses sets each on a line of its own; the clauses are stored
// without the ；/; or 。 that ended them in the source, so each line gets its own mark back
// (the last line its 。), and the printed item still reads as the sentence the source wrote.

/** The clauses of `text`, in order, each followed by the mark that ends it in `text`, cut
 *  from `shown`: the text as displayed, with the same offsets (fullWidthPunctuation keeps
 *  them), so a mark is converted with the context it has in the whole sentence. */
export function clauseLines(text: string, clauses: readonly string[], shown = text): string[] {
  let from = 0;
  return clauses.map((clause) => {
    const at = text.indexOf(clause, from);
    if (at < 0) return clause;
    const end = at + clause.length;
    const mark = /^\s*[；;。]/.exec(text.slice(end));
    from = mark ? end + mark[0].length : end;
    return shown.slice(at, end) + (mark ? shown[from - 1] : '');
  });
}
