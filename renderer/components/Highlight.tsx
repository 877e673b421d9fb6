import { highlightPieces } from '../snippet.ts';

/** Text with the matched ranges marked. */
export function Highlight({ text, matches }: { text: string; matches: [number, number][] }) {
  return (
    <>
      {highlightPieces(text, matches).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
