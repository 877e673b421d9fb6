// Finding a line again by its content. The hash is cyrb53 (a small, well-spread 53-bit string
// hash): lines only need telling apart within one document, and shared/ has no crypto.
import type { LineAnchor } from './types.ts';

function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The hash of a line's text; spaces (re-wrapped or re-indented copies) do not count. */
export function lineHash(text: string): string {
  return cyrb53(text.replace(/[\s\u3000]+/g, ''));
}

/** The anchor of line `line` (1-based) of `lines`. */
export function anchorOf(lines: readonly string[], line: number): LineAnchor {
  return { hash: lineHash(lines[line - 1] ?? ''), line };
}

/**
 * The line (1-based) the anchor points at in `lines`: of the lines with its content, the one
 * nearest its old number; null when no line has that content any more. A blank line is
 * never a match (every blank line hashes alike).
 */
export function resolveAnchor(lines: readonly string[], anchor: LineAnchor, hashes = lineHashes(lines)): number | null {
  if (anchor.hash === lineHash('')) return null;
  let best: number | null = null;
  hashes.forEach((hash, i) => {
    if (hash !== anchor.hash) return;
    const line = i + 1;
    if (best === null || Math.abs(line - anchor.line) < Math.abs(best - anchor.line)) best = line;
  });
  return best;
}

export function lineHashes(lines: readonly string[]): string[] {
  return lines.map(lineHash);
}
