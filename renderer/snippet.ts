// Cuts long evidence down to a window around its first match, moving the highlight
// ranges along, so a result line shows why it matched without a wall of text.
export interface Snippet {
  text: string;
  matches: [number, number][];
}

export function snippetAround(text: string, matches: [number, number][], width = 90): Snippet {
  if (text.length <= width) return { text, matches };
  const first = matches[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const moved = matches
    .map(([a, b]): [number, number] => [Math.max(a, start) + shift, Math.min(b, end) + shift])
    .filter(([a, b]) => b > a);
  return { text: prefix + text.slice(start, end) + suffix, matches: moved };
}

/** Splits text into plain and highlighted pieces from [start, end) ranges. */
export function highlightPieces(text: string, matches: [number, number][]): { text: string; hit: boolean }[] {
  const ranges = matches
    .map(([a, b]): [number, number] => [Math.max(0, a), Math.min(text.length, b)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const pieces: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false });
    pieces.push({ text: text.slice(from, b), hit: true });
    at = b;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
