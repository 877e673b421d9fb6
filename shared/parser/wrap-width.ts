// The width a document was hard-wrapped at, when its lines say so: a narrow reading view or a
// text export breaks every paragraph at one width, so many lines that stop mid-sentence share
// one length. A line that long, unfinished, goes on in the next; without such a width only a
// long line (25 characters) reads as wrapped.
const MIN_WIDTH = 10;
const MIN_LINES = 5;
// Cut mid-sentence: the line stops on a character of running text, not a digit (a phone field's
// lines share a length too) and holds no field label.
const MID_SENTENCE = /[\p{Script=Han}，、,]$/u;

/** The one length at least five lines of 10 characters or more, cut mid-sentence, share, or null. */
export function wrapWidth(keys: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const key of keys) {
    if (key.length < MIN_WIDTH || !MID_SENTENCE.test(key) || /[:：]/.test(key)) continue;
    counts.set(key.length, (counts.get(key.length) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [width, n] of counts) if (n >= MIN_LINES && (best === null || n > counts.get(best)!)) best = width;
  return best;
}
