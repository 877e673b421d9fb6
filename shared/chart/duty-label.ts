// The number a printed duty carries. Sources number duties as 一、 / （一） / 1. / ①; the
// store keeps the label as written without the 、 that follows a bare numeral, so print
// restores that comma, and only there: （一）、 or ①、 reads as a typo.

/** A numeral with no punctuation of its own: 一, 十二, 3, ３. */
const BARE_NUMERAL = /^(?:[一二三四五六七八九十百零〇两]+|[0-9]+|[０-９]+)$/;

/** The label as printed beside a duty: a bare numeral followed by 、, any other label as
 *  written, and a duty the source left unnumbered by its position (1-based). */
export function printedDutyLabel(label: string | null, position: number): string {
  if (!label) return `${position}.`;
  return BARE_NUMERAL.test(label) ? `${label}、` : label;
}
